// Random records for property tests of the identity graph: a small universe of identities (so records
// share them often, with a few invalid values and graphless namespaces), the configurations that
// change the rules, and everything a graph shows.
import fc from 'fast-check';
import type { IdentityConfig, IdentityGraph, IdentityInput } from '../../../shared/engine/identity';
import { at, ecid, graph, picture } from './builders';

const identityArb: fc.Arbitrary<IdentityInput> = fc.oneof(
  fc.integer({ min: 1, max: 5 }).map((n) => ({ namespace: 'ECID', id: ecid(n) })),
  fc.integer({ min: 1, max: 5 }).map((n) => ({
    namespace: fc.sample(fc.constantFrom('Email', 'email'), { numRuns: 1, seed: n })[0] ?? 'Email',
    id: `p${n}@example.com`,
  })),
  fc.integer({ min: 1, max: 4 }).map((n) => ({ namespace: 'CRMID', id: `c-${n}` })),
  fc.integer({ min: 1, max: 3 }).map((n) => ({ namespace: 'IDFA', id: `idfa-${n}` })),
  fc.integer({ min: 1, max: 3 }).map((n) => ({ namespace: 'Phone', id: `+1555000${n}` })),
  fc.constantFrom(
    { namespace: 'PartnerId', id: 'p-1' },
    { namespace: 'StoreId', id: 's-1' },
    { namespace: 'CRMID', id: 'null' },
  ),
);
export const recordArb = fc.record({
  identities: fc.array(identityArb, { minLength: 0, maxLength: 5 }),
  batch: fc.integer({ min: 0, max: 3 }),
  minute: fc.integer({ min: 0, max: 6 }),
});
export const configArb: fc.Arbitrary<Partial<IdentityConfig>> = fc.constantFrom(
  {},
  { maxIdentitiesPerGraph: 4 },
  { uniqueNamespaces: ['CRMID'] },
  {
    maxIdentitiesPerGraph: 5,
    uniqueNamespaces: ['CRMID', 'Email'],
    namespacePriority: { CRMID: 1, Email: 2 },
  },
  { maxIdentitiesPerGraph: 3, evictionAge: 'first-seen' as const },
  { isGraphCapEnforced: false, maxIdentitiesPerGraph: 3 },
);

export type Rec = { identities: IdentityInput[]; batch: number; minute: number };

export function build(
  config: Partial<IdentityConfig>,
  records: Rec[],
  skip: ReadonlySet<number>,
): IdentityGraph {
  const g = graph(config);
  records.forEach((r, row) => {
    if (!skip.has(r.batch))
      g.addRecord(r.identities, { datasetId: 'ds1', batchId: `b${r.batch}`, row, time: at(r.minute) });
  });
  return g;
}

/** Everything observable: graphs with identities, links and sources; the eviction log; the totals. */
export function everything(g: IdentityGraph) {
  const graphs = picture(g).map((keys) => {
    const key = keys[0] ?? '';
    const colon = key.indexOf(':');
    return g.graphOf(key.slice(0, colon), key.slice(colon + 1));
  });
  return { graphs, evictions: g.evictions(), stats: g.stats() };
}
