import { describe, expect, it } from 'vitest';
import { testEngine } from '../helpers';
import {
  addFile,
  asCsv,
  asJsonArray,
  asJsonLines,
  asParquet,
  crmSetup,
  csvBatch,
  ingest,
  loadingBatch,
  PEOPLE,
  sandbox,
} from './builders';

const bad = ['bad@example.com,Bad,1979-01-3,12', 'noemail,,1980-01-01,x'];

describe('batch lifecycle', () => {
  it('loading → success, with the Catalog metrics and nothing visible before success', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    const batch = await csvBatch(client, dataset.id);
    expect(batch).toMatchObject({
      status: 'loading',
      relatedObjects: [{ type: 'dataSet', id: dataset.id }],
      inputFormat: { format: 'csv' },
    });
    expect(batch.metrics).toBeUndefined();
    await addFile(client, batch.id, 'crm.csv');
    expect(await client.call('ingest-batch-rows', { sandbox, batchId: batch.id })).toEqual([]);
    const done = await client.call('ingest-batch-complete', { sandbox, batchId: batch.id });
    expect(done.status).toBe('success');
    expect(done.metrics).toEqual({
      inputByteSize: asCsv(PEOPLE).length + 1,
      inputFileCount: 1,
      inputRecordCount: 3,
      outputRecordCount: 3,
      failedRecordCount: 0,
    });
    expect(done.errors).toBeUndefined();
    const rows = await client.call('ingest-batch-rows', { sandbox, batchId: batch.id });
    expect(rows.map((r) => r.v)).toEqual([
      {
        personalEmail: { address: 'ada@example.com' },
        person: { name: { firstName: 'Ada' }, birthDate: '1985-12-10' },
        _stager: { points: 120 },
      },
      {
        personalEmail: { address: 'zoe@example.com' },
        person: { name: { firstName: 'Zoë' }, birthDate: '1990-01-31' },
        _stager: { points: 7 },
      },
      {
        personalEmail: { address: 'li@example.com' },
        person: { name: { firstName: 'Li' }, birthDate: '1979-06-01' },
        _stager: { points: 0 },
      },
    ]);
    expect(rows[0]?.c).toContainEqual({ pointer: '#/_stager/points', from: '120', to: 120 });
    expect((await client.call('catalog-dataset-show', { sandbox, ref: dataset.id })).rowCount).toBe(3);
    expect(await client.call('ingest-batch-complete', { sandbox, batchId: batch.id })).toMatchObject({
      status: 'success',
    });
  });

  it('the same data gives identical records from CSV, JSON Lines, multi-line JSON and Parquet', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    const results = [];
    for (const [name, content, format, isMultiLineJson] of [
      ['a.csv', asCsv(PEOPLE), 'csv', false],
      ['a.jsonl', asJsonLines(PEOPLE), 'json', false],
      ['a.json', asJsonArray(PEOPLE), 'json', true],
      ['a.parquet', asParquet(PEOPLE), 'parquet', false],
    ] as const) {
      const batch = await ingest(client, dataset.id, name, content, { format, isMultiLineJson });
      expect(batch.status, name).toBe('success');
      results.push((await client.call('ingest-batch-rows', { sandbox, batchId: batch.id })).map((r) => r.v));
    }
    for (const result of results.slice(1)) expect(result).toEqual(results[0]);
  });

  it('stores a JSON row validation passed unchanged as its own text, and a coerced one as coerced', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    const lines = [
      '{ "personalEmail" : { "address" : "ada@example.com" } , "_stager" : { "points" : 1.2e2 } }\r',
      // Duplicate keys: the last one wins, as when the line was parsed for validation.
      '{"personalEmail":{"address":"first@example.com"},"personalEmail":{"address":"dup@example.com"}}',
      '{"personalEmail":{"address":"z\\u00f6e@example.com"},"person":{"name":{"firstName":"\\ud83d\\ude00 \\"q\\" \\\\ \u2028"}}}',
      '{"personalEmail":{"address":"coerced@example.com"},"_stager":{"points":"7"}}',
    ];
    const batch = await ingest(client, dataset.id, 'a.jsonl', lines.join('\n'), { format: 'json' });
    expect(batch.status).toBe('success');
    const rows = await client.call('ingest-batch-rows', { sandbox, batchId: batch.id });
    expect(rows.map((r) => r.v)).toEqual([
      ...lines.slice(0, 3).map((line) => JSON.parse(line) as unknown),
      { personalEmail: { address: 'coerced@example.com' }, _stager: { points: 7 } },
    ]);
    expect(rows[2]?.v).toMatchObject({ person: { name: { firstName: '\u{1F600} "q" \\ \u2028' } } });
    expect(rows.map((r) => [r.r, r.l, r.c])).toEqual([
      [1, 1, undefined],
      [2, 2, undefined],
      [3, 3, undefined],
      [4, 4, [expect.objectContaining({ pointer: '#/_stager/points', from: '7', to: 7 })]],
    ]);
  });

  it('reverting a batch takes its rows out of the dataset; the batch becomes inactive', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    const batch = await ingest(client, dataset.id, 'crm.csv', asCsv(PEOPLE));
    const reverted = await client.call('ingest-batch-revert', { sandbox, batchId: batch.id });
    expect(reverted.status).toBe('inactive');
    expect(await client.call('ingest-batch-rows', { sandbox, batchId: batch.id })).toEqual([]);
    expect((await client.call('catalog-dataset-show', { sandbox, ref: dataset.id })).rowCount).toBe(0);
    await expect(client.call('ingest-batch-revert', { sandbox, batchId: batch.id })).rejects.toMatchObject({
      code: 'failed-precondition',
    });
  });

  it('abort works while loading, not once final', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    const batch = await loadingBatch(client, dataset.id);
    expect((await client.call('ingest-batch-abort', { sandbox, batchId: batch.id })).status).toBe('aborted');
    await expect(addFile(client, batch.id, 'b.csv')).rejects.toThrow(/only be added while it is loading/);
    const done = await ingest(client, dataset.id, 'c.csv', asCsv(PEOPLE));
    await expect(client.call('ingest-batch-abort', { sandbox, batchId: done.id })).rejects.toThrow(
      /cannot be aborted/,
    );
  });

  it('a batch left mid-flight by a stopped engine is failed ("interrupted") on restart, keeping nothing', async () => {
    const first = await testEngine();
    const { dataset } = await crmSetup(first.client);
    const batch = await loadingBatch(first.client, dataset.id);
    first.engine.close();
    const second = await testEngine(first.idb);
    const after = await second.client.call('ingest-batch-show', { sandbox, batchId: batch.id });
    expect(after).toMatchObject({ status: 'failed', failureReason: expect.stringContaining('Interrupted') });
    const db = await second.engine.sandboxes.db(sandbox);
    expect(await db.table('batchPages').where('batchId').equals(batch.id).count()).toBe(0);
  });

  it('cancelling while a file is read aborts the batch and keeps nothing', async () => {
    const { client, engine } = await testEngine();
    const { dataset } = await crmSetup(client);
    const many = Array.from({ length: 30_000 }, (_, i) => ({
      email: `p${i}@example.com`,
      first: 'P',
      birth: '1980-01-01',
      points: i,
    }));
    const batch = await csvBatch(client, dataset.id);
    const off = client.on(
      'ingest-progress',
      () => void client.call('ingest-batch-cancel', { sandbox, batchId: batch.id }),
    );
    const result = addFile(client, batch.id, 'big.csv', asCsv(many));
    await expect(result).rejects.toMatchObject({ code: 'cancelled' });
    off();
    expect((await client.call('ingest-batch-show', { sandbox, batchId: batch.id })).status).toBe('aborted');
    const db = await engine.sandboxes.db(sandbox);
    expect(await db.table('batchPages').where('batchId').equals(batch.id).count()).toBe(0);
  });

  it('reports progress events with bytes and rows while reading', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    const seen: { phase: string; rowsRead: number }[] = [];
    client.on('ingest-progress', (p) => seen.push({ phase: p.phase, rowsRead: p.rowsRead }));
    await ingest(client, dataset.id, 'crm.csv', asCsv(PEOPLE, bad), { partialIngestionPercent: 100 });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen.at(-1)).toEqual({ phase: 'done', rowsRead: 5 });
  });
});
