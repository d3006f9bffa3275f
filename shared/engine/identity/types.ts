// Public types of the identity graph: inputs, provenance, per-record results, evictions, graph views, stats.
import type { IdentityType } from '../../contract/registry-types';

/** One identity as a record carries it. The namespace code matches in any letter case; the value exactly. */
export interface IdentityInput {
  namespace: string;
  id: string;
  /** Accepted for convenience; Identity Service does not record which identity was primary (SPEC §5.2). */
  isPrimary?: boolean;
}

/** Where a link observation came from. `time` is the ingestion time in epoch ms, given by the caller. */
export interface Source {
  datasetId: string;
  batchId?: string;
  messageId?: string;
  row: number;
  time: number;
}

/** An identity by canonical namespace code and exact value; `key` is `${namespace}:${id}`. */
export interface IdentityRef {
  namespace: string;
  id: string;
  key: string;
}

/** An identity with its namespace's identity type. */
export interface IdentityMember extends IdentityRef {
  type: IdentityType;
}

/** Why a record was skipped entirely by Identity (and therefore by Profile). */
export type IdentitySkipCode =
  | 'identity-count-exceeded'
  | 'identity-namespace-unknown'
  | 'identity-ecid-invalid'
  | 'identity-value-too-long'
  | 'identity-value-blocked';

/** What happened to one record: links made, fewer than 2 graph identities, or skipped by a rule. */
export interface RecordResult {
  status: 'linked' | 'single' | 'skipped';
  code?: IdentitySkipCode | 'single-identity';
  reason?: string;
  /** For a value rule or unknown namespace: the position of the offending identity in the input. */
  index?: number;
  /** Identity pairs this record observed (each identity linked to each other). */
  links: number;
  /** Identities and links deleted because of this record (graph cap, unique namespaces). */
  evicted: Eviction[];
}

/** A page of one batch's records; row numbers are `firstRow + index` unless the caller numbers them. */
export interface RecordBatch {
  datasetId: string;
  batchId?: string;
  /** Ingestion time of the batch, epoch ms. */
  time: number;
  /** Row of `records[0]`; 1 when omitted. */
  firstRow?: number;
  /** The row of each record, when rows are not consecutive (overrides `firstRow`). */
  rows?: readonly number[];
  records: readonly (readonly IdentityInput[])[];
}

/** A record of a batch that was skipped by a rule. */
export interface SkippedRecord {
  row: number;
  code: IdentitySkipCode;
  reason: string;
  index?: number;
}

/** Totals of one `addRecords` call. */
export interface BatchResult {
  records: number;
  linked: number;
  /** Records with fewer than 2 graph identities ("Skipped N records as they had only 1 identity per XDM record"). */
  single: number;
  skipped: SkippedRecord[];
  links: number;
  evicted: Eviction[];
}

/**
 * A deletion the graph made: an identity deleted with its links (cap), a link dropped (unique
 * namespace), or an identity left with no links. `time` and `source` are those of the record that caused it.
 */
export interface Eviction {
  kind: 'identity' | 'link' | 'orphan';
  reason: 'graph-cap' | 'unique-namespace';
  identity?: IdentityRef;
  link?: [IdentityRef, IdentityRef];
  message: string;
  time: number;
  source: Source;
}

/** One identity of a graph. `firstSeen`/`lastSeen`: the earliest and latest link observations. */
export interface GraphIdentity extends IdentityRef {
  type: IdentityType;
  xid: string;
  firstSeen: number;
  lastSeen: number;
}

/** One link of a graph with every record that observed it, oldest first. */
export interface GraphLink {
  a: string;
  b: string;
  /** Latest observation time. */
  time: number;
  sources: Source[];
}

/** A graph as the UI and Profile read it; identities and links sorted by key. */
export interface GraphView {
  /** `componentKey` of the graph. */
  key: string;
  identities: GraphIdentity[];
  links: GraphLink[];
  size: number;
  /** More identities than `maxIdentitiesPerGraph` (only when the cap is not enforced). */
  isOverLimit: boolean;
}

/** Totals for the whole graph. */
export interface IdentityGraphStats {
  /** Identities of stored linking records. */
  identities: number;
  identitiesInGraphs: number;
  graphs: number;
  links: number;
  /** Links kept in the edge list but deleted from the graph (evicted or dropped). */
  deletedLinks: number;
  largestGraph: number;
  overLimitGraphs: number;
  records: { linked: number; singleIdentity: number; skippedByRule: number };
  evictions: number;
  byNamespace: Record<string, { identities: number; inGraphs: number }>;
}
