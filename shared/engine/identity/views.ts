// Read side of the identity graph: graph views with provenance, graph keys, totals and the eviction log.
import { linkTime } from './edges';
import { linksWithin, reach } from './linking';
import type { GraphState } from './state';
import {
  EDGE_ACTIVE,
  EDGE_DELETED,
  LOG_IDENTITY,
  LOG_LINK,
  NONE,
  REC_REMOVED,
  WHY_CAP,
  type LogEntry,
} from './codes';
import type {
  Eviction,
  GraphIdentity,
  GraphLink,
  GraphView,
  IdentityGraphStats,
  IdentityRef,
  Source,
} from './types';
import { xidOf } from './xid';

/** The provenance of a stored record. */
export function sourceOf(s: GraphState, r: number): Source {
  const origin = s.origins[s.recOrigin[r] ?? 0];
  const source: Source = {
    datasetId: origin?.datasetId ?? '',
    row: s.recRow[r] ?? 0,
    time: s.recTime[r] ?? 0,
  };
  if (origin?.batchId !== undefined) source.batchId = origin.batchId;
  const messageId = s.recMessage.get(r);
  if (messageId !== undefined) source.messageId = messageId;
  return source;
}

/** The identity as a reference. */
export function refOf(s: GraphState, n: number): IdentityRef {
  const namespace = s.nsCodes[s.nodeNs[n] ?? 0] ?? '';
  const id = s.nodeValue[n] ?? '';
  return { namespace, id, key: `${namespace}:${id}` };
}

/** Every identity in the graph of `n`, or an empty list when `n` is in no graph. */
export function membersOf(s: GraphState, n: number): number[] {
  if (n === NONE || s.degree[n] === 0) return [];
  const epoch = s.nextEpoch();
  s.mark[n] = epoch;
  return reach(s, [n], epoch);
}

/** Every graph as its sorted identity keys, one graph at a time. */
export function* allGraphs(s: GraphState): Generator<string[]> {
  for (let n = 0; n < s.nodeCount; n++) {
    if (s.degree[n] === 0 || s.find(n) !== n) continue;
    yield membersOf(s, n)
      .map((m) => s.key(m))
      .sort();
  }
}

/** The records that observed the link a–b, oldest first. */
function linkRecords(s: GraphState, a: number, b: number): number[] {
  const from = (s.refs[a] ?? 0) <= (s.refs[b] ?? 0) ? a : b;
  const to = from === a ? b : a;
  const out: number[] = [];
  for (let p = s.headRecord[from] ?? NONE; p !== NONE; p = s.poolNext[p] ?? NONE) {
    const r = s.recordAt(p);
    if (s.recStatus[r] === REC_REMOVED) continue;
    const start = s.recStart[r] ?? 0;
    const end = start + (s.recLen[r] ?? 0);
    for (let i = start; i < end; i++) {
      if (s.poolNode[i] === to) {
        out.push(r);
        break;
      }
    }
  }
  return out.sort((x, y) => x - y);
}

/** A graph's key: the XID of its least identity key, so equal graphs have equal keys in any rebuild. */
export function graphKey(s: GraphState, members: readonly number[]): string {
  let least = members[0] ?? NONE;
  let leastKey = s.key(least);
  for (const n of members) {
    const key = s.key(n);
    if (key < leastKey) {
      least = n;
      leastKey = key;
    }
  }
  const ref = refOf(s, least);
  return xidOf(ref.namespace, ref.id);
}

/** The graph of `n` with its identities, links and every link's sources. */
export function graphView(s: GraphState, n: number): GraphView | undefined {
  const members = membersOf(s, n);
  if (members.length === 0) return undefined;
  const identities: GraphIdentity[] = members.map((m) => {
    const ref = refOf(s, m);
    return {
      ...ref,
      type: s.nsTypes[s.nodeNs[m] ?? 0] ?? 'CROSS_DEVICE',
      xid: xidOf(ref.namespace, ref.id),
      firstSeen: s.firstSeen[m] ?? 0,
      lastSeen: s.lastSeen[m] ?? 0,
    };
  });
  identities.sort((x, y) => (x.key < y.key ? -1 : 1));
  const links: GraphLink[] = linksWithin(s, members).map((e) => {
    const a = s.edgeA[e] ?? NONE;
    const b = s.edgeB[e] ?? NONE;
    const [ka, kb] = [s.key(a), s.key(b)].sort();
    return {
      a: ka ?? '',
      b: kb ?? '',
      time: linkTime(s, e),
      sources: linkRecords(s, a, b).map((r) => sourceOf(s, r)),
    };
  });
  links.sort((x, y) => (x.a === y.a ? (x.b < y.b ? -1 : 1) : x.a < y.a ? -1 : 1));
  return {
    key: graphKey(s, members),
    identities,
    links,
    size: members.length,
    isOverLimit: members.length > s.cap,
  };
}

/** Totals, counted by one scan of the tables. */
export function graphStats(s: GraphState): IdentityGraphStats {
  const byNamespace: IdentityGraphStats['byNamespace'] = {};
  let identities = 0;
  let inGraphs = 0;
  let graphs = 0;
  let largest = 0;
  let overLimit = 0;
  for (let n = 0; n < s.nodeCount; n++) {
    if (s.refs[n] === 0) continue;
    const code = s.nsCodes[s.nodeNs[n] ?? 0] ?? '';
    const entry = (byNamespace[code] ??= { identities: 0, inGraphs: 0 });
    identities++;
    entry.identities++;
    if (s.degree[n] === 0) continue;
    inGraphs++;
    entry.inGraphs++;
    if ((s.parent[n] ?? NONE) >= 0) continue;
    const size = s.sizeOf(n);
    graphs++;
    largest = Math.max(largest, size);
    if (size > s.cap) overLimit++;
  }
  let links = 0;
  let deleted = 0;
  for (let e = 0; e < s.edgeCount; e++) {
    if (s.edgeState[e] === EDGE_ACTIVE) links++;
    else if (s.edgeState[e] === EDGE_DELETED) deleted++;
  }
  return {
    identities,
    identitiesInGraphs: inGraphs,
    graphs,
    links,
    deletedLinks: deleted,
    largestGraph: largest,
    overLimitGraphs: overLimit,
    records: { linked: s.counts.linked, singleIdentity: s.counts.single, skippedByRule: s.counts.skipped },
    evictions: s.log.length,
    byNamespace,
  };
}

function iso(time: number): string {
  return Number.isFinite(time) ? new Date(time).toISOString() : String(time);
}

/** One log entry in the public shape, with a sentence for the UI. */
export function evictionOf(s: GraphState, entry: LogEntry): Eviction {
  const source = sourceOf(s, entry.record);
  const reason = entry.why === WHY_CAP ? 'graph-cap' : 'unique-namespace';
  const a = refOf(s, entry.a);
  if (entry.kind === LOG_IDENTITY) {
    const type = s.nsTypes[s.nodeNs[entry.a] ?? 0] ?? '';
    const age = s.isAgeFirstSeen
      ? `first linked ${iso(s.firstSeen[entry.a] ?? 0)}`
      : `last linked ${iso(s.lastSeen[entry.a] ?? 0)}`;
    const message = `${a.key} (${type}) was deleted with its links: the graph reached ${entry.size} identities, over the limit of ${s.cap}; identities are deleted by type (${s.config.evictionOrder.map((group) => group.join('/')).join(', then ')}), then oldest first (${age})`;
    return { kind: 'identity', reason, identity: a, message, time: source.time, source };
  }
  if (entry.kind === LOG_LINK) {
    const b = refOf(s, entry.b);
    const link: [IdentityRef, IdentityRef] = a.key < b.key ? [a, b] : [b, a];
    const c = refOf(s, entry.c);
    const d = refOf(s, entry.d);
    const message = `link ${link[0].key} – ${link[1].key} was dropped: it would put ${c.key} and ${d.key} in one graph, and ${c.namespace} is a unique namespace (the most recent links are kept)`;
    return { kind: 'link', reason, link, message, time: source.time, source };
  }
  const message =
    entry.c === NONE
      ? `${a.key} left the graph: its links were dropped by the unique-namespace rule`
      : `${a.key} left the graph: it has no links left after ${refOf(s, entry.c).key} was deleted`;
  return { kind: 'orphan', reason, identity: a, message, time: source.time, source };
}

/** The eviction log in arrival order of the records that caused each entry. */
export function evictionLog(s: GraphState): Eviction[] {
  if (!s.isLogSorted) {
    s.log.sort((x, y) => x.record - y.record);
    s.isLogSorted = true;
  }
  return s.log.map((entry) => evictionOf(s, entry));
}

/** The entries appended since the log had `from` entries (what the last record caused). */
export function evictionsSince(s: GraphState, from: number): Eviction[] {
  return s.log.length === from ? [] : s.log.slice(from).map((entry) => evictionOf(s, entry));
}
