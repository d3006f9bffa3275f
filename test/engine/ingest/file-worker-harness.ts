// What the file worker tests share: engines with and without real worker_threads file workers on a
// fixed clock, closed after each file's tests, batches of one file, and what a batch left stored.
import { afterAll, expect } from 'vitest';
import type { EngineClient } from '../../../shared/contract';
import type { MappingEntry } from '../../../shared/contract/catalog-types';
import type { Engine } from '../../../shared/engine/engine';
import type { FileThread, FileWorkerHost } from '../../../shared/engine/ingest/file-protocol';
import { nodeFileWorkers } from '../../../electron/node/file-threads';
import { memoryLogger } from '../../../shared/util/logger';
import { testEngine } from '../helpers';
import { sandbox } from '../registry/builders';
import { profileDatasets } from '../profile/world';
import { blob } from './builders';

export const CLOCK = () => Date.UTC(2026, 0, 15, 9, 0, 0);
export const engines: Engine[] = [];

afterAll(() => {
  for (const engine of engines.splice(0)) engine.close();
});

/** Node file workers from the first byte, recording each thread started. */
export function workers(threads: FileThread[] = []): FileWorkerHost {
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

export async function engineWith(fileWorkers?: FileWorkerHost) {
  const made = await testEngine(undefined, { now: CLOCK, ...(fileWorkers ? { fileWorkers } : {}) });
  engines.push(made.engine);
  return made;
}

/** Creates a batch of `format` (partial ingestion at 50 % when asked) and leaves it loading. */
export function createBatch(
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
export async function ingestOne(
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

export const CRM_ROWS =
  'personalEmail.address,mobilePhone.number,person.name.firstName,person.birthDate\r\n' +
  'ada@example.com,+31611111111,Ada,1985-12-10\r\n' +
  'li@example.com,+31622222222,Li,1979-06-01\r\n' +
  'bad@example.com,+31633333333,"Quoted, with comma",not-a-date\r\n' +
  ',+31644444444,NoEmail,1990-01-01\r\n' +
  'zoe@example.com,+31655555555,"Zoë ""Z""\nsecond line",1990-01-31\r\n';

/** What a batch left in the database: its view, its pages as stored and its diagnostics. */
export async function stored(engine: Engine, client: EngineClient, batchIds: string[]) {
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
export async function expectSameAsInThread(fileWorkers: FileWorkerHost, names: string[]) {
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
