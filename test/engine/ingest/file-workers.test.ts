// Files read on a file worker (a real worker_threads thread running file-worker.ts) store exactly what
// the engine's own thread stores, Profile answers the same, and a cancelled, crashed or unclonable
// file loses nothing.
import { openAsBlob } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EngineClient } from '../../../shared/contract';
import type { MappingEntry } from '../../../shared/contract/catalog-types';
import type { Engine } from '../../../shared/engine/engine';
import type { FileThread, FileWorkerHost } from '../../../shared/engine/ingest/file-protocol';
import { Worker } from 'node:worker_threads';
import { nodeFileThread, nodeFileWorkers } from '../../../electron/node/file-threads';
import { memoryLogger } from '../../../shared/util/logger';
import { testEngine } from '../helpers';
import { sandbox } from '../registry/builders';
import { profileAnswers, profileDatasets, ECID, WEB_EVENTS } from '../profile/world';
import { asJsonArray, asParquet, asRecords, blob, PEOPLE } from './builders';

const CLOCK = () => Date.UTC(2026, 0, 15, 9, 0, 0);
const engines: Engine[] = [];

afterAll(() => {
  for (const engine of engines) engine.close();
});

/** Node file workers from the first byte, recording each thread started. */
function workers(threads: FileThread[] = []): FileWorkerHost {
  const host = nodeFileWorkers(0);
  return {
    minBytes: 0,
    spawn: () => {
      const thread = host.spawn();
      threads.push(thread);
      return thread;
    },
  };
}

async function engineWith(fileWorkers?: FileWorkerHost) {
  const made = await testEngine(undefined, { now: CLOCK, ...(fileWorkers ? { fileWorkers } : {}) });
  engines.push(made.engine);
  return made;
}

/** Creates a batch of `format` (partial ingestion at 50 % when asked) and leaves it loading. */
function createBatch(
  client: EngineClient,
  datasetId: string,
  format: string,
  extra: { partialIngestionPercent?: number; isMultiLineJson?: boolean; mapping?: MappingEntry[] } = {},
) {
  return client.call('ingest-batch-create', {
    sandbox,
    datasetId,
    inputFormat: { format, isMultiLineJson: extra.isMultiLineJson === true },
    ...(extra.partialIngestionPercent !== undefined
      ? { partialIngestionPercent: extra.partialIngestionPercent }
      : {}),
    ...(extra.mapping ? { mapping: extra.mapping } : {}),
  });
}

/** Adds one file to a new batch and completes it; gives the batch id. */
async function ingestOne(
  client: EngineClient,
  datasetId: string,
  format: string,
  file: { name: string; file: Blob; charset?: string },
  extra: Parameters<typeof createBatch>[3] = {},
): Promise<string> {
  const batch = await createBatch(client, datasetId, format, extra);
  await client.call('ingest-batch-add-file', { sandbox, batchId: batch.id, ...file });
  await client.call('ingest-batch-complete', { sandbox, batchId: batch.id });
  return batch.id;
}

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

const CRM_ROWS =
  'personalEmail.address,mobilePhone.number,person.name.firstName,person.birthDate\r\n' +
  'ada@example.com,+31611111111,Ada,1985-12-10\r\n' +
  'li@example.com,+31622222222,Li,1979-06-01\r\n' +
  'bad@example.com,+31633333333,"Quoted, with comma",not-a-date\r\n' +
  ',+31644444444,NoEmail,1990-01-01\r\n' +
  'zoe@example.com,+31655555555,"Zoë ""Z""\nsecond line",1990-01-31\r\n';

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

/** What a batch left in the database: its view, its pages as stored and its diagnostics. */
async function stored(engine: Engine, client: EngineClient, batchIds: string[]) {
  const db = await engine.sandboxes.db(sandbox);
  const out = [];
  for (const batchId of batchIds) {
    const pages = await db.table('batchPages').where('batchId').equals(batchId).sortBy('id');
    const errors = await db.table('batchErrors').where('batchId').equals(batchId).sortBy('id');
    out.push({
      view: await client.call('ingest-batch-show', { sandbox, batchId }),
      pages: pages.map(({ id: _id, ...page }: { id: number }) => page),
      errors: errors.map(({ id: _id, ...page }: { id: number }) => page),
    });
  }
  return out;
}

/**
 * Ingests CRM_ROWS as each named CSV (one batch each) into an engine on `fileWorkers` and into one
 * without, and checks both stored the same; gives the engine's log.
 */
async function expectSameAsInThread(fileWorkers: FileWorkerHost, names: string[]) {
  const log = memoryLogger();
  const inThread = await engineWith();
  const made = await testEngine(undefined, { now: CLOCK, fileWorkers, log });
  engines.push(made.engine);
  const ids = [];
  for (const { client } of [inThread, made]) {
    const { crm } = await profileDatasets(client);
    const batchIds = [];
    for (const name of names)
      batchIds.push(
        await ingestOne(
          client,
          crm.id,
          'csv',
          { name, file: blob(CRM_ROWS) },
          { partialIngestionPercent: 50 },
        ),
      );
    ids.push(batchIds);
  }
  expect(await stored(made.engine, made.client, ids[1] ?? [])).toEqual(
    await stored(inThread.engine, inThread.client, ids[0] ?? []),
  );
  return log;
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

  it('a file cancelled on the worker aborts its batch and keeps no page', async () => {
    const { engine, client } = await engineWith(workers());
    const { loyalty } = await profileDatasets(client);
    const batch = await createBatch(client, loyalty.id, 'json');
    const line = JSON.stringify(asRecords(PEOPLE)[0]);
    const content = `${line}\n`.repeat(60_000);
    let isCancelled = false;
    const off = client.on('ingest-progress', () => {
      if (isCancelled) return;
      isCancelled = true;
      void client.call('ingest-batch-cancel', { sandbox, batchId: batch.id });
    });
    await expect(
      client.call('ingest-batch-add-file', {
        sandbox,
        batchId: batch.id,
        name: 'big.jsonl',
        file: blob(content),
      }),
    ).rejects.toMatchObject({ code: 'cancelled' });
    off();
    expect(isCancelled).toBe(true);
    const view = await client.call('ingest-batch-show', { sandbox, batchId: batch.id });
    expect(view.status).toBe('aborted');
    const db = await engine.sandboxes.db(sandbox);
    expect(await db.table('batchPages').where('batchId').equals(batch.id).count()).toBe(0);
    expect(await db.table('batchErrors').where('batchId').equals(batch.id).count()).toBe(0);
  });

  it('a worker that dies mid-file fails its batch with a clear reason and keeps no page; the next file gets a new thread', async () => {
    const threads: FileThread[] = [];
    const host = workers(threads);
    let isKilled = false;
    const { engine, client } = await engineWith({
      minBytes: 0,
      spawn: () => {
        const thread = host.spawn();
        // The first thread is stopped after it handed over its first page.
        const listen = thread.listen.bind(thread);
        thread.listen = (handler) =>
          listen((message) => {
            handler(message);
            if (message.type === 'page' && !isKilled && threads.length === 1) {
              isKilled = true;
              thread.terminate();
            }
          });
        return thread;
      },
    });
    const { loyalty } = await profileDatasets(client);
    const batch = await createBatch(client, loyalty.id, 'json');
    const line = JSON.stringify(asRecords(PEOPLE)[0]);
    await expect(
      client.call('ingest-batch-add-file', {
        sandbox,
        batchId: batch.id,
        name: 'big.jsonl',
        file: blob(`${line}\n`.repeat(20_000)),
      }),
    ).rejects.toThrow(
      /^Reading big\.jsonl failed: the file worker stopped \(exit code \d+\); nothing of this batch was kept, so ingest the file again in a new batch$/,
    );
    expect(isKilled).toBe(true);
    const view = await client.call('ingest-batch-show', { sandbox, batchId: batch.id });
    expect(view.status).toBe('failed');
    const db = await engine.sandboxes.db(sandbox);
    expect(await db.table('batchPages').where('batchId').equals(batch.id).count()).toBe(0);

    const next = await ingestOne(client, loyalty.id, 'json', {
      name: 'again.jsonl',
      file: blob(`${line}\n`.repeat(3)),
    });
    expect((await client.call('ingest-batch-show', { sandbox, batchId: next })).status).toBe('success');
    expect(threads).toHaveLength(2);
  });

  it('a worker that cannot start: the file is read on the engine thread, a warning says why, and later files do not try again', async () => {
    let spawned = 0;
    const broken: FileWorkerHost = {
      minBytes: 0,
      spawn: () => {
        spawned++;
        return nodeFileThread(
          new Worker('throw new Error("the file worker script is missing")', { eval: true }),
        );
      },
    };
    const log = await expectSameAsInThread(broken, ['a.csv', 'b.csv']);
    expect(spawned).toBe(1);
    expect(log.entries).toContainEqual(
      expect.objectContaining({
        level: 'warn',
        message: 'file workers cannot start here; files are read on the engine thread',
      }),
    );
  });

  it('a kept thread that dies as its next file starts: that file is read on the engine thread, and workers stay on', async () => {
    const threads: FileThread[] = [];
    const host = workers(threads);
    let starts = 0;
    const flaky: FileWorkerHost = {
      minBytes: 0,
      spawn: () => {
        const thread = host.spawn();
        const post = thread.post.bind(thread);
        // The second job on the first thread: the thread is stopped instead of being sent the job, so
        // it dies without a word.
        thread.post = (message, transfer) => {
          if (message.type === 'start' && ++starts === 2) thread.terminate();
          else post(message, transfer);
        };
        return thread;
      },
    };
    const log = await expectSameAsInThread(flaky, ['a.csv', 'b.csv', 'c.csv']);
    // a.csv on the first thread, b.csv in-thread after it died, c.csv on a new thread.
    expect(threads).toHaveLength(2);
    expect(starts).toBe(3);
    expect(log.entries.map((e) => e.message)).toEqual([
      'a file worker stopped before reading; this file is read on the engine thread',
    ]);
  });
});
