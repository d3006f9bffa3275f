// The dataset wizard's stores: UI state (mode, choice, name, switches, step) and the engine's answer about the dataset.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DatasetView, SchemaView } from '../../../shared/contract';
import { reason, type Reason } from '../common/reasons';
import { findSchema } from './dataset-rules';

export const DATASET_STEPS = ['choose', 'configure', 'review'] as const;
export type DatasetStepId = (typeof DATASET_STEPS)[number];
export const DATASET_FINISHED = DATASET_STEPS.length;

/** A new dataset on a schema, or new tags on an existing dataset. */
export type DatasetMode = 'new' | 'existing';

/** The three Catalog switches (SPEC §2): `unifiedProfile`, `unifiedIdentity` and upsert inside `unifiedProfile`. */
export interface Switches {
  isProfile: boolean;
  isIdentity: boolean;
  isUpsert: boolean;
}

export interface DatasetWizardState {
  step: number;
  mode: DatasetMode;
  /** The chosen schema, by `$id` or `meta:altId` (links from wizard 1 carry the altId). */
  schemaRef: string | undefined;
  datasetId: string | undefined;
  name: string;
  description: string;
  switches: Switches;
  /** Existing mode: the dataset's switches when it was chosen; the tag plan goes from these to `switches`. */
  baseline: Switches | undefined;
  /** Existing mode: how many calls of the tag plan have run (the upsert sequence has two). */
  appliedCalls: number;
  blocked: Reason[];
  /** What a link (`?schema=`, `?dataset=`) asked for, until the lists it names are known. */
  link: WizardLink | undefined;
  setMode(mode: DatasetMode): void;
  chooseSchema(ref: string): void;
  /** Picks a dataset and starts its switches from its current tags. */
  chooseDataset(dataset: DatasetView): void;
  setName(name: string): void;
  setDescription(description: string): void;
  setSwitches(patch: Partial<Switches>): void;
  markApplied(count: number): void;
  goTo(step: number): void;
  block(reasons: Reason[]): void;
  /**
   * Settles the link once the lists are read: a linked dataset is chosen with its switches open on the
   * configure step; a schema or dataset the sandbox does not have is said, and the choice left to the user.
   */
  resolveLink(schemas: readonly SchemaView[], datasets: readonly DatasetView[]): void;
  reset(): void;
}

export type DatasetWizardStore = StoreApi<DatasetWizardState>;

/** A link into the wizard: a schema for a new dataset (wizard 1, the Schemas view) or a dataset (the Datasets view). */
export interface WizardLink {
  schema?: string;
  dataset?: string;
}

const NEW_SWITCHES: Switches = { isProfile: true, isIdentity: true, isUpsert: false };

function switchesOf(dataset: DatasetView): Switches {
  return {
    isProfile: dataset.isProfileEnabled,
    isIdentity: dataset.isIdentityEnabled,
    isUpsert: dataset.isUpsert,
  };
}

function initialState(link: WizardLink | undefined) {
  return {
    step: 0,
    mode: (link?.dataset === undefined ? 'new' : 'existing') as DatasetMode,
    schemaRef: link?.dataset === undefined ? link?.schema : undefined,
    link: link?.schema === undefined && link?.dataset === undefined ? undefined : link,
    datasetId: undefined,
    name: '',
    description: '',
    switches: NEW_SWITCHES,
    baseline: undefined,
    appliedCalls: 0,
    blocked: [],
  };
}

/** `link` comes from the page's query (`?schema=`, `?dataset=`), e.g. wizard 1's finish page or the Datasets view. */
export function createDatasetWizardStore(link?: WizardLink): DatasetWizardStore {
  return createStore<DatasetWizardState>()((set) => ({
    ...initialState(link),
    setMode: (mode) =>
      set({
        mode,
        blocked: [],
        appliedCalls: 0,
        switches: NEW_SWITCHES,
        baseline: undefined,
        datasetId: undefined,
      }),
    chooseSchema: (schemaRef) => set({ schemaRef, blocked: [] }),
    chooseDataset: (dataset) => {
      const current = switchesOf(dataset);
      set({ datasetId: dataset.id, switches: current, baseline: current, appliedCalls: 0, blocked: [] });
    },
    setName: (name) => set({ name, blocked: [] }),
    setDescription: (description) => set({ description }),
    setSwitches: (patch) =>
      set(({ switches }) => {
        const next = { ...switches, ...patch };
        // Upsert lives inside unifiedProfile: without Profile there is no upsert.
        if (!next.isProfile) next.isUpsert = false;
        return { switches: next, blocked: [], appliedCalls: 0 };
      }),
    markApplied: (appliedCalls) => set({ appliedCalls }),
    goTo: (step) => set({ step, blocked: [] }),
    block: (blocked) => set({ blocked }),
    resolveLink: (schemas, datasets) =>
      set(({ link, step }) => {
        if (link === undefined || step !== 0) return { link: undefined };
        if (link.dataset !== undefined) {
          const dataset = datasets.find((d) => d.id === link.dataset);
          if (!dataset)
            return {
              link: undefined,
              blocked: [reason('wizards.dataset.choose.linkedDatasetMissing', { id: link.dataset })],
            };
          const current = switchesOf(dataset);
          return {
            link: undefined,
            datasetId: dataset.id,
            switches: current,
            baseline: current,
            step: 1,
            blocked: [],
          };
        }
        if (link.schema !== undefined && !findSchema(schemas, link.schema))
          return {
            link: undefined,
            blocked: [reason('wizards.dataset.choose.linkedSchemaMissing', { id: link.schema })],
          };
        return { link: undefined };
      }),
    reset: () => set(initialState(undefined)),
  }));
}

/** Engine data of the wizard: the dataset as the engine last returned it (written only from call results). */
export interface DatasetDraftState {
  dataset: DatasetView | undefined;
  apply(dataset: DatasetView): void;
  clear(): void;
}

export type DatasetDraftStore = StoreApi<DatasetDraftState>;

export function createDatasetDraftStore(): DatasetDraftStore {
  return createStore<DatasetDraftState>()((set) => ({
    dataset: undefined,
    apply: (dataset) => set({ dataset }),
    clear: () => set({ dataset: undefined }),
  }));
}
