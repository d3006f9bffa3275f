// The dataset wizard's stores: UI state (mode, choice, name, switches, step) and the engine's answer about the dataset.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { DatasetView } from '../../../shared/contract';
import type { Reason } from '../common/reasons';

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
  reset(): void;
}

export type DatasetWizardStore = StoreApi<DatasetWizardState>;

const NEW_SWITCHES: Switches = { isProfile: true, isIdentity: true, isUpsert: false };

function initialState(schemaRef: string | undefined) {
  return {
    step: 0,
    mode: 'new' as DatasetMode,
    schemaRef,
    datasetId: undefined,
    name: '',
    description: '',
    switches: NEW_SWITCHES,
    baseline: undefined,
    appliedCalls: 0,
    blocked: [],
  };
}

/** `preselectedSchema` comes from a link (`?schema=`), e.g. wizard 1's finish page. */
export function createDatasetWizardStore(preselectedSchema?: string): DatasetWizardStore {
  return createStore<DatasetWizardState>()((set) => ({
    ...initialState(preselectedSchema),
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
      const current = {
        isProfile: dataset.isProfileEnabled,
        isIdentity: dataset.isIdentityEnabled,
        isUpsert: dataset.isUpsert,
      };
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
