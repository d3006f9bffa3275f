// Linking rules (SPEC §5.1–§5.2): each identity of a record links to each other; graphs merge on a shared identity.
import { describe, expect, it } from 'vitest';
import type { IdentityGraph } from '../../../shared/engine/identity';
import { add, at, ecid, graph, identity, members, picture, source, T0 } from './builders';

const E1 = `ECID:${ecid(1)}`;
const E2 = `ECID:${ecid(2)}`;

describe('identity linking', () => {
  it('links every identity of a record to every other identity of it', () => {
    const g = graph();
    const result = add(g, [E1, 'Email:ann@example.com', 'CRMID:c-1'], { row: 7 });
    expect(result).toEqual({ status: 'linked', links: 3, evicted: [] });
    const view = g.graphOf('Email', 'ann@example.com');
    expect(view?.size).toBe(3);
    expect(view?.links.map((l) => [l.a, l.b])).toEqual([
      ['CRMID:c-1', E1],
      ['CRMID:c-1', 'Email:ann@example.com'],
      [E1, 'Email:ann@example.com'],
    ]);
    expect(view?.links[0]?.sources).toEqual([source(7)]);
  });

  it('graphs that share an identity merge into one', () => {
    const g = graph();
    add(g, [E1, 'Email:ann@example.com']);
    add(g, [E2, 'CRMID:c-1']);
    expect(picture(g)).toHaveLength(2);
    add(g, ['CRMID:c-1', 'Email:ann@example.com']);
    expect(picture(g)).toEqual([['CRMID:c-1', E1, E2, 'Email:ann@example.com']]);
    expect(g.stats()).toMatchObject({ graphs: 1, links: 3, identitiesInGraphs: 4 });
  });

  it('a record with only one identity makes no link and is counted as skipped single-identity', () => {
    const g = graph();
    const result = add(g, ['Email:solo@example.com']);
    expect(result).toMatchObject({ status: 'single', code: 'single-identity', links: 0 });
    expect(result.reason).toMatch(/only 1 identity/);
    expect(g.graphOf('Email', 'solo@example.com')).toBeUndefined();
    expect(g.stats().records).toEqual({ linked: 0, singleIdentity: 1, skippedByRule: 0 });
    const batch = g.addRecords({
      datasetId: 'ds1',
      batchId: 'b2',
      time: T0,
      records: [[{ namespace: 'Email', id: 'x@example.com' }], []],
    });
    expect(batch).toMatchObject({ records: 2, linked: 0, single: 2, links: 0 });
    expect(g.stats().records.singleIdentity).toBe(3);
  });

  it('the same identity twice in a record counts once', () => {
    const g = graph();
    expect(add(g, ['Email:ann@example.com', 'email:ann@example.com'])).toMatchObject({ status: 'single' });
    expect(g.stats().identities).toBe(0);
    expect(add(g, ['Email:ann@example.com', 'Email:ann@example.com', E1])).toMatchObject({
      status: 'linked',
      links: 1,
    });
  });

  it('namespace codes match in any letter case and are kept in their canonical form', () => {
    const g = graph();
    add(g, ['email:ann@example.com', `ecid:${ecid(1)}`]);
    add(g, ['EMAIL:ann@example.com', 'crmid:c-1']);
    expect(members(g, 'eMaIl:ann@example.com')).toEqual(['CRMID:c-1', E1, 'Email:ann@example.com']);
    expect(Object.keys(g.stats().byNamespace).sort()).toEqual(['CRMID', 'ECID', 'Email']);
  });

  it('identity values compare exactly: no trimming, no lower-casing', () => {
    const g = graph();
    add(g, ['Email:ann@example.com', 'CRMID:c-1']);
    add(g, ['Email:Ann@example.com', 'CRMID:c-2']);
    add(g, ['Email: ann@example.com', 'CRMID:c-3']);
    expect(picture(g)).toHaveLength(3);
  });

  it.each([
    ['NON_PEOPLE', 'StoreId:store-9'],
    ['PARTNER', 'PartnerId:p-9'],
  ])('%s identities build no graph and are never linked', (_type, other) => {
    const g = graph();
    expect(add(g, [other, 'Email:ann@example.com'])).toMatchObject({
      status: 'single',
      reason: expect.stringMatching(/builds a graph/),
    });
    expect(add(g, [other, 'Email:ann@example.com', 'CRMID:c-1'])).toMatchObject({
      status: 'linked',
      links: 1,
    });
    expect(picture(g)).toEqual([['CRMID:c-1', 'Email:ann@example.com']]);
  });

  it('every link keeps every record that observed it, oldest first', () => {
    const g = graph();
    add(g, [E1, 'Email:ann@example.com'], { row: 1, time: at(0), batchId: 'b1' });
    add(g, [E1, 'Email:ann@example.com', 'CRMID:c-1'], {
      row: 4,
      time: at(5),
      batchId: 'b2',
      datasetId: 'ds2',
    });
    g.addRecord(
      [
        { namespace: 'Email', id: 'ann@example.com' },
        { namespace: 'ECID', id: ecid(1) },
      ],
      { datasetId: 'ds3', messageId: 'm-1', row: 0, time: at(9) },
    );
    const link = g.graphOf('ECID', ecid(1))?.links.find((l) => l.a === E1 && l.b === 'Email:ann@example.com');
    expect(link?.sources).toEqual([
      { datasetId: 'ds1', batchId: 'b1', row: 1, time: at(0) },
      { datasetId: 'ds2', batchId: 'b2', row: 4, time: at(5) },
      { datasetId: 'ds3', messageId: 'm-1', row: 0, time: at(9) },
    ]);
    expect(link?.time).toBe(at(9));
    const ann = g
      .graphOf('Email', 'ann@example.com')
      ?.identities.find((i) => i.key === 'Email:ann@example.com');
    expect(ann).toMatchObject({
      namespace: 'Email',
      id: 'ann@example.com',
      type: 'EMAIL',
      firstSeen: at(0),
      lastSeen: at(9),
    });
  });

  it('addRecords numbers rows from firstRow and links like addRecord', () => {
    const g = graph();
    const result = g.addRecords({
      datasetId: 'ds1',
      batchId: 'b1',
      time: T0,
      firstRow: 10,
      records: [
        [
          { namespace: 'Email', id: 'a@example.com' },
          { namespace: 'CRMID', id: 'c-1' },
        ],
        [
          { namespace: 'Email', id: 'a@example.com' },
          { namespace: 'Phone', id: '+15550100' },
        ],
      ],
    });
    expect(result).toEqual({ records: 2, linked: 2, single: 0, skipped: [], links: 2, evicted: [] });
    expect(
      g.graphOf('Phone', '+15550100')?.links.find((l) => l.a === 'Email:a@example.com')?.sources,
    ).toEqual([source(11)]);
  });

  it('reserve makes room ahead of a load without changing the graph', () => {
    const g = graph();
    add(g, [E1, 'Email:ann@example.com']);
    g.reserve({ records: 10_000, identities: 30_000 });
    g.reserve({ records: Number.NaN, identities: -1 });
    add(g, [E2, 'Email:ann@example.com']);
    expect(picture(g)).toEqual([[E1, E2, 'Email:ann@example.com']]);
  });

  it('reserve without an identity count sizes from the first page, and the graph is the same', () => {
    // Pages of records sharing phones, so later pages link into graphs of earlier ones.
    const pages = Array.from({ length: 8 }, (_, p) =>
      Array.from({ length: 25 }, (_, i) => {
        const n = p * 25 + i;
        return [
          identity(`Email:p${n}@example.com`),
          identity(`Phone:+1555${String(n % 37).padStart(4, '0')}`),
        ];
      }),
    );
    const load = (g: IdentityGraph) =>
      pages.map((records, p) =>
        g.addRecords({ datasetId: 'ds1', batchId: 'b1', time: T0, firstRow: p * 25 + 1, records }),
      );
    const plain = graph();
    const reserved = graph();
    reserved.reserve({ records: 200, identities: 0 });
    expect(load(reserved)).toEqual(load(plain));
    expect(picture(reserved)).toEqual(picture(plain));
    expect(reserved.stats()).toEqual(plain.stats());
  });

  it('a source needs a finite ingestion time', () => {
    const g = graph();
    expect(() => g.addRecord([], { datasetId: 'ds1', row: 1, time: Number.NaN })).toThrow(/ingestion time/);
  });
});
