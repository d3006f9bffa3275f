// Removing a source (batch revert): exactly the touched graphs are recomputed, and the result equals never having added it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IdentityGraph } from '../../../shared/engine/identity';
import { build, configArb, everything, recordArb } from './arbitraries';
import { add, at, ecid, graph, members, picture, T0 } from './builders';

describe('removeSource', () => {
  it('reverting a batch splits the graphs it joined and returns the identities whose graph changed', () => {
    const g = graph();
    add(g, ['CRMID:c-1', 'Email:a@example.com'], { batchId: 'b1' });
    add(g, ['CRMID:c-2', 'Phone:+15550001'], { batchId: 'b1' });
    add(g, ['CRMID:c-3', 'Phone:+15550003'], { batchId: 'b1' });
    add(g, ['Email:a@example.com', 'Phone:+15550001', 'GAID:g-1'], { batchId: 'b2' });
    expect(members(g, 'CRMID:c-1')).toHaveLength(5);
    const changed = g.removeSource({ batchId: 'b2' });
    expect(changed).toEqual(['CRMID:c-1', 'CRMID:c-2', 'Email:a@example.com', 'GAID:g-1', 'Phone:+15550001']);
    expect(picture(g)).toEqual([
      ['CRMID:c-1', 'Email:a@example.com'],
      ['CRMID:c-2', 'Phone:+15550001'],
      ['CRMID:c-3', 'Phone:+15550003'],
    ]);
    expect(g.stats()).toMatchObject({ identities: 6, records: { linked: 3 } });
    expect(g.removeSource({ batchId: 'b2' })).toEqual([]);
  });

  it('reverting the batch that caused an eviction brings the evicted identity back', () => {
    const g = graph({ maxIdentitiesPerGraph: 3 });
    add(g, ['CRMID:c-1', `ECID:${ecid(1)}`], { batchId: 'b1', time: at(1) });
    add(g, ['CRMID:c-1', `ECID:${ecid(2)}`], { batchId: 'b1', time: at(2) });
    add(g, ['CRMID:c-1', 'Email:a@example.com'], { batchId: 'b2', time: at(3) });
    expect(g.evictions()).toHaveLength(1);
    expect(g.removeSource({ batchId: 'b2' })).toEqual([
      'CRMID:c-1',
      `ECID:${ecid(1)}`,
      `ECID:${ecid(2)}`,
      'Email:a@example.com',
    ]);
    expect(members(g, 'CRMID:c-1')).toEqual(['CRMID:c-1', `ECID:${ecid(1)}`, `ECID:${ecid(2)}`]);
    expect(g.evictions()).toEqual([]);
  });

  it('reverting the last login on a shared device gives the device back to the previous person', () => {
    const g = graph({ uniqueNamespaces: ['CRMID'] });
    add(g, [`ECID:${ecid(1)}`, 'CRMID:ann'], { batchId: 'b1', time: at(1) });
    add(g, [`ECID:${ecid(1)}`, 'CRMID:bob'], { batchId: 'b2', time: at(2) });
    g.removeSource({ batchId: 'b2' });
    expect(members(g, 'CRMID:ann')).toEqual(['CRMID:ann', `ECID:${ecid(1)}`]);
  });

  it('selects records by dataset, streaming message or any predicate over the source', () => {
    const g = graph();
    add(g, ['CRMID:c-1', 'Email:a@example.com'], { datasetId: 'ds1', time: at(1) });
    add(g, ['CRMID:c-2', 'Email:b@example.com'], { datasetId: 'ds2', time: at(2) });
    g.addRecord(
      [
        { namespace: 'CRMID', id: 'c-3' },
        { namespace: 'Email', id: 'c@example.com' },
      ],
      { datasetId: 'ds3', messageId: 'm-1', row: 0, time: at(3) },
    );
    g.addRecord(
      [
        { namespace: 'CRMID', id: 'c-4' },
        { namespace: 'Email', id: 'd@example.com' },
      ],
      { datasetId: 'ds3', messageId: 'm-2', row: 0, time: at(4) },
    );
    expect(g.removeSource({ datasetId: 'ds1' })).toEqual(['CRMID:c-1', 'Email:a@example.com']);
    expect(g.removeSource({ messageId: 'm-2' })).toEqual(['CRMID:c-4', 'Email:d@example.com']);
    expect(g.removeSource((source) => source.time >= at(3))).toEqual(['CRMID:c-3', 'Email:c@example.com']);
    expect(picture(g)).toEqual([['CRMID:c-2', 'Email:b@example.com']]);
    expect(() => g.removeSource({})).toThrow(/Name the datasetId, batchId or messageId/);
  });

  it('skipped and single-identity records of the source leave the counts', () => {
    const g = graph();
    g.addRecords({
      datasetId: 'ds1',
      batchId: 'b1',
      time: T0,
      records: [
        [{ namespace: 'Email', id: 'a@example.com' }],
        [
          { namespace: 'Email', id: 'null' },
          { namespace: 'CRMID', id: 'c' },
        ],
      ],
    });
    expect(g.stats().records).toEqual({ linked: 0, singleIdentity: 1, skippedByRule: 1 });
    g.removeSource({ batchId: 'b1' });
    expect(g.stats().records).toEqual({ linked: 0, singleIdentity: 0, skippedByRule: 0 });
  });
});

function membership(g: IdentityGraph): Map<string, string> {
  const out = new Map<string, string>();
  for (const keys of g.graphs()) for (const key of keys) out.set(key, keys.join('|'));
  return out;
}

describe('removeSource property', () => {
  it('removing batches equals never having added them, and reports exactly the identities whose graph changed', () => {
    fc.assert(
      fc.property(
        configArb,
        fc.array(recordArb, { minLength: 1, maxLength: 40 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 2 }),
        (config, records, removed) => {
          const g = build(config, records, new Set());
          const removedSoFar = new Set<number>();
          for (const batch of removed) {
            const before = membership(g);
            const changed = g.removeSource({ batchId: `b${batch}` });
            removedSoFar.add(batch);
            const after = membership(g);
            const differing = [...new Set([...before.keys(), ...after.keys()])]
              .filter((key) => before.get(key) !== after.get(key))
              .sort();
            expect(changed).toEqual(differing);
            expect(everything(g)).toEqual(everything(build(config, records, removedSoFar)));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('every graph respects the cap and holds at most one identity per unique namespace', () => {
    fc.assert(
      fc.property(fc.array(recordArb, { minLength: 1, maxLength: 60 }), (records) => {
        const g = build({ maxIdentitiesPerGraph: 4, uniqueNamespaces: ['CRMID'] }, records, new Set());
        for (const keys of g.graphs()) {
          expect(keys.length).toBeGreaterThanOrEqual(2);
          expect(keys.length).toBeLessThanOrEqual(4);
          expect(keys.filter((key) => key.startsWith('CRMID:')).length).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 200 },
    );
  });
});
