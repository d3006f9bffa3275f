// A file on a file worker that is cancelled, whose worker dies, or whose worker cannot start loses
// nothing: its batch keeps no page, or the file is read on the engine's thread instead.
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { FileThread, FileWorkerHost } from '../../../shared/engine/ingest/file-protocol';
import { nodeFileThread } from '../../../electron/node/file-threads';
import { sandbox } from '../registry/builders';
import { profileDatasets } from '../profile/world';
import { asRecords, blob, PEOPLE } from './builders';
import { createBatch, engineWith, expectSameAsInThread, ingestOne, workers } from './file-worker-harness';

describe('file workers, when things go wrong', () => {
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
