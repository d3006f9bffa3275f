// Files read on a file worker (a real worker_threads thread running file-worker.ts) store exactly what
// the engine's own thread stores and Profile answers the same, whatever the file and however it
// reaches the worker. Failures: file-worker-failures.test.ts.
import { openAsBlob } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../../../shared/contract';
import type { MappingEntry } from '../../../shared/contract/catalog-types';
import type { FileThread } from '../../../shared/engine/ingest/file-protocol';
import { sandbox } from '../registry/builders';
import { profileAnswers, profileDatasets, ECID, WEB_EVENTS } from '../profile/world';
import { asJsonArray, asParquet, asRecords, blob, PEOPLE } from './builders';
import { createBatch, CRM_ROWS, engineWith, ingestOne, stored, workers } from './file-worker-harness';

interface FileSpec {
  datasetKey: 'crm' | 'loyalty' | 'web';
  name: string;
  content: string | Uint8Array;
  format: 'csv' | 'json' | 'parquet';
  isMultiLineJson?: boolean;
  charset?: string;
  partialIngestionPercent?: number;
  mapping?: MappingEntry[];
}

/** Windows-1252 bytes of a CSV (ë is 0xEB), which a UTF-8 reading would garble. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => (c === 'ë' ? 0xeb : c.charCodeAt(0))));
}

const FILES: FileSpec[] = [
  { datasetKey: 'crm', name: 'crm.csv', content: CRM_ROWS, format: 'csv', partialIngestionPercent: 50 },
  {
    datasetKey: 'crm',
    name: 'mapped.csv',
    content:
      'Email,Phone,First\r\nmia@example.com,+31677777777,Mia\r\nnoor@example.com,+31688888888,Noor\r\n',
    format: 'csv',
    mapping: [
      { sourceAttribute: 'Email', destinationXdmPath: 'personalEmail.address' },
      { sourceAttribute: 'Phone', destinationXdmPath: 'mobilePhone.number' },
      { sourceAttribute: 'First', destinationXdmPath: 'person.name.firstName' },
    ],
  },
  {
    datasetKey: 'crm',
    name: 'zoe-1252.csv',
    content: windows1252(
      'personalEmail.address,mobilePhone.number,person.name.firstName\r\nzoe@example.com,+31699999999,Zoë\r\n',
    ),
    format: 'csv',
    charset: 'windows-1252',
  },
  {
    datasetKey: 'loyalty',
    name: 'loyalty.jsonl',
    content:
      asRecords(PEOPLE)
        .map((r) => JSON.stringify(r))
        .join('\n') +
      '\n{"personalEmail": {"address": "broken@example.com"\n' +
      '{"personalEmail":{"address":"ada@example.com"},"loyalty":{"points":"12"}}\r\n',
    format: 'json',
    partialIngestionPercent: 50,
  },
  {
    datasetKey: 'loyalty',
    name: 'people.json',
    content: asJsonArray(PEOPLE),
    format: 'json',
    isMultiLineJson: true,
  },
  { datasetKey: 'loyalty', name: 'people.parquet', content: asParquet(PEOPLE), format: 'parquet' },
  {
    datasetKey: 'web',
    name: 'web.jsonl',
    content: `${WEB_EVENTS}\n{"_id":"e4","timestamp":"2099-01-01T00:00:00Z","eventType":"x","identityMap":{"ECID":[{"id":"${ECID}","primary":true}]}}\n`,
    format: 'json',
    partialIngestionPercent: 50,
  },
];

async function ingestAll(client: EngineClient) {
  const datasets = await profileDatasets(client);
  const batchIds: string[] = [];
  for (const file of FILES) {
    batchIds.push(
      await ingestOne(
        client,
        datasets[file.datasetKey].id,
        file.format,
        { name: file.name, file: blob(file.content), ...(file.charset ? { charset: file.charset } : {}) },
        file,
      ),
    );
  }
  return batchIds;
}

const IDENTITIES = [
  ['Email', 'ada@example.com'],
  ['Email', 'zoe@example.com'],
  ['Email', 'mia@example.com'],
  ['ECID', ECID],
] as const;

describe('file workers', () => {
  it('store the same pages, diagnostics and batch views as the engine thread, and Profile answers the same', async () => {
    const inThread = await engineWith();
    const threads: FileThread[] = [];
    const onWorker = await engineWith(workers(threads));
    const ids = await ingestAll(inThread.client);
    expect(await ingestAll(onWorker.client)).toEqual(ids);

    const expected = await stored(inThread.engine, inThread.client, ids);
    const actual = await stored(onWorker.engine, onWorker.client, ids);
    expect(actual).toEqual(expected);
    // The files are awkward on purpose: rows failed, a charset was decoded, events carry an index.
    expect(expected.map((b) => b.view.status)).toEqual(FILES.map(() => 'success'));
    expect(expected.some((b) => b.errors.length > 0)).toBe(true);
    expect(expected.at(-1)?.pages[0]).toHaveProperty('ix');
    expect(JSON.stringify(expected[2]?.pages)).toContain('Zoë');

    expect(await profileAnswers(onWorker.client, IDENTITIES, ids)).toEqual(
      await profileAnswers(inThread.client, IDENTITIES, ids),
    );
    // One thread read every file, one after another.
    expect(threads).toHaveLength(1);
  });

  it('read file-backed Blobs (which cannot cross threads) through the engine thread, CSV and Parquet', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ps-file-worker-'));
    try {
      const files = [
        { name: 'crm.csv', content: CRM_ROWS, format: 'csv', datasetKey: 'crm' },
        { name: 'people.parquet', content: asParquet(PEOPLE), format: 'parquet', datasetKey: 'loyalty' },
      ] as const;
      for (const file of files) await writeFile(join(dir, file.name), file.content);
      const results = [];
      for (const made of [await engineWith(), await engineWith(workers())]) {
        const datasets = await profileDatasets(made.client);
        const ids = [];
        for (const file of files) {
          const blobFile = await openAsBlob(join(dir, file.name));
          ids.push(
            await ingestOne(
              made.client,
              datasets[file.datasetKey].id,
              file.format,
              { name: file.name, file: blobFile },
              { partialIngestionPercent: 50 },
            ),
          );
        }
        results.push(await stored(made.engine, made.client, ids));
      }
      expect(results[1]).toEqual(results[0]);
      expect(results[0]?.map((b) => [b.view.status, b.pages.length > 0])).toEqual([
        ['success', true],
        ['success', true],
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('read a BlobLike that is not a Blob (as a desktop file reference becomes) through the engine thread', async () => {
    // Data on the instance, methods on the prototype: a structured clone would keep `size` and lose
    // `slice`, so such a file must never be handed to the worker.
    class RangeReader {
      readonly size: number;
      constructor(private readonly bytes: Uint8Array) {
        this.size = bytes.byteLength;
      }
      slice(start = 0, end = this.size) {
        const part = this.bytes.slice(start, end);
        return { arrayBuffer: () => Promise.resolve(part.buffer) };
      }
    }
    const results = [];
    for (const made of [await engineWith(), await engineWith(workers())]) {
      const { crm } = await profileDatasets(made.client);
      const batch = await createBatch(made.client, crm.id, 'csv', { partialIngestionPercent: 50 });
      // Straight to the engine, as the desktop engine window's handlers pass it (no transport between).
      await made.engine.batches.addFile(sandbox, batch.id, {
        name: 'crm.csv',
        file: new RangeReader(new TextEncoder().encode(CRM_ROWS)),
      });
      await made.client.call('ingest-batch-complete', { sandbox, batchId: batch.id });
      results.push(await stored(made.engine, made.client, [batch.id]));
    }
    expect(results[1]).toEqual(results[0]);
    expect(results[0]?.[0]?.view.status).toBe('success');
  });
});
