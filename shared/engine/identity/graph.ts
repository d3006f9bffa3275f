// The identity graph engine's entry point: createIdentityGraph and the IdentityGraph API (pure, in memory, times are inputs).
import { EngineError } from '../../contract/errors';
import type { IdentityType } from '../../contract/registry-types';
import { checkIdentityConfig, type IdentityConfig, type NamespaceLookup } from './config';
import { ingestRecord, type IngestOutcome } from './ingest';
import { reserveTables, sizeForLoad } from './reserve';
import { latestTime, retime } from './retime';
import { removeRecords } from './revert';
import { exportRecords, importRecords, type IdentityGraphExport } from './snapshot';
import { GraphState } from './state';
import { NONE, REC_LINKED, REC_SINGLE } from './codes';
import type {
  BatchResult,
  Eviction,
  GraphView,
  IdentityGraphStats,
  IdentityInput,
  IdentityMember,
  RecordBatch,
  RecordResult,
  SkippedRecord,
  Source,
} from './types';
import {
  allGraphs,
  evictionLog,
  evictionsSince,
  graphKey,
  graphStats,
  graphView,
  membersOf,
  refOf,
  sourceOf,
} from './views';
import { xidOf } from './xid';

/** `membership`: a stored record names the identity, but it is in no graph. */
export const HELD_ALONE = -1;
/** `membership`: no stored record names the identity. */
export const UNKNOWN_IDENTITY = -2;

/** Where `identitiesSince` stopped: the graph's tables it read and how far. */
export interface IdentityMark {
  readonly tables: object;
  readonly count: number;
}

/** Which records to remove: every field given must match (one batch, one dataset, one streaming message). */
export interface SourceMatch {
  datasetId?: string;
  batchId?: string;
  messageId?: string;
}

/** An identity graph of one sandbox. Not safe to share between concurrent callers without a queue. */
export interface IdentityGraph {
  /** The rules in force. */
  readonly config: IdentityConfig;
  /** Adds one record (a row or a streaming message): checks its identities, links each to each, applies the rules. */
  addRecord(identities: readonly IdentityInput[], source: Source): RecordResult;
  /** Adds a page of one batch's records; the fast path for bulk ingestion. */
  addRecords(batch: RecordBatch): BatchResult;
  /**
   * Makes room for `records` more records carrying up to `identities` identities in all, in one step
   * per table: call it before a load whose size is known (a batch's row count) to avoid repeated growth.
   * With `identities` 0 (not known), the next `addRecords` call sizes the identity, link and membership
   * tables for all of them from its own records (the share of their identities the graph lacks).
   */
  reserve(counts: { records: number; identities: number }): void;
  /**
   * Removes every record whose source matches (e.g. a reverted batch) and recomputes exactly the graphs
   * they touched, as if they had never been added. Returns the identity keys whose graph changed, sorted.
   */
  removeSource(match: SourceMatch | ((source: Source) => boolean)): string[];
  /** The latest ingestion time of any record other than those at `except` (see retime.ts). */
  latestTime(except: number): number;
  /** Gives the records at time `from` the time `to`: exact only when `to` is above every other time held. */
  retime(from: number, to: number): void;
  /** The graph an identity is in, or undefined when it is in none (unknown, single, or all links deleted). */
  graphOf(namespace: string, id: string): GraphView | undefined;
  /** The identities of an identity's graph, sorted by key, without link provenance; [] when in none. */
  identitiesOf(namespace: string, id: string): IdentityMember[];
  /**
   * Identity keys (sorted) whose graph may have changed since the last call: the identities of added
   * linking records, every identity of a graph that lost identities or links, and what `removeSource`
   * reported. Recompute the merged profile of each one's current graph (`identitiesOf`).
   */
  takeChanged(): string[];
  /** Every graph as its identity keys (sorted), in no particular order. */
  graphs(): IterableIterator<string[]>;
  /** A stable key of the identity's graph (the XID of its least identity key), or undefined. */
  componentKey(namespace: string, id: string): string | undefined;
  /** Whether the graph holds this identity (a linking record of some source names it). */
  contains(namespace: string, id: string): boolean;
  /**
   * Where an identity stands, in one lookup: the union-find root of its graph (≥ 0; names the graph
   * until the graph next changes), `HELD_ALONE` when a stored record names it but it has no link,
   * `UNKNOWN_IDENTITY` otherwise.
   */
  membership(namespace: string, id: string): number;
  /** `membership` of the identity whose value is `text` from `start` on (no copy of it is made). */
  membershipIn(namespace: string, text: string, start: number): number;
  /** The XID of an identity (see `xidOf`). */
  xidOf(namespace: string, id: string): string;
  /**
   * Visits the identities the graph interned since `mark` (0 for all; otherwise a value this method
   * returned), including ones no record mentions any more, and returns the new mark. A graph rebuilt
   * by `import` or `reconfigure` starts over, so a mark of the old graph visits everything again.
   */
  identitiesSince(
    mark: IdentityMark | undefined,
    visit: (namespace: string, id: string) => void,
  ): IdentityMark;
  /** Totals: identities by namespace, graphs, links, skipped records, evictions. */
  stats(): IdentityGraphStats;
  /** Every deletion the rules made, in arrival order of the records that caused them. */
  evictions(): Eviction[];
  /** The edge list (stored records) as pages of numbers and strings. */
  export(options?: { recordsPerPage?: number }): IdentityGraphExport;
  /** Replaces the graph with one rebuilt from an export (replayed under the current rules). */
  import(data: IdentityGraphExport): void;
  /** Applies other rules by replaying the edge list; returns the identity keys whose graph changed. */
  reconfigure(config: IdentityConfig): string[];
}

/** A frozen copy of a usable configuration (the caller may go on changing its own object). */
function checkedConfig(config: IdentityConfig): IdentityConfig {
  const problems = checkIdentityConfig(config);
  if (problems.length > 0)
    throw new EngineError('invalid-argument', `Identity configuration: ${problems.join(' ')}`, { problems });
  return Object.freeze({
    ...config,
    blockedValues: Object.freeze([...config.blockedValues]),
    graphlessTypes: Object.freeze([...config.graphlessTypes]),
    evictionOrder: Object.freeze(config.evictionOrder.map((group) => Object.freeze([...group]))),
    uniqueNamespaces: Object.freeze([...config.uniqueNamespaces]),
    namespacePriority: Object.freeze({ ...config.namespacePriority }),
  });
}

function checkTime(time: unknown, row: unknown): void {
  if (typeof time !== 'number' || !Number.isFinite(time))
    throw new EngineError('invalid-argument', 'A source needs its ingestion time as epoch milliseconds.');
  if (typeof row !== 'number' || !Number.isFinite(row))
    throw new EngineError('invalid-argument', 'A source needs a row number.');
}

/** Identity key → signature of its graph (sorted member keys), for every identity in a graph. */
function keyMembership(s: GraphState): Map<string, string> {
  const groups = new Map<number, string[]>();
  for (let n = 0; n < s.nodeCount; n++) {
    if (s.degree[n] === 0) continue;
    const root = s.find(n);
    const group = groups.get(root);
    if (group) group.push(s.key(n));
    else groups.set(root, [s.key(n)]);
  }
  const out = new Map<string, string>();
  for (const group of groups.values()) {
    const signature = group.sort().join('\n');
    for (const key of group) out.set(key, signature);
  }
  return out;
}

/**
 * Creates an empty identity graph. `lookupNamespace` resolves a namespace code in any letter case to
 * the sandbox's namespace (canonical code and identity type); namespaces are never deleted or retyped
 * (SPEC §5.1), so answers are cached.
 */
export function createIdentityGraph(config: IdentityConfig, lookupNamespace: NamespaceLookup): IdentityGraph {
  let s = new GraphState(checkedConfig(config));
  let known = new Map<string, number>();
  /** Records `reserve` announced without an identity count: the next page sizes the tables for them. */
  let pendingRecords = 0;
  const resolve = (code: string): number => {
    const hit = known.get(code);
    if (hit !== undefined) return hit;
    const info = lookupNamespace(code);
    if (!info) return NONE;
    const ns = s.namespace(info.code, info.type);
    known.set(code, ns);
    return ns;
  };
  /** Where node `n` stands (see `membership`). */
  const standing = (n: number): number => {
    if (n === NONE || (s.refs[n] ?? 0) === 0) return UNKNOWN_IDENTITY;
    return s.degree[n] === 0 ? HELD_ALONE : s.find(n);
  };
  const nodeOf = (namespace: string, id: string): number => {
    const ns = resolve(namespace);
    return ns === NONE ? NONE : s.findIdentity(ns, id);
  };
  const rebuilt = (
    next: GraphState,
    data: IdentityGraphExport,
    typeOf: (code: string) => IdentityType | undefined,
  ) => {
    importRecords(next, data, (code) => {
      const type = typeOf(code);
      return type === undefined ? NONE : next.namespace(code, type);
    });
    s = next;
    known = new Map();
  };
  const recordResult = (out: IngestOutcome): RecordResult => {
    if (out.status === REC_LINKED)
      return { status: 'linked', links: out.links, evicted: evictionsSince(s, out.logFrom) };
    if (out.status === REC_SINGLE)
      return { status: 'single', code: 'single-identity', reason: out.single ?? '', links: 0, evicted: [] };
    const result: RecordResult = { status: 'skipped', links: 0, evicted: [] };
    if (out.problem) {
      result.code = out.problem.code;
      result.reason = out.problem.message;
      if (out.problem.index !== undefined) result.index = out.problem.index;
    }
    return result;
  };

  return {
    get config() {
      return s.config;
    },

    addRecord(identities, source) {
      checkTime(source.time, source.row);
      const origin = s.origin(source.datasetId, source.batchId);
      return recordResult(
        ingestRecord(s, resolve, identities, origin, source.row, source.time, source.messageId),
      );
    },

    addRecords(batch) {
      checkTime(batch.time, batch.firstRow ?? 1);
      const unknown = new Set<string>();
      const resolveOnce = (code: string): number => {
        const hit = known.get(code);
        if (hit !== undefined) return hit;
        if (unknown.has(code)) return NONE;
        const ns = resolve(code);
        if (ns === NONE) unknown.add(code);
        return ns;
      };
      const origin = s.origin(batch.datasetId, batch.batchId);
      const first = batch.firstRow ?? 1;
      const logFrom = s.log.length;
      if (pendingRecords > 0 && batch.records.length > 0) {
        sizeForLoad(s, batch.records, resolveOnce, pendingRecords);
        pendingRecords = 0;
      }
      const result: BatchResult = {
        records: batch.records.length,
        linked: 0,
        single: 0,
        skipped: [],
        links: 0,
        evicted: [],
      };
      const rows = batch.rows;
      if (rows && rows.length !== batch.records.length)
        throw new EngineError('invalid-argument', 'rows needs one row number per record.');
      for (let i = 0; i < batch.records.length; i++) {
        const row = rows ? (rows[i] ?? first + i) : first + i;
        const out = ingestRecord(s, resolveOnce, batch.records[i] ?? [], origin, row, batch.time, undefined);
        if (out.status === REC_LINKED) {
          result.linked++;
          result.links += out.links;
        } else if (out.status === REC_SINGLE) {
          result.single++;
        } else if (out.problem) {
          const skipped: SkippedRecord = { row, code: out.problem.code, reason: out.problem.message };
          if (out.problem.index !== undefined) skipped.index = out.problem.index;
          result.skipped.push(skipped);
        }
      }
      result.evicted = evictionsSince(s, logFrom);
      return result;
    },

    reserve(counts) {
      const records = Math.max(0, Math.floor(counts.records));
      const identities = Math.max(0, Math.floor(counts.identities));
      if (!Number.isFinite(records) || !Number.isFinite(identities)) return;
      reserveTables(s, records, identities);
      pendingRecords = identities === 0 ? records : 0;
    },

    latestTime: (except) => latestTime(s, except),
    retime: (from, to) => retime(s, from, to),

    removeSource(match) {
      let isRemoved: (r: number) => boolean;
      if (typeof match === 'function') {
        isRemoved = (r) => match(sourceOf(s, r));
      } else {
        if (match.datasetId === undefined && match.batchId === undefined && match.messageId === undefined) {
          throw new EngineError(
            'invalid-argument',
            'Name the datasetId, batchId or messageId whose links to remove.',
          );
        }
        const hits = s.origins.map(
          (o) =>
            (match.datasetId === undefined || o.datasetId === match.datasetId) &&
            (match.batchId === undefined || o.batchId === match.batchId),
        );
        isRemoved = (r) =>
          hits[s.recOrigin[r] ?? 0] === true &&
          (match.messageId === undefined || s.recMessage.get(r) === match.messageId);
      }
      return removeRecords(s, isRemoved)
        .map((n) => s.key(n))
        .sort();
    },

    graphOf(namespace, id) {
      const n = nodeOf(namespace, id);
      return n === NONE ? undefined : graphView(s, n);
    },

    identitiesOf(namespace, id) {
      return membersOf(s, nodeOf(namespace, id))
        .map((n): IdentityMember => ({ ...refOf(s, n), type: s.nsTypes[s.nodeNs[n] ?? 0] ?? 'CROSS_DEVICE' }))
        .sort((a, b) => (a.key < b.key ? -1 : 1));
    },

    takeChanged() {
      const keys = s.dirty.map((n) => s.key(n));
      for (const n of s.dirty) s.isDirty[n] = 0;
      s.dirty = [];
      return keys.sort();
    },

    graphs() {
      return allGraphs(s);
    },

    componentKey(namespace, id) {
      const members = membersOf(s, nodeOf(namespace, id));
      return members.length === 0 ? undefined : graphKey(s, members);
    },

    contains(namespace, id) {
      const n = nodeOf(namespace, id);
      return n !== NONE && (s.refs[n] ?? 0) > 0;
    },

    membership(namespace, id) {
      return standing(nodeOf(namespace, id));
    },

    membershipIn(namespace, text, start) {
      const ns = resolve(namespace);
      return standing(ns === NONE ? NONE : s.findIdentityIn(ns, text, start));
    },

    xidOf(namespace, id) {
      return xidOf(namespace, id);
    },

    identitiesSince(mark, visit) {
      const from = mark?.tables === s ? mark.count : 0;
      for (let n = from; n < s.nodeCount; n++) visit(s.nsCodes[s.nodeNs[n] ?? 0] ?? '', s.nodeValue[n] ?? '');
      return { tables: s, count: s.nodeCount };
    },

    stats() {
      return graphStats(s);
    },

    evictions() {
      return evictionLog(s);
    },

    export(options = {}) {
      const perPage = options.recordsPerPage ?? 2000;
      if (!Number.isInteger(perPage) || perPage < 1)
        throw new EngineError('invalid-argument', 'recordsPerPage must be a positive integer.');
      return exportRecords(s, perPage);
    },

    import(data) {
      rebuilt(new GraphState(s.config), data, (code) => lookupNamespace(code)?.type);
    },

    reconfigure(next) {
      const previous = s;
      const before = keyMembership(previous);
      const types = new Map(previous.nsCodes.map((code, i) => [code, previous.nsTypes[i]]));
      rebuilt(new GraphState(checkedConfig(next)), exportRecords(previous, Number.MAX_SAFE_INTEGER), (code) =>
        types.get(code),
      );
      const after = keyMembership(s);
      const changed = new Set<string>();
      for (const [key, signature] of before) if (after.get(key) !== signature) changed.add(key);
      for (const [key, signature] of after) if (before.get(key) !== signature) changed.add(key);
      return [...changed].sort();
    },
  };
}
