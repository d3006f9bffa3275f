// Removing records (a batch revert): forget their observations and replay exactly the components they touched.
import { applyRecord } from './linking';
import type { GraphState } from './state';
import { EDGE_FREE, NONE, REC_LINKED, REC_REMOVED, REC_SINGLE } from './codes';

/** Graph roots of the identities of a closed set that are in a graph, and the size of each graph. */
function roots(
  s: GraphState,
  nodes: readonly number[],
): { rootOf: Map<number, number>; sizeOf: Map<number, number> } {
  const rootOf = new Map<number, number>();
  const sizeOf = new Map<number, number>();
  for (const n of nodes) {
    if (s.degree[n] === 0) continue;
    const root = s.find(n);
    rootOf.set(n, root);
    sizeOf.set(root, (sizeOf.get(root) ?? 0) + 1);
  }
  return { rootOf, sizeOf };
}

/**
 * Identities whose graph changed. A graph of the closed set is unchanged exactly when all its members
 * share one new root whose graph has the same size (then the two member sets are equal).
 */
function changedBetween(
  nodes: readonly number[],
  before: ReturnType<typeof roots>,
  after: ReturnType<typeof roots>,
): number[] {
  const target = new Map<number, number>();
  for (const [n, root] of before.rootOf) {
    const next = after.rootOf.get(n) ?? NONE;
    const seen = target.get(root);
    if (seen === undefined) target.set(root, next);
    else if (seen !== next) target.set(root, NONE);
  }
  return nodes.filter((n) => {
    const root = before.rootOf.get(n);
    const next = after.rootOf.get(n);
    if (root === undefined || next === undefined) return root !== next;
    return target.get(root) !== next || before.sizeOf.get(root) !== after.sizeOf.get(next);
  });
}

/**
 * Removes every stored record for which `isRemoved(r)` holds and recomputes the components they
 * touched by replaying the remaining records of those components in their original order, so the
 * result equals never having added them (evictions and dropped links included). Returns the
 * identities whose graph changed (joined, left or changed members), as node ids.
 */
export function removeRecords(s: GraphState, isRemoved: (r: number) => boolean): number[] {
  const removed: number[] = [];
  for (let r = 0; r < s.recCount; r++) if (s.recStatus[r] !== REC_REMOVED && isRemoved(r)) removed.push(r);
  if (removed.length === 0) return [];

  // Everything connected to a removed record through any record, removed ones included: the
  // components whose history changes. Other components never saw these records.
  const touched = new Uint8Array(s.recCount);
  const epoch = s.nextEpoch();
  const nodes: number[] = [];
  const replay: number[] = [];
  const visit = (r: number) => {
    const start = s.recStart[r] ?? 0;
    for (let i = start; i < start + (s.recLen[r] ?? 0); i++) {
      const n = s.poolNode[i] ?? NONE;
      if (s.mark[n] !== epoch) {
        s.mark[n] = epoch;
        nodes.push(n);
      }
    }
  };
  for (const r of removed) {
    touched[r] = 2;
    visit(r);
  }
  for (let i = 0; i < nodes.length; i++) {
    for (let p = s.headRecord[nodes[i] ?? NONE] ?? NONE; p !== NONE; p = s.poolNext[p] ?? NONE) {
      const r = s.recordAt(p);
      if (touched[r] !== 0) continue;
      touched[r] = 1;
      replay.push(r);
      visit(r);
    }
  }
  const before = roots(s, nodes);

  for (const r of removed) {
    const status = s.recStatus[r];
    if (status === REC_LINKED) s.counts.linked--;
    else if (status === REC_SINGLE) s.counts.single--;
    else s.counts.skipped--;
    s.recStatus[r] = REC_REMOVED;
    s.recMessage.delete(r);
    const start = s.recStart[r] ?? 0;
    for (let i = start; i < start + (s.recLen[r] ?? 0); i++) {
      const n = s.poolNode[i] ?? NONE;
      s.refs[n] = (s.refs[n] ?? 0) - 1;
    }
  }

  // Forget the derived state of the touched identities: their edges (all inside the set), adjacency,
  // union-find, times. Record lists lose the removed records.
  const free = (head: number) => {
    for (let h = head; h !== NONE; h = s.next[h] ?? NONE) {
      const e = h >> 1;
      if (s.edgeState[e] === EDGE_FREE) continue;
      s.edgeState[e] = EDGE_FREE;
      s.freeEdges.push(e);
    }
  };
  for (const n of nodes) {
    free(s.headActive[n] ?? NONE);
    free(s.headDeleted[n] ?? NONE);
  }
  for (const n of nodes) {
    s.headActive[n] = NONE;
    s.headDeleted[n] = NONE;
    s.degree[n] = 0;
    s.firstSeen[n] = Infinity;
    s.lastSeen[n] = -Infinity;
    s.resetRoot(n);
    let previous = NONE;
    for (let p = s.headRecord[n] ?? NONE; p !== NONE; p = s.poolNext[p] ?? NONE) {
      if (s.recStatus[s.recordAt(p)] === REC_REMOVED) {
        if (previous === NONE) s.headRecord[n] = s.poolNext[p] ?? NONE;
        else s.poolNext[previous] = s.poolNext[p] ?? NONE;
      } else {
        previous = p;
      }
    }
    if (s.refs[n] === 0) s.dropNode(n);
  }
  s.log = s.log.filter((entry) => entry.record >= touched.length || touched[entry.record] === 0);

  // Replaying touches every replayed identity; only the ones whose graph changed are reported.
  const dirtyBefore = s.dirty.length;
  replay.sort((x, y) => x - y);
  for (const r of replay) applyRecord(s, r);

  for (const n of s.dirty.splice(dirtyBefore)) s.isDirty[n] = 0;
  const changed = changedBetween(nodes, before, roots(s, nodes));
  for (const n of changed) s.touch(n);
  return changed;
}
