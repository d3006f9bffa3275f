// The file worker's side: runs processFile on one file at a time for the engine, with the file's bytes
// and the page store on the engine's side of the channel (see file-protocol.ts). Each host's worker
// entry wires its thread's messages to `serveFileWork`.
import { EngineError } from '../../contract/errors';
import { blobByteSource } from '../../formats/blob-byte-source';
import type { ByteSource } from '../../formats/byte-source';
import { createXdmValidatorCache } from '../../xdm/validate';
import { eventIndexWriter } from '../profile/event-index';
import type { FileChannel, FileWorkSpec, FromFileWorker, PageRecord, ToFileWorker } from './file-protocol';
import type { StoredDiagnostic, StoredRow } from './pages';
import { PageWriter, WORKER_WRITES_IN_FLIGHT, type PageTarget } from './page-writer';
import { processFile } from './process-file';

type Waiter<T> = { resolve(value: T): void; reject(error: Error): void };

/** Serves file jobs on a worker thread until it is terminated. */
export function serveFileWork(channel: FileChannel<ToFileWorker, FromFileWorker>): void {
  // Validators compiled here, kept for the next file of the same schema version. Their clock is the
  // current job's start time (the engine's clock, sent with each job).
  const validators = createXdmValidatorCache(4);
  let jobNow = 0;
  let job:
    | {
        signal: { aborted: boolean };
        reads: Map<number, Waiter<Uint8Array>>;
        stores: Map<number, Waiter<void>>;
      }
    | undefined;
  let nextId = 0;

  const run = async (spec: FileWorkSpec): Promise<void> => {
    const current = { signal: { aborted: false }, reads: new Map(), stores: new Map() } as NonNullable<
      typeof job
    >;
    job = current;
    jobNow = spec.validator.nowMs;
    const ask = (start: number, end: number) =>
      new Promise<Uint8Array>((resolve, reject) => {
        const id = ++nextId;
        current.reads.set(id, { resolve, reject });
        channel.post({ type: 'read', id, start, end });
      });
    const source = spec.file ? blobByteSource(spec.file, spec.name) : readingAhead(spec.name, spec.size, ask);
    const target: PageTarget = {
      table: (table) => ({
        add: (page) =>
          new Promise<void>((resolve, reject) => {
            const seq = ++nextId;
            current.stores.set(seq, { resolve, reject });
            const record = page as PageRecord;
            // An event index's numbers move to the engine's thread instead of being copied.
            channel.post(
              { type: 'page', seq, table, page: record },
              record.ix ? [record.ix.e.buffer as ArrayBuffer] : undefined,
            );
          }),
      }),
    };
    const { nowMs: _nowMs, ...options } = spec.validator;
    const validator = validators.get({ ...options, now: () => jobNow });
    const rows = new PageWriter<StoredRow>(target, 'batchPages', spec.batchId, WORKER_WRITES_IN_FLIGHT);
    if (spec.index) rows.index = eventIndexWriter(spec.index);
    const diagnostics = new PageWriter<StoredDiagnostic>(
      target,
      'batchErrors',
      spec.batchId,
      WORKER_WRITES_IN_FLIGHT,
    );
    try {
      const result = await processFile({
        source,
        fileIndex: spec.fileIndex,
        format: spec.format,
        isMultiLineJson: spec.isMultiLineJson,
        ...(spec.charset ? { charset: spec.charset } : {}),
        ...(spec.delimiter ? { delimiter: spec.delimiter } : {}),
        ...(spec.mapping ? { mapping: spec.mapping } : {}),
        fields: spec.fields,
        validator,
        rows,
        diagnostics,
        signal: current.signal,
        onProgress: (progress) => channel.post({ type: 'progress', progress }),
      });
      await rows.close();
      await diagnostics.close();
      channel.post({ type: 'done', result });
    } catch (error) {
      // Pages already handed over are the engine's to drop; wait until none is in flight.
      await rows.settle();
      await diagnostics.settle();
      channel.post({
        type: 'failed',
        message: error instanceof Error ? error.message : String(error),
        ...(error instanceof EngineError ? { code: error.code } : {}),
      });
    } finally {
      if (job === current) job = undefined;
    }
  };

  channel.listen((message) => {
    switch (message.type) {
      case 'start':
        // Anything thrown before the file is read (setting the job up) fails the job the same way.
        run(message.spec).catch((error: unknown) =>
          channel.post({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
        );
        return;
      case 'cancel':
        if (job) job.signal.aborted = true;
        return;
      case 'bytes':
        settle(job?.reads, message.id)?.resolve(new Uint8Array(message.bytes));
        return;
      case 'bytes-failed':
        settle(job?.reads, message.id)?.reject(new Error(message.message));
        return;
      case 'stored':
        settle(job?.stores, message.seq)?.resolve();
        return;
      case 'store-failed':
        settle(job?.stores, message.seq)?.reject(new Error(message.message));
        return;
    }
  });
}

/**
 * A source over the engine's reads that asks for the next range of the same length as soon as one is
 * asked for: the engine's thread answers between other work, and readers read forward.
 */
function readingAhead(
  name: string,
  size: number,
  ask: (start: number, end: number) => Promise<Uint8Array>,
): ByteSource {
  let ahead: { start: number; end: number; bytes: Promise<Uint8Array> } | undefined;
  return {
    name,
    size,
    read(start, end) {
      const bytes = ahead && ahead.start === start && ahead.end === end ? ahead.bytes : ask(start, end);
      ahead = undefined;
      const next = Math.min(size, end + (end - start));
      if (end < next) {
        ahead = { start: end, end: next, bytes: ask(end, next) };
        // A read ahead nobody takes (the reader stopped, or read elsewhere) must not be an unhandled rejection.
        ahead.bytes.catch(() => undefined);
      }
      return bytes;
    },
  };
}

function settle<T>(waiters: Map<number, Waiter<T>> | undefined, id: number): Waiter<T> | undefined {
  const waiter = waiters?.get(id);
  waiters?.delete(id);
  return waiter;
}
