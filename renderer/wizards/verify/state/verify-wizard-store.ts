// UI state of the verify wizard: the step, the chosen batch or dataset, the lookup form and what the result shows.
import { createStore, type StoreApi } from 'zustand/vanilla';

export const STEPS = ['upload', 'lookup', 'result'] as const;
export type StepId = (typeof STEPS)[number];

export const RESULT_TABS = ['attributes', 'fragments', 'graph', 'events'] as const;
export type ResultTab = (typeof RESULT_TABS)[number];

/** One Profile Access lookup: an identity (namespace code + value) under a merge policy. */
export interface Lookup {
  namespace: string;
  value: string;
  /** Undefined: the sandbox's default policy (none configured → no merge, no stitching). */
  mergePolicyId: string | undefined;
}

export interface VerifyWizardInit {
  /** Preselected by the `?batch=` link (wizard 3 links here that way). */
  batchId: string | null;
}

export interface VerifyWizardState {
  step: StepId;
  /** Narrows the batch list to one dataset; null lists every batch. */
  datasetId: string | null;
  batchId: string | null;
  /** 1-based pages of the batch list and of the profiles the chosen batch touched. */
  batchPage: number;
  profilePage: number;
  /** The lookup form (controlled). */
  namespace: string | null;
  value: string;
  mergePolicyId: string | undefined;
  /** Set when the form was sent without a value; cleared by typing one. */
  isValueMissing: boolean;
  /** The lookup whose answer the result step shows. */
  submitted: Lookup | undefined;
  tab: ResultTab;
  /** The attribute whose source the side panel shows; a hovered or focused one takes precedence. */
  selectedAttribute: string | null;
  previewedAttribute: string | null;
  /** Branches of the attribute tree the user folded (everything else is open). */
  collapsed: string[];
  /** Event page cursors: the `start` of every page up to the current one ('' = the first page). */
  eventStarts: string[];

  goTo(step: StepId): void;
  chooseDataset(datasetId: string | null, newestBatchId: string | null): void;
  chooseBatch(batchId: string | null): void;
  setBatchPage(page: number): void;
  setProfilePage(page: number): void;
  setNamespace(namespace: string | null): void;
  setValue(value: string): void;
  markValueMissing(): void;
  setMergePolicy(id: string | undefined): void;
  /** Fills gaps in the form once the namespaces and policies are known (never overrides a choice). */
  applyDefaults(defaults: { namespace?: string; mergePolicyId?: string }): void;
  /** Shows the result step for a new lookup, from the top. */
  submit(lookup: Lookup): void;
  setTab(tab: ResultTab): void;
  selectAttribute(path: string | null): void;
  previewAttribute(path: string | null): void;
  setCollapsed(paths: string[]): void;
  olderEvents(start: string): void;
  newerEvents(): void;
}

export type VerifyWizardStore = StoreApi<VerifyWizardState>;

export function createVerifyWizardStore(init: VerifyWizardInit): VerifyWizardStore {
  return createStore<VerifyWizardState>()((set, get) => ({
    step: 'upload',
    datasetId: null,
    batchId: init.batchId,
    batchPage: 1,
    profilePage: 1,
    namespace: null,
    value: '',
    mergePolicyId: undefined,
    isValueMissing: false,
    submitted: undefined,
    tab: 'attributes',
    selectedAttribute: null,
    previewedAttribute: null,
    collapsed: [],
    eventStarts: [''],

    goTo: (step) => set({ step }),
    chooseDataset: (datasetId, newestBatchId) =>
      set({ datasetId, batchId: newestBatchId, batchPage: 1, profilePage: 1 }),
    chooseBatch: (batchId) => set({ batchId, profilePage: 1 }),
    setBatchPage: (batchPage) => set({ batchPage }),
    setProfilePage: (profilePage) => set({ profilePage }),
    setNamespace: (namespace) => set({ namespace }),
    setValue: (value) => set({ value, isValueMissing: false }),
    markValueMissing: () => set({ isValueMissing: true }),
    setMergePolicy: (mergePolicyId) => set({ mergePolicyId }),
    applyDefaults: ({ namespace, mergePolicyId }) => {
      const state = get();
      set({
        namespace: state.namespace ?? namespace ?? null,
        mergePolicyId: state.mergePolicyId ?? mergePolicyId,
      });
    },
    submit: (lookup) =>
      set({
        step: 'result',
        namespace: lookup.namespace,
        value: lookup.value,
        mergePolicyId: lookup.mergePolicyId,
        submitted: lookup,
        tab: 'attributes',
        selectedAttribute: null,
        previewedAttribute: null,
        collapsed: [],
        eventStarts: [''],
      }),
    setTab: (tab) => set({ tab }),
    selectAttribute: (selectedAttribute) => set({ selectedAttribute }),
    previewAttribute: (previewedAttribute) => set({ previewedAttribute }),
    setCollapsed: (collapsed) => set({ collapsed }),
    olderEvents: (start) => set({ eventStarts: [...get().eventStarts, start] }),
    newerEvents: () => {
      const starts = get().eventStarts;
      if (starts.length > 1) set({ eventStarts: starts.slice(0, -1) });
    },
  }));
}
