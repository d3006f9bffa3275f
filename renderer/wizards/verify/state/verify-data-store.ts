// Engine data the verify wizard shows: written only from engine answers and events, never by the user.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  BatchView,
  DatasetView,
  Diagnosis,
  EngineError,
  EventPage,
  GraphView,
  MergePolicy,
  NamespaceInfo,
  ProfileDetail,
} from '../../../../shared/contract';
import type { Lookup } from './verify-wizard-store';

export interface TouchedProfile {
  xid: string;
  namespace: string;
  id: string;
}

/** One page of the profiles a batch touched. */
export interface TouchedPage {
  batchId: string;
  page: number;
  total: number;
  profiles: TouchedProfile[];
}

/** The answer to a lookup: loading, a profile, or nothing (with the diagnosis of why). */
export type LookupResult =
  | { status: 'loading'; lookup: Lookup; token: number }
  | {
      status: 'found';
      lookup: Lookup;
      token: number;
      detail: ProfileDetail;
      graph: GraphView | null;
      diagnosis?: Diagnosis;
    }
  | { status: 'missing'; lookup: Lookup; token: number; refusal?: EngineError; diagnosis?: Diagnosis };

export interface EventsAnswer {
  token: number;
  start: string;
  page: EventPage;
}

export interface VerifyDataState {
  datasets: DatasetView[] | undefined;
  /** Every batch of the sandbox, newest first. */
  batches: BatchView[] | undefined;
  namespaces: NamespaceInfo[] | undefined;
  policies: MergePolicy[] | undefined;
  touched: TouchedPage | undefined;
  result: LookupResult | undefined;
  events: EventsAnswer | undefined;
  isDiagnosing: boolean;
}

export type VerifyDataStore = StoreApi<VerifyDataState>;

export function createVerifyDataStore(): VerifyDataStore {
  return createStore<VerifyDataState>()(() => ({
    datasets: undefined,
    batches: undefined,
    namespaces: undefined,
    policies: undefined,
    touched: undefined,
    result: undefined,
    events: undefined,
    isDiagnosing: false,
  }));
}
