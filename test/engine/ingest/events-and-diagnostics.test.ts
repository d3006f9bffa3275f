// Dataset and batch events, interrupted batches at engine start, whole-file errors in a dry run, and
// the filtered, counted diagnostics listing.
import { describe, expect, it } from 'vitest';
import type { EngineEvents } from '../../../shared/contract';
import { testEngine } from '../helpers';
import { crmSetup, csvBatch, ingest, loadingBatch, sandbox } from './builders';
import { asCsv, asJsonArray, asParquet, blob, PEOPLE } from './builders';

function collect<E extends keyof EngineEvents>(
  client: { on(event: E, listener: (payload: EngineEvents[E]) => void): () => void },
  event: E,
) {
  const seen: EngineEvents[E][] = [];
  const off = client.on(event, (payload) => seen.push(payload));
  return { seen, off };
}

describe('dataset-changed', () => {
  it('is sent on create, on a tag change and on delete; delete takes the batches with it', async () => {
    const { client, engine } = await testEngine();
    const events = collect(client, 'dataset-changed');
    const { dataset } = await crmSetup(client, { profile: false });
    await client.call('catalog-dataset-set-tags', {
      sandbox,
      ref: dataset.id,
      tags: { unifiedProfile: ['enabled:true'] },
    });
    const batch = await ingest(client, dataset.id, 'people.csv', asCsv(PEOPLE));
    expect(batch.status).toBe('success');
    expect(await client.call('catalog-dataset-delete', { sandbox, ref: dataset.id })).toEqual({
      deleted: dataset.id,
      batches: 1,
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.seen).toEqual([
      { sandbox, datasetId: dataset.id, reason: 'created' },
      { sandbox, datasetId: dataset.id, reason: 'tags' },
      { sandbox, datasetId: dataset.id, reason: 'deleted' },
    ]);
    await expect(client.call('catalog-dataset-show', { sandbox, ref: dataset.id })).rejects.toMatchObject({
      code: 'not-found',
    });
    await expect(client.call('ingest-batch-show', { sandbox, batchId: batch.id })).rejects.toMatchObject({
      code: 'not-found',
    });
    const db = await engine.sandboxes.db(sandbox);
    expect(await db.table('batchPages').where('batchId').equals(batch.id).count()).toBe(0);
  });

  it('a dataset with a loading batch cannot be deleted', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    const batch = await csvBatch(client, dataset.id);
    await expect(client.call('catalog-dataset-delete', { sandbox, ref: dataset.id })).rejects.toThrow(
      new RegExp(`batch ${batch.id} still loading`),
    );
  });
});

describe('batch-finished', () => {
  it('is sent when a batch is aborted', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    const events = collect(client, 'batch-finished');
    const batch = await csvBatch(client, dataset.id);
    await client.call('ingest-batch-abort', { sandbox, batchId: batch.id });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.seen).toEqual([{ sandbox, batchId: batch.id, status: 'aborted' }]);
  });

  it('a batch left loading is failed ("interrupted") when the engine starts, before any batch call', async () => {
    const first = await testEngine();
    const { dataset } = await crmSetup(first.client);
    const batch = await loadingBatch(first.client, dataset.id);
    first.engine.close();
    const second = await testEngine(first.idb);
    // Read the table directly: no batch method has run in the second engine.
    const db = await second.engine.sandboxes.db(sandbox);
    expect(await db.table('batches').get(batch.id)).toMatchObject({
      status: 'failed',
      failureReason: expect.stringContaining('Interrupted'),
    });
    expect(await db.table('batchPages').where('batchId').equals(batch.id).count()).toBe(0);
  });

  it('is sent for an interrupted batch found when a sandbox is first opened (an imported snapshot)', async () => {
    const first = await testEngine();
    const { dataset } = await crmSetup(first.client);
    const batch = await csvBatch(first.client, dataset.id);
    const bytes = await first.client.call('sandbox-export', { names: [sandbox] });
    const second = await testEngine();
    const events = collect(second.client, 'batch-finished');
    await second.client.call('sandbox-import', { bytes, replace: true });
    const listed = await second.client.call('ingest-batch-list', { sandbox });
    expect(listed.find((b) => b.id === batch.id)).toMatchObject({
      status: 'failed',
      failureReason: expect.stringContaining('Interrupted'),
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(events.seen).toContainEqual({ sandbox, batchId: batch.id, status: 'failed' });
    expect(dataset.id).toBeTruthy();
  });
});

describe('dry run whole-file errors', () => {
  const dry = async (
    name: string,
    content: string | Uint8Array,
    extra: { format?: 'csv' | 'json' | 'parquet'; isMultiLineJson?: boolean; charset?: string } = {},
  ) => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    return client.call('ingest-dry-run', {
      sandbox,
      datasetId: dataset.id,
      name,
      file: blob(content),
      ...extra,
    });
  };

  it('an empty file is 106', async () => {
    expect((await dry('empty.csv', '')).fileError).toMatchObject({
      code: '106',
      message: expect.stringContaining('empty'),
    });
  });

  it('a CSV with an empty header row is 118', async () => {
    expect(
      (await dry('noheader.csv', '\r\nada@example.com,Ada\r\n', { format: 'csv' })).fileError,
    ).toMatchObject({ code: '118' });
  });

  it('truncated multi-line JSON is reported, with the rows before it', async () => {
    const text = asJsonArray(PEOPLE);
    const result = await dry('cut.json', text.slice(0, text.length - 40), {
      format: 'json',
      isMultiLineJson: true,
    });
    expect(result.fileError).toMatchObject({ code: 'JSON-TRUNCATED' });
    expect(result.rows.length).toBeGreaterThan(0);
  });

  it('a Parquet file with a corrupt footer is reported', async () => {
    const bytes = asParquet(PEOPLE);
    const broken = bytes.slice();
    // Overwrite the footer length (the 4 bytes before the trailing magic) with nonsense.
    broken.set([0xff, 0xff, 0xff, 0x7f], broken.length - 8);
    const result = await dry('broken.parquet', broken, { format: 'parquet' });
    expect(result.fileError?.code).toMatch(/^PARQUET-/);
    expect(result.rows).toEqual([]);
  });

  it('an unsupported charset makes the file unreadable instead of failing the call', async () => {
    expect((await dry('people.csv', asCsv(PEOPLE), { charset: 'ebcdic' })).fileError).toMatchObject({
      code: 'UNSUPPORTED-CHARSET',
      message: expect.stringContaining('ebcdic'),
    });
  });

  it('a readable file has no fileError', async () => {
    expect((await dry('people.csv', asCsv(PEOPLE))).fileError).toBeUndefined();
  });
});

describe('ingest-batch-errors', () => {
  it('pages by offset and limit, filters by code and carries the total', async () => {
    const { client } = await testEngine();
    const { dataset } = await crmSetup(client);
    // Rows 1–3 good; then 6 conversion errors (points not a number) and 2 corrupt (ragged) rows, interleaved.
    const extra: string[] = [];
    for (let i = 0; i < 8; i++)
      extra.push(
        i % 3 === 2 ? `r${i}@example.com,R,1980-01-01,1,too,many` : `c${i}@example.com,C,1980-01-01,abc${i}`,
      );
    const batch = await ingest(client, dataset.id, 'mixed.csv', asCsv(PEOPLE, extra), {
      partialIngestionPercent: 100,
    });
    expect(batch.status).toBe('success');
    const all = await client.call('ingest-batch-errors', { sandbox, batchId: batch.id });
    expect(all.length).toBe(8);
    expect(all.total).toBe(8);
    const corrupt = await client.call('ingest-batch-errors', {
      sandbox,
      batchId: batch.id,
      code: 'INGEST-1401-400',
    });
    expect(corrupt.map((d) => d.row)).toEqual([6, 9]);
    expect(corrupt.total).toBe(2);
    const conversionCode = all.find((d) => d.code !== 'INGEST-1401-400')?.code ?? '';
    const page = await client.call('ingest-batch-errors', {
      sandbox,
      batchId: batch.id,
      code: conversionCode,
      offset: 2,
      limit: 2,
    });
    expect(page.map((d) => d.row)).toEqual([7, 8]);
    expect(page.total).toBe(6);
    const none = await client.call('ingest-batch-errors', {
      sandbox,
      batchId: batch.id,
      code: 'NO-SUCH-CODE',
    });
    expect([none.length, none.total]).toEqual([0, 0]);
    await expect(
      client.call('ingest-batch-errors', { sandbox, batchId: batch.id, code: 5 as unknown as string }),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});
