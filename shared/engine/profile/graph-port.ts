// What the profile store needs from the identity graph, so the two are wired in one place.

export interface LinkSource {
  datasetId: string;
  batchId?: string;
  messageId?: string;
  row: number;
  time: number;
}

export interface GraphIdentity {
  namespace: string;
  id: string;
  type: string;
}

export interface GraphPort {
  /** Links every identity of one record to every other; returns why a record was skipped, if it was. */
  addRecord(identities: readonly { namespace: string; id: string; isPrimary?: boolean }[], source: LinkSource): { status: string; reason?: string };
  /** The identities of the graph holding this identity (itself alone when it has no links). */
  membersOf(namespace: string, id: string): GraphIdentity[];
  linksOf(namespace: string, id: string): { a: GraphIdentity; b: GraphIdentity; sources: LinkSource[] }[];
  /** Stable opaque id of an identity. */
  xidOf(namespace: string, id: string): string;
  /** The identity an XID stands for, if it has been seen. */
  identityOfXid(xid: string): { namespace: string; id: string } | undefined;
  isOverLimit(namespace: string, id: string): boolean;
  stats(): { identitiesByNamespace: Record<string, number>; skippedSingle: number; skippedByRule: number };
}
