// The edge list: links between identities, each in its ends' active or deleted list (doubly linked, O(1) moves).
import { TableBlock } from './buffers';
import type { GraphState } from './state';
import { EDGE_ACTIVE, EDGE_DELETED, NONE } from './codes';

/** Makes room for `need` edges (exactly that many when `isExact`: a reservation). */
export function growEdges(s: GraphState, need: number, isExact = false): void {
  // next and prev: two half-edges an edge.
  const block = TableBlock.growing(s.edgeA.length, need, isExact, [4, 4, 4, 1, 8, 8]);
  if (!block) return;
  s.edgeA = block.i32(s.edgeA, 0);
  s.edgeB = block.i32(s.edgeB, 0);
  s.edgeSeq = block.i32(s.edgeSeq, 0);
  s.edgeState = block.u8(s.edgeState);
  s.next = block.i32(s.next, 0, 2);
  s.prev = block.i32(s.prev, 0, 2);
}

/** The edge between two identities, or NONE; scans the lists of the identity in fewer records. */
export function findEdge(s: GraphState, a: number, b: number): number {
  const from = (s.refs[a] ?? 0) <= (s.refs[b] ?? 0) ? a : b;
  const to = from === a ? b : a;
  for (let h = s.headActive[from] ?? NONE; h !== NONE; h = s.next[h] ?? NONE)
    if (s.other(h) === to) return h >> 1;
  for (let h = s.headDeleted[from] ?? NONE; h !== NONE; h = s.next[h] ?? NONE)
    if (s.other(h) === to) return h >> 1;
  return NONE;
}

function push(s: GraphState, h: number, n: number, heads: Int32Array): void {
  const head = heads[n] ?? NONE;
  s.next[h] = head;
  s.prev[h] = NONE;
  if (head !== NONE) s.prev[head] = h;
  heads[n] = h;
}

function unlink(s: GraphState, h: number, n: number, heads: Int32Array): void {
  const prev = s.prev[h] ?? NONE;
  const next = s.next[h] ?? NONE;
  if (prev !== NONE) s.next[prev] = next;
  else heads[n] = next;
  if (next !== NONE) s.prev[next] = prev;
}

/** A new link in the graph (and the edge list). */
export function createEdge(s: GraphState, a: number, b: number): number {
  const e = s.freeEdges.pop() ?? s.edgeCount++;
  if (e >= s.edgeA.length) growEdges(s, e + 1);
  s.edgeA[e] = a;
  s.edgeB[e] = b;
  s.edgeSeq[e] = NONE;
  s.edgeState[e] = EDGE_ACTIVE;
  push(s, 2 * e, a, s.headActive);
  push(s, 2 * e + 1, b, s.headActive);
  s.degree[a] = (s.degree[a] ?? 0) + 1;
  s.degree[b] = (s.degree[b] ?? 0) + 1;
  return e;
}

function move(s: GraphState, e: number, from: Int32Array, to: Int32Array, degree: number): void {
  const a = s.edgeA[e] ?? NONE;
  const b = s.edgeB[e] ?? NONE;
  unlink(s, 2 * e, a, from);
  unlink(s, 2 * e + 1, b, from);
  push(s, 2 * e, a, to);
  push(s, 2 * e + 1, b, to);
  s.degree[a] = (s.degree[a] ?? 0) + degree;
  s.degree[b] = (s.degree[b] ?? 0) + degree;
}

/** Puts a deleted link back into the graph. */
export function activate(s: GraphState, e: number): void {
  move(s, e, s.headDeleted, s.headActive, 1);
  s.edgeState[e] = EDGE_ACTIVE;
}

/** Deletes a link from the graph; it stays in the edge list. */
export function deactivate(s: GraphState, e: number): void {
  move(s, e, s.headActive, s.headDeleted, -1);
  s.edgeState[e] = EDGE_DELETED;
}

/** The time of a link's latest observation. */
export function linkTime(s: GraphState, e: number): number {
  return s.recTime[s.edgeSeq[e] ?? 0] ?? 0;
}
