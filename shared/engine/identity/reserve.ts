// Sizing the graph's tables ahead of a load: for a count the caller knows, or from a load's first page.
import { growEdges } from './edges';
import type { GraphState } from './state';
import { NONE } from './codes';
import type { IdentityInput } from './types';

/** Room for `records` more records carrying up to `identities` identities (and as many links). */
export function reserveTables(s: GraphState, records: number, identities: number): void {
  s.reserve(records, identities);
  if (s.edgeCount + identities > s.edgeA.length) growEdges(s, s.edgeCount + identities, true);
}

/**
 * Sizes the tables once for a load of `load` records from its first page: the identities of the page
 * the graph does not hold yet, its memberships and its pairs, scaled to the load (links counted as if
 * every pair were new: an upper bound). Growing by doubling instead copies every table of a graph of
 * millions of identities once more, half-way through the load.
 */
export function sizeForLoad(
  s: GraphState,
  records: readonly (readonly IdentityInput[])[],
  resolveCode: (code: string) => number,
  load: number,
): void {
  let fresh = 0;
  let members = 0;
  let pairs = 0;
  for (const record of records) {
    const identities = record ?? [];
    for (const identity of identities) {
      const ns = typeof identity?.namespace === 'string' ? resolveCode(identity.namespace) : NONE;
      if (ns !== NONE && typeof identity.id === 'string' && s.findIdentity(ns, identity.id) === NONE) fresh++;
    }
    members += identities.length;
    pairs += (identities.length * (identities.length - 1)) / 2;
  }
  const scale = Math.max(load, records.length) / records.length;
  const pool = s.poolLen + Math.ceil(members * scale);
  if (pool > s.poolNode.length) s.growPool(pool, true);
  s.reserve(0, Math.ceil(fresh * scale));
  const edges = s.edgeCount + Math.ceil(pairs * scale);
  if (edges > s.edgeA.length) growEdges(s, edges, true);
}
