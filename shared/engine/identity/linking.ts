// Applies one stored record to the graph: the union-find fast path, and the slow path that enforces unique namespaces and the graph cap.
import { activate, createEdge, deactivate, findEdge, linkTime } from './edges';
import type { GraphState } from './state';
import { EDGE_ACTIVE, LOG_IDENTITY, LOG_LINK, LOG_ORPHAN, NONE, WHY_CAP, WHY_UNIQUE } from './codes';

/**
 * Applies record `r` as the next arrival: its identities' times, one observation of each pair (a
 * deleted link comes back when observed again), then merges graphs. The slow path runs only when a
 * merge would pass the cap or put two identities of a unique namespace in one graph.
 */
export function applyRecord(s: GraphState, r: number): void {
  const start = s.recStart[r] ?? 0;
  const k = s.recLen[r] ?? 0;
  const t = s.recTime[r] ?? 0;
  for (let i = start; i < start + k; i++) {
    const a = s.poolNode[i] ?? NONE;
    s.touch(a);
    if (t < (s.firstSeen[a] ?? Infinity)) s.firstSeen[a] = t;
    if (t > (s.lastSeen[a] ?? -Infinity)) s.lastSeen[a] = t;
  }
  for (let i = start; i < start + k; i++) {
    const a = s.poolNode[i] ?? NONE;
    for (let j = i + 1; j < start + k; j++) {
      const b = s.poolNode[j] ?? NONE;
      let e = findEdge(s, a, b);
      if (e === NONE) e = createEdge(s, a, b);
      else if (s.edgeState[e] !== EDGE_ACTIVE) activate(s, e);
      const latest = s.edgeSeq[e] ?? NONE;
      const latestTime = latest === NONE ? -Infinity : (s.recTime[latest] ?? 0);
      if (t > latestTime || (t === latestTime && r >= latest)) s.edgeSeq[e] = r;
    }
  }
  if (s.roots.length < k) s.roots = new Int32Array(k * 2);
  const roots = s.roots;
  let m = 0;
  let total = 0;
  for (let i = start; i < start + k; i++) {
    const root = s.find(s.poolNode[i] ?? NONE);
    let isNew = true;
    for (let j = 0; j < m; j++) if (roots[j] === root) isNew = false;
    if (isNew) {
      roots[m++] = root;
      total += s.sizeOf(root);
    }
  }
  const isConflict = s.uniqueSlots > 0 && m > 1 && hasUniqueConflict(s, m);
  if (!isConflict && (total <= s.cap || !s.isCapEnforced)) {
    let root = roots[0] ?? NONE;
    for (let j = 1; j < m; j++) root = s.union(root, roots[j] ?? NONE);
    return;
  }
  const nodes = component(s, start, k);
  for (const n of nodes) s.touch(n);
  if (!isConflict) {
    // One graph (the record links all of it) past the cap.
    evict(s, nodes, r);
    return;
  }
  keepNewestUniqueLinks(s, nodes, r);
  if (s.isCapEnforced) enforceCap(s, nodes, r);
}

function hasUniqueConflict(s: GraphState, m: number): boolean {
  const slots = s.uniqueSlots;
  const roots = s.roots;
  const held = s.held;
  held.fill(NONE);
  for (let j = 0; j < m; j++) {
    const root = roots[j] ?? NONE;
    for (let u = 0; u < slots; u++) {
      const x = s.uniq[root * slots + u] ?? NONE;
      if (x === NONE) continue;
      const y = held[u] ?? NONE;
      if (y === NONE) held[u] = x;
      else if (y !== x) return true;
    }
  }
  return false;
}

/** Every identity connected by graph links to the record's identities. */
function component(s: GraphState, start: number, k: number): number[] {
  const epoch = s.nextEpoch();
  const out: number[] = [];
  for (let i = start; i < start + k; i++) {
    const n = s.poolNode[i] ?? NONE;
    if (s.mark[n] !== epoch) {
      s.mark[n] = epoch;
      out.push(n);
    }
  }
  return reach(s, out, epoch);
}

/** Extends `out` (already marked with `epoch`) with everything reachable over graph links. */
export function reach(s: GraphState, out: number[], epoch: number): number[] {
  for (let i = 0; i < out.length; i++) {
    for (let h = s.headActive[out[i] ?? NONE] ?? NONE; h !== NONE; h = s.next[h] ?? NONE) {
      const o = s.other(h);
      if (s.mark[o] !== epoch) {
        s.mark[o] = epoch;
        out.push(o);
      }
    }
  }
  return out;
}

/** Graph links among `nodes` (a closed set), each once. */
export function linksWithin(s: GraphState, nodes: readonly number[]): number[] {
  const edges: number[] = [];
  for (const n of nodes) {
    for (let h = s.headActive[n] ?? NONE; h !== NONE; h = s.next[h] ?? NONE)
      if ((h & 1) === 0) edges.push(h >> 1);
  }
  return edges;
}

/** Rebuilds the union-find cache of a closed set of identities from its graph links. */
export function rebuild(s: GraphState, nodes: readonly number[]): void {
  for (const n of nodes) s.resetRoot(n);
  for (const e of linksWithin(s, nodes)) s.union(s.find(s.edgeA[e] ?? NONE), s.find(s.edgeB[e] ?? NONE));
}

/**
 * Unique namespaces (SPEC §5.5, identity optimisation algorithm): replays the component's links in
 * order — latest observation time first, then lowest sum of the two namespaces' priorities, then latest
 * arrival, then pair order in the record — and drops each link that would put two identities of a
 * unique namespace in one graph. So a shared device follows the last person to authenticate, and a
 * person's own identities stay together.
 */
function keepNewestUniqueLinks(s: GraphState, nodes: readonly number[], r: number): void {
  const edges = linksWithin(s, nodes);
  const sum = new Map<number, number>();
  const pos = new Map<number, number>();
  for (const e of edges) {
    const a = s.edgeA[e] ?? NONE;
    const b = s.edgeB[e] ?? NONE;
    sum.set(e, (s.nsPriority[s.nodeNs[a] ?? 0] ?? 0) + (s.nsPriority[s.nodeNs[b] ?? 0] ?? 0));
    pos.set(e, s.pairIndex(s.edgeSeq[e] ?? 0, a, b));
  }
  edges.sort(
    (x, y) =>
      linkTime(s, y) - linkTime(s, x) ||
      (sum.get(x) ?? 0) - (sum.get(y) ?? 0) ||
      (s.edgeSeq[y] ?? 0) - (s.edgeSeq[x] ?? 0) ||
      (pos.get(x) ?? 0) - (pos.get(y) ?? 0),
  );
  for (const n of nodes) s.resetRoot(n);
  const slots = s.uniqueSlots;
  for (const e of edges) {
    const a = s.find(s.edgeA[e] ?? NONE);
    const b = s.find(s.edgeB[e] ?? NONE);
    if (a === b) continue;
    const u = s.uniqueConflict(a, b);
    if (u === NONE) {
      s.union(a, b);
      continue;
    }
    deactivate(s, e);
    s.addLog(
      LOG_LINK,
      WHY_UNIQUE,
      r,
      s.edgeA[e] ?? NONE,
      s.edgeB[e] ?? NONE,
      s.uniq[a * slots + u] ?? NONE,
      s.uniq[b * slots + u] ?? NONE,
    );
  }
  for (const n of nodes) if (s.degree[n] === 0) s.addLog(LOG_ORPHAN, WHY_UNIQUE, r, n);
}

/** Graphs among `nodes` past the cap lose identities until none is. */
function enforceCap(s: GraphState, nodes: readonly number[], r: number): void {
  const groups = new Map<number, number[]>();
  for (const n of nodes) {
    if (s.degree[n] === 0) continue;
    const root = s.find(n);
    if (s.sizeOf(root) <= s.cap) continue;
    const group = groups.get(root);
    if (group) group.push(n);
    else groups.set(root, [n]);
  }
  for (const group of groups.values()) evict(s, group, r);
}

/** The graph's identities in eviction order (SPEC §5.3): identity type, then oldest, then identity key. */
function evictionOrder(s: GraphState, graph: readonly number[]): number[] {
  const ages = s.isAgeFirstSeen ? s.firstSeen : s.lastSeen;
  const keys = new Map<number, string>();
  const keyOf = (n: number): string => {
    let key = keys.get(n);
    if (key === undefined) keys.set(n, (key = s.key(n)));
    return key;
  };
  return graph.slice().sort((x, y) => {
    const rank = (s.nsRank[s.nodeNs[x] ?? 0] ?? 0) - (s.nsRank[s.nodeNs[y] ?? 0] ?? 0);
    if (rank !== 0) return rank;
    const ax = ages[x] ?? 0;
    const ay = ages[y] ?? 0;
    if (ax !== ay) return ax < ay ? -1 : 1;
    return keyOf(x) < keyOf(y) ? -1 : 1;
  });
}

/**
 * Deletes identities of one over-cap graph in eviction order, each with its links, until every piece
 * is within the cap. A deletion can split the graph (hub and spoke): each piece is then judged on its
 * own, and identities left with no links leave the graph.
 */
function evict(s: GraphState, graph: number[], r: number): void {
  const order = evictionOrder(s, graph);
  const piece = new Map<number, number>();
  const pieceSize: number[] = [graph.length];
  for (const n of graph) piece.set(n, 0);
  let oversized = 1;
  for (const v of order) {
    if (oversized === 0) break;
    const p = piece.get(v) ?? NONE;
    const size = pieceSize[p] ?? 0;
    if (s.degree[v] === 0 || size <= s.cap) continue;
    const neighbours: number[] = [];
    const edges: number[] = [];
    for (let h = s.headActive[v] ?? NONE; h !== NONE; h = s.next[h] ?? NONE) {
      neighbours.push(s.other(h));
      edges.push(h >> 1);
    }
    for (const e of edges) deactivate(s, e);
    s.addLog(LOG_IDENTITY, WHY_CAP, r, v, NONE, NONE, NONE, size);
    pieceSize[p] = 0;
    oversized--;
    const epoch = s.nextEpoch();
    s.mark[v] = epoch;
    for (const start of neighbours) {
      if (s.mark[start] === epoch) continue;
      s.mark[start] = epoch;
      const members = reach(s, [start], epoch);
      const id = pieceSize.length;
      pieceSize.push(members.length);
      for (const n of members) piece.set(n, id);
      if (members.length === 1) s.addLog(LOG_ORPHAN, WHY_CAP, r, start, NONE, v);
      if (members.length > s.cap) oversized++;
    }
  }
  rebuild(s, graph);
}
