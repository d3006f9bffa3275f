// Types of the profile domain: merge policies (SPEC §6.2), merged entities and Profile Access (§7).

export interface MergePolicy {
  id: string;
  name: string;
  imsOrgId: string;
  schema: { name: string };
  version: number;
  identityGraph: { type: 'none' | 'pdg' };
  attributeMerge: { type: 'timestampOrdered' } | { type: 'dataSetPrecedence'; order: string[] };
  isActiveOnEdge: boolean;
  default: boolean;
  updateEpoch: number;
}

export interface MergePolicyInput {
  name: string;
  identityGraph?: { type: 'none' | 'pdg' };
  attributeMerge?: { type: 'timestampOrdered' } | { type: 'dataSetPrecedence'; order: string[] };
  default?: boolean;
  isActiveOnEdge?: boolean;
}

/** The identity whose merged profile a policy preview shows. */
export interface PolicyPreviewIdentity {
  namespace: string;
  id: string;
}

/** Where a value of a merged profile came from, and why it won. */
export interface Provenance {
  datasetId: string;
  batchId: string;
  row: number;
  /** Ingestion time (epoch ms). */
  time: number;
  rule: 'only-source' | 'timestampOrdered' | 'dataSetPrecedence' | 'upsert';
}

/** One entity in the Profile Access response (SPEC §7.1). */
export interface AccessEntity {
  entityId: string;
  mergePolicy: { id: string };
  sources: string[];
  tags: string[];
  identityGraph: string[];
  entity: Record<string, unknown>;
  lastModifiedAt: string;
}

/** A profile with the provenance of every attribute, for the verify wizard and `profile get`. */
export interface ProfileDetail {
  xid: string;
  mergePolicyId: string | null;
  entity: Record<string, unknown>;
  provenance: Record<string, Provenance>;
  fragments: {
    datasetId: string;
    primaryIdentity: string;
    lastBatchId: string;
    time: number;
    record: Record<string, unknown>;
  }[];
  identities: { namespace: string; id: string; xid: string }[];
}

export interface GraphView {
  xid: string;
  identities: { namespace: string; id: string; xid: string; type: string }[];
  links: {
    a: string;
    b: string;
    sources: { datasetId: string; batchId?: string; row: number; time: number }[];
  }[];
  isOverLimit: boolean;
}

export interface ProfileStats {
  profiles: number;
  fragments: number;
  byDataset: { id: string; name: string; fragments: number }[];
  byNamespace: { code: string; identities: number }[];
}

export interface EventPage {
  _page: { orderby: string; start: string; count: number; next: string };
  children: {
    relatedEntityId: string;
    entityId: string;
    timestamp: number;
    entity: Record<string, unknown>;
    lastModifiedAt: string;
  }[];
  _links: { next: { href: string } };
}

/** The platform's documented causes of "no profile came back", checked in this order (SPEC §7.5). */
export type MissingProfileCause =
  | 'dataset-not-enabled'
  | 'ingested-before-enabling'
  | 'wrong-namespace-or-value'
  | 'identity-value-rejected'
  | 'no-primary-identity'
  | 'single-identity-records'
  | 'graph-over-limit'
  | 'merge-policy-excludes-dataset';

export interface DiagnosisCheck {
  cause: MissingProfileCause;
  /** True when this cause explains (part of) what the lookup misses. */
  isMatch: boolean;
  message: string;
  /** Where the evidence is: datasets, batches and rows that show it. */
  evidence: { datasetId?: string; batchId?: string; row?: number; detail?: string }[];
}

/** Why a lookup found nothing (or less than expected). */
export interface Diagnosis {
  identity: { namespace: string; id: string };
  isFound: boolean;
  checks: DiagnosisCheck[];
}
