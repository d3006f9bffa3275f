// The numbers the identity graph's typed-array tables hold: no node, edge and record states, and the
// eviction log's kinds and reasons.

export const NONE = -1;
export const EDGE_FREE = 0;
export const EDGE_ACTIVE = 1;
/** Kept in the edge list (it was observed) but deleted from the graph (evicted or dropped). */
export const EDGE_DELETED = 2;
export const REC_LINKED = 0;
export const REC_SINGLE = 1;
export const REC_SKIPPED = 2;
export const REC_REMOVED = 3;

export const LOG_IDENTITY = 0;
export const LOG_LINK = 1;
export const LOG_ORPHAN = 2;
export const WHY_CAP = 0;
export const WHY_UNIQUE = 1;

/** One eviction log entry in node ids; `record` is the record whose arrival caused it. */
export interface LogEntry {
  kind: number;
  why: number;
  record: number;
  a: number;
  b: number;
  c: number;
  d: number;
  size: number;
}
