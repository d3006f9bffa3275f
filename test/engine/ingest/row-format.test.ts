// Accepted CSV rows are stored as flat arrays of raw cells with the file's mapped columns on the page;
// reading them back gives the same rows (records, conversions, Profile skips) the row objects gave.
import { describe, expect, it } from 'vitest';
import { decodeRowsPage, PAGE_ROWS, readPages, type StoredRow } from '../../../shared/engine/ingest/pages';
import { FLAT_RUN_ROWS, PageWriter } from '../../../shared/engine/ingest/page-writer';
import { testEngine } from '../helpers';
import { blob, crmSetup, sandbox } from './builders';

const MAPPING = [
  { sourceAttribute: 'email', destinationXdmPath: 'personalEmail.address' },
  { sourceAttribute: 'first', destinationXdmPath: 'person.name.firstName' },
  { sourceAttribute: 'birth', destinationXdmPath: 'person.birthDate' },
  { sourceAttribute: 'points', destinationXdmPath: '_stager.points' },
  // Not in the schema: validation drops it, so such rows are stored as row objects.
  { sourceAttribute: 'nick', destinationXdmPath: '_stager.nickname' },
];

describe('stored accepted rows', () => {
  it('read back exactly as validated, from flat and object rows of two files', async () => {
    const { client, engine } = await testEngine();
    const { dataset } = await crmSetup(client);
    const batch = await client.call('ingest-batch-create', {
      sandbox,
      datasetId: dataset.id,
      inputFormat: { format: 'csv' },
      mapping: MAPPING,
    });
    const first = [
      'email,first,birth,points,nick',
      'ada@example.com,Ada,1985-12-10,007,',
      'zoe@example.com,,1990-01-31,12,Zo',
      'anonymous,"Anon ""Q"", \u{1F600}\\",1980-01-01,1,',
      'li@example.com,Li,1979-06-01,,',
    ].join('\n');
    await client.call('ingest-batch-add-file', {
      sandbox,
      batchId: batch.id,
      name: 'a.csv',
      file: blob(first),
    });
    // Columns in another order: the record follows the mapping's order, as before.
    const second = 'points,email\n-5,second@example.com\n';
    await client.call('ingest-batch-add-file', {
      sandbox,
      batchId: batch.id,
      name: 'b.csv',
      file: blob(second),
    });
    const done = await client.call('ingest-batch-complete', { sandbox, batchId: batch.id });
    expect(done).toMatchObject({ status: 'success', metrics: { outputRecordCount: 5 } });

    const points = (from: string, to: number) => ({ pointer: '#/_stager/points', from, to });
    const expected: StoredRow[] = [
      {
        r: 1,
        l: 2,
        f: 0,
        v: {
          personalEmail: { address: 'ada@example.com' },
          person: { name: { firstName: 'Ada' }, birthDate: '1985-12-10' },
          _stager: { points: 7 },
        },
        c: [points('007', 7)],
      },
      {
        r: 2,
        l: 3,
        f: 0,
        v: {
          personalEmail: { address: 'zoe@example.com' },
          person: { birthDate: '1990-01-31' },
          _stager: { points: 12 },
        },
        c: [points('12', 12)],
      },
      {
        r: 3,
        l: 4,
        f: 0,
        v: {
          personalEmail: { address: 'anonymous' },
          person: { name: { firstName: 'Anon "Q", \u{1F600}\\' }, birthDate: '1980-01-01' },
          _stager: { points: 1 },
        },
        s: 'identity',
        c: [points('1', 1)],
      },
      {
        r: 4,
        l: 5,
        f: 0,
        v: {
          personalEmail: { address: 'li@example.com' },
          person: { name: { firstName: 'Li' }, birthDate: '1979-06-01' },
        },
      },
      {
        r: 1,
        l: 2,
        f: 1,
        v: { personalEmail: { address: 'second@example.com' }, _stager: { points: -5 } },
        c: [points('-5', -5)],
      },
    ];
    const rows = await client.call('ingest-batch-rows', { sandbox, batchId: batch.id });
    // Same keys in the same order as the row objects had (JSON text compared, not just deep equality).
    expect(JSON.stringify(rows)).toBe(JSON.stringify(expected));
    expect(
      await client.call('ingest-batch-rows', { sandbox, batchId: batch.id, offset: 3, limit: 1 }),
    ).toEqual([expected[3]]);

    // Flat rows, and a row object where validation changed the record (it dropped an unknown field).
    const db = await engine.sandboxes.db(sandbox);
    const pages = (await db.table('batchPages').where('batchId').equals(batch.id).toArray()) as {
      rows: string;
      plans?: Record<string, unknown>;
    }[];
    // One page per file here (each file's pages are written when it ends), each with its own columns.
    expect(pages.map((page) => Object.keys(page.plans ?? {}))).toEqual([['0'], ['1']]);
    const items = pages.flatMap((page) => JSON.parse(page.rows) as unknown[]);
    expect(items.map((item) => Array.isArray(item))).toEqual([true, false, true, true, true]);

    // The profile built from the stored rows sees the converted values.
    const profile = await client.call('profile-entity-get', {
      sandbox,
      entityId: 'ada@example.com',
      entityIdNS: 'Email',
    });
    expect(Object.values(profile)[0]?.entity).toMatchObject({ _stager: { points: 7 } });
  });

  it('a column empty in the first row still maps in later rows (the mapping follows the header)', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    const csv =
      'personalEmail.address,person.name.firstName,_stager.points\na@example.com,,\nb@example.com,Bo,3\n';
    const batch = await client.call('ingest-batch-create', {
      sandbox,
      datasetId: dataset.id,
      inputFormat: { format: 'csv' },
    });
    await client.call('ingest-batch-add-file', {
      sandbox,
      batchId: batch.id,
      name: 'c.csv',
      file: blob(csv),
    });
    expect(await client.call('ingest-batch-complete', { sandbox, batchId: batch.id })).toMatchObject({
      status: 'success',
    });
    const rows = await client.call('ingest-batch-rows', { sandbox, batchId: batch.id });
    expect(rows.map((row) => row.v)).toEqual([
      { personalEmail: { address: 'a@example.com' } },
      {
        personalEmail: { address: 'b@example.com' },
        person: { name: { firstName: 'Bo' } },
        _stager: { points: 3 },
      },
    ]);
  });

  it('the dry run plans its mapping on the header too, so a column empty in the first row is mapped', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    const csv =
      'personalEmail.address,person.name.firstName,_stager.points\na@example.com,,\nb@example.com,Bo,3\n';
    const result = await client.call('ingest-dry-run', {
      sandbox,
      datasetId: dataset.id,
      name: 'c.csv',
      file: blob(csv),
    });
    expect(result.headers).toEqual(['personalEmail.address', 'person.name.firstName', '_stager.points']);
    expect(result.mapping.map((entry) => entry.sourceAttribute)).toEqual(result.headers);
    expect(result.rows.map((row) => row.record)).toEqual([
      { personalEmail: { address: 'a@example.com' } },
      {
        personalEmail: { address: 'b@example.com' },
        person: { name: { firstName: 'Bo' } },
        _stager: { points: 3 },
      },
    ]);
  });

  it('a page mixes flat rows of two files and row objects, in the order pushed, over many pages', async () => {
    const { engine } = await testEngine();
    const db = await engine.sandboxes.db(sandbox);
    const writer = new PageWriter<StoredRow>(db, 'batchPages', 'mixed');
    writer.usePlan(0, [{ s: ['a', 'n'], t: 'long' }, { s: ['a', 'b'] }]);
    writer.usePlan(1, [{ s: ['z'] }]);
    const total = PAGE_ROWS * 2 + 5;
    const expected: StoredRow[] = [];
    for (let i = 0; i < total; i++) {
      let wait: Promise<void> | undefined;
      if (i % 3 === 0) {
        wait = writer.pushFlat([i, i + 1, 0, 0, String(i), i % 2 ? null : 'x'], 0);
        const v = i % 2 ? { a: { n: i } } : { a: { n: i, b: 'x' } };
        expected.push({ r: i, l: i + 1, f: 0, v, c: [{ pointer: '#/a/n', from: String(i), to: i }] });
      } else if (i % 3 === 1) {
        wait = writer.pushFlat([i, null, 1, 'identity', `z${i}`], 1);
        expected.push({ r: i, l: null, f: 1, v: { z: `z${i}` }, s: 'identity' });
      } else {
        const row: StoredRow = { r: i, l: i + 1, f: 0, v: { a: { b: 'kept as an object' } } };
        wait = writer.pushJson(JSON.stringify(row));
        expected.push(row);
      }
      if (wait) await wait;
    }
    await writer.close();
    expect(writer.written).toBe(total);
    expect(JSON.stringify(await readPages<StoredRow>(db, 'batchPages', 'mixed'))).toBe(
      JSON.stringify(expected),
    );
    expect(await readPages<StoredRow>(db, 'batchPages', 'mixed', PAGE_ROWS - 1, 3)).toEqual(
      expected.slice(PAGE_ROWS - 1, PAGE_ROWS + 2),
    );
  });

  it('flat rows serialised in runs give the page text one JSON.stringify of the page would', async () => {
    const { engine } = await testEngine();
    const db = await engine.sandboxes.db(sandbox);
    const writer = new PageWriter<StoredRow>(db, 'batchPages', 'runs');
    writer.usePlan(0, [{ s: ['a'] }, { s: ['b'], t: 'long' }]);
    const rows: unknown[][] = [];
    // A full page, then a page cut short by a row object in the middle of a run, then a partial run.
    for (let i = 0; i < PAGE_ROWS + FLAT_RUN_ROWS + 7; i++) {
      const row = [i, i + 1, 0, 0, `"quoted" \\ ${i}\n`, i % 5 ? String(i) : null];
      rows.push(row);
      const wait =
        i === PAGE_ROWS + 3
          ? writer.pushJson(JSON.stringify({ r: i, l: i + 1, f: 0, v: { a: 'object' } }))
          : writer.pushFlat(row, 0);
      if (wait) await wait;
    }
    await writer.close();
    const pages = (await db.table('batchPages').where('batchId').equals('runs').sortBy('id')) as {
      rows: string;
    }[];
    expect(pages).toHaveLength(2);
    expect(pages[0]?.rows).toBe(JSON.stringify(rows.slice(0, PAGE_ROWS)));
    const second = rows.slice(PAGE_ROWS);
    second[3] = { r: PAGE_ROWS + 3, l: PAGE_ROWS + 4, f: 0, v: { a: 'object' } } as unknown as unknown[];
    expect(pages[1]?.rows).toBe(JSON.stringify(second));
  });

  it('pages written before flat rows (row objects, no columns) still read as they are', async () => {
    const { engine } = await testEngine();
    const db = await engine.sandboxes.db(sandbox);
    const legacy: StoredRow[] = [
      {
        r: 1,
        l: 2,
        f: 0,
        v: { _stager: { points: 3 } },
        c: [{ pointer: '#/_stager/points', from: '3', to: 3 }],
      },
      { r: 2, l: null, f: 0, v: { a: { b: 'x' } }, s: 'identity' },
    ];
    await db.table('batchPages').add({ batchId: 'old', count: 2, rows: JSON.stringify(legacy) });
    expect(await readPages<StoredRow>(db, 'batchPages', 'old')).toEqual(legacy);
    expect(decodeRowsPage({ rows: JSON.stringify(legacy) })).toEqual(legacy);
    expect(() => decodeRowsPage({ rows: '[[1,2,3,0,"x"]]', plans: {} })).toThrow(/file 3/);
  });
});
