// The engine's side of file workers: a small pool of threads, and the run of one file on one of them.
// The engine's thread answers the worker's byte reads from the file and stores the pages it sends,
// in the order sent; the run settles only once no page store is in flight, so a failed or cancelled
// file's pages can be dropped right after.
import { EngineError } from '../../contract/errors';
import type { BlobLike } from '../../formats/blob-byte-source';
import type { ByteSource } from '../../formats/byte-source';
import type { AbortSignalLike } from '../../formats/types';
import type { FileProgress, FileThread, FileWorkerHost, FileWorkSpec, PageRecord } from './file-protocol';
import type { FileResult } from './process-file';

/** Idle threads are kept this long for the next file, then stopped. */
const IDLE_MS = 30_000;

/**
 * A file worker died before it said anything (its script did not load, the host cannot start one):
 * nothing of the file was handed over, so the file can be read on the engine's thread instead.
 */
export class FileWorkerUnavailable extends Error {
  constructor(
    readonly reason: string,
    /** A new thread never spoke (the host cannot run file workers): the pool is off from now on. */
    readonly isPoolOff: boolean,
  ) {
    super(`no file worker could start (${reason})`);
    this.name = 'FileWorkerUnavailable';
  }
}

export class FileWorkerPool {
  private readonly idle: { thread: FileThread; timer: ReturnType<typeof setTimeout> }[] = [];
  /** Set once a worker could not start: every later file is read on the engine's thread. */
  private unavailable: string | undefined;

  constructor(private readonly host: FileWorkerHost) {}

  /** Whether a file of this size is read on a worker. */
  isWorthIt(bytes: number): boolean {
    return this.unavailable === undefined && bytes >= this.host.minBytes;
  }

  /**
   * Runs one file on a worker: `file` is handed over when it can be cloned, else the worker reads it
   * through `source` on this thread. `store` adds a page and gives its key; `onProgress` gets the worker's
   * progress; setting `signal.aborted` cancels the file at the worker's next page.
   */
  async run(
    spec: FileWorkSpec,
    file: BlobLike,
    source: ByteSource,
    handlers: {
      store(table: 'batchPages' | 'batchErrors', page: PageRecord): Promise<unknown>;
      onProgress(progress: FileProgress): void;
      signal: AbortSignalLike;
    },
  ): Promise<FileResult> {
    const { thread, isNew } = this.take();
    thread.hold(true);
    let isDead = false;
    try {
      return await new Promise<FileResult>((resolve, reject) => {
        const stores = new Set<Promise<unknown>>();
        let isCancelSent = false;
        let isSettled = false;
        let isHeard = false;
        // Settles once every page store started has finished, whatever the outcome.
        const finish = (outcome: () => void) => {
          if (isSettled) return;
          isSettled = true;
          void Promise.allSettled([...stores]).then(outcome);
        };
        const forwardCancel = () => {
          if (handlers.signal.aborted && !isCancelSent) {
            isCancelSent = true;
            thread.post({ type: 'cancel' });
          }
        };
        thread.onExit((reason) => {
          isDead = true;
          if (!isHeard) {
            // Only a new thread's silence means the host cannot run them; a kept one may just have died.
            if (isNew) this.unavailable = reason;
            finish(() => reject(new FileWorkerUnavailable(reason, isNew)));
            return;
          }
          finish(() =>
            reject(
              new Error(
                `the file worker stopped (${reason}); nothing of this batch was kept, so ingest the file again in a new batch`,
              ),
            ),
          );
        });
        thread.listen((message) => {
          isHeard = true;
          if (isSettled) return;
          forwardCancel();
          switch (message.type) {
            case 'read':
              source.read(message.start, message.end).then(
                (bytes) => {
                  // A copy of its own to transfer: a source may hand out views of a buffer it keeps.
                  const copy = bytes.slice();
                  thread.post({ type: 'bytes', id: message.id, bytes: copy.buffer }, [copy.buffer]);
                },
                (error: unknown) =>
                  thread.post({ type: 'bytes-failed', id: message.id, message: messageOf(error) }),
              );
              return;
            case 'page': {
              const store = handlers.store(message.table, message.page).then(
                () => thread.post({ type: 'stored', seq: message.seq }),
                (error: unknown) =>
                  thread.post({ type: 'store-failed', seq: message.seq, message: messageOf(error) }),
              );
              stores.add(store);
              void store.then(() => stores.delete(store));
              return;
            }
            case 'progress':
              handlers.onProgress(message.progress);
              return;
            case 'done':
              finish(() => resolve(message.result));
              return;
            case 'failed':
              finish(() =>
                reject(
                  message.code ? new EngineError(message.code, message.message) : new Error(message.message),
                ),
              );
              return;
          }
        });
        // Only a real Blob is handed over (a BlobLike of ours, such as a desktop file's reader, would
        // arrive without its methods); one that cannot be cloned (node file-backed) is read through us.
        let isHandedOver = false;
        if (typeof Blob !== 'undefined' && file instanceof Blob) {
          try {
            thread.post({ type: 'start', spec: { ...spec, file } });
            isHandedOver = true;
          } catch {
            isHandedOver = false;
          }
        }
        if (!isHandedOver) thread.post({ type: 'start', spec });
      });
    } finally {
      if (isDead) thread.terminate();
      else this.give(thread);
    }
  }

  /** Stops the idle threads. */
  close(): void {
    for (const { thread, timer } of this.idle.splice(0)) {
      clearTimeout(timer);
      thread.terminate();
    }
  }

  private take(): { thread: FileThread; isNew: boolean } {
    const kept = this.idle.pop();
    if (!kept) return { thread: this.host.spawn(), isNew: true };
    clearTimeout(kept.timer);
    return { thread: kept.thread, isNew: false };
  }

  private give(thread: FileThread): void {
    const entry: { thread: FileThread; timer: ReturnType<typeof setTimeout> } = {
      thread,
      timer: setTimeout(() => {
        const at = this.idle.indexOf(entry);
        if (at >= 0) this.idle.splice(at, 1);
        thread.terminate();
      }, IDLE_MS),
    };
    // A timer must not keep a node process alive (a CLI command ends when its work does).
    (entry.timer as { unref?: () => void }).unref?.();
    thread.hold(false);
    thread.listen(() => {});
    thread.onExit(() => {
      const at = this.idle.indexOf(entry);
      if (at >= 0) this.idle.splice(at, 1);
      clearTimeout(entry.timer);
    });
    this.idle.push(entry);
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
