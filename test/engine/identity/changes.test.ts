// The change feed (takeChanged) and identitiesOf: what Profile needs to recompute exactly the merged profiles that changed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IdentityInput } from '../../../shared/engine/identity';
import { add, at, ecid, graph, T0 } from './builders';

describe('takeChanged', () => {
  it('reports the identities of each linking record; their current graph holds everyone merged', () => {
    const g = graph();
    add(g, ['CRMID:a', 'Email:a@example.com', 'Phone:+15550001']);
    add(g, ['CRMID:x', 'Email:x@example.com']);
    expect(g.takeChanged()).toEqual([
      'CRMID:a',
      'CRMID:x',
      'Email:a@example.com',
      'Email:x@example.com',
      'Phone:+15550001',
    ]);
    expect(g.takeChanged()).toEqual([]);
    add(g, ['CRMID:a', 'CRMID:x']);
    expect(g.takeChanged()).toEqual(['CRMID:a', 'CRMID:x']);
    expect(g.identitiesOf('crmid', 'x').map((i) => i.key)).toEqual([
      'CRMID:a',
      'CRMID:x',
      'Email:a@example.com',
      'Email:x@example.com',
      'Phone:+15550001',
    ]);
    expect(g.identitiesOf('Phone', '+15550001')[4]).toEqual({
      namespace: 'Phone',
      id: '+15550001',
      key: 'Phone:+15550001',
      type: 'PHONE',
    });
    add(g, ['Email:solo@example.com']);
    expect(g.takeChanged()).toEqual([]);
  });

  it('after an eviction that splits a graph, every identity of the old graph is reported', () => {
    const g = graph({ maxIdentitiesPerGraph: 5 });
    add(g, ['CRMID:a', 'Email:a@example.com'], { time: at(1) });
    add(g, ['CRMID:b', 'Email:b@example.com'], { time: at(1) });
    add(g, [`ECID:${ecid(1)}`, 'CRMID:a'], { time: at(2) });
    add(g, [`ECID:${ecid(1)}`, 'CRMID:b'], { time: at(2) });
    expect(g.identitiesOf('ECID', ecid(1))).toHaveLength(5);
    g.takeChanged();
    add(g, ['CRMID:b', 'Phone:+15550002'], { time: at(3) });
    expect(g.identitiesOf('ECID', ecid(1))).toEqual([]);
    expect(g.identitiesOf('CRMID', 'a').map((i) => i.key)).toEqual(['CRMID:a', 'Email:a@example.com']);
    expect(g.takeChanged()).toEqual([
      'CRMID:a',
      'CRMID:b',
      `ECID:${ecid(1)}`,
      'Email:a@example.com',
      'Email:b@example.com',
      'Phone:+15550002',
    ]);
  });

  it('reports exactly what removeSource returned', () => {
    const g = graph();
    add(g, ['CRMID:a', 'Email:a@example.com'], { batchId: 'b1' });
    add(g, ['CRMID:b', 'Email:b@example.com'], { batchId: 'b1' });
    add(g, ['CRMID:a', 'CRMID:b'], { batchId: 'b2' });
    g.takeChanged();
    const changed = g.removeSource({ batchId: 'b2' });
    expect(g.takeChanged()).toEqual(changed);
  });

  it('covers every identity whose graph changed (property)', () => {
    const identityArb: fc.Arbitrary<IdentityInput> = fc.oneof(
      fc.integer({ min: 1, max: 6 }).map((n) => ({ namespace: 'ECID', id: ecid(n) })),
      fc.integer({ min: 1, max: 6 }).map((n) => ({ namespace: 'Email', id: `p${n}@example.com` })),
      fc.integer({ min: 1, max: 4 }).map((n) => ({ namespace: 'CRMID', id: `c-${n}` })),
    );
    const recordsArb = fc.array(
      fc.record({ identities: fc.array(identityArb, { maxLength: 4 }), minute: fc.nat(5) }),
      { minLength: 1, maxLength: 40 },
    );
    fc.assert(
      fc.property(
        recordsArb,
        fc.constantFrom({}, { maxIdentitiesPerGraph: 3 }, { uniqueNamespaces: ['CRMID'] }),
        (records, config) => {
          const g = graph(config);
          const membership = () =>
            new Map([...g.graphs()].flatMap((keys) => keys.map((key) => [key, keys.join('|')] as const)));
          records.forEach((record, row) => {
            const before = membership();
            g.addRecord(record.identities, { datasetId: 'ds1', row, time: T0 + record.minute });
            const after = membership();
            const reported = new Set(g.takeChanged());
            for (const key of [...reported]) {
              const colon = key.indexOf(':');
              for (const ref of g.identitiesOf(key.slice(0, colon), key.slice(colon + 1)))
                reported.add(ref.key);
            }
            for (const key of new Set([...before.keys(), ...after.keys()])) {
              if (before.get(key) !== after.get(key)) expect(reported, key).toContain(key);
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
