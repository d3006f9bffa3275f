// The node host: the engine in-process over fake-indexeddb, optionally loaded from and saved to a
// snapshot file. Used by the CLI and `profile-stager serve`. With a snapshot file, accepted streaming
// requests also go to a write-ahead log next to it (streaming-wal.ts), replayed here on start and
// trimmed after each successful save.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import {
  createEngineClient,
  EngineError,
  inProcessPair,
  serveEngine,
  type EngineClient,
} from '../../shared/contract';
import { createEngine, type Engine } from '../../shared/engine/engine';
import type { Logger } from '../../shared/util/logger';
import { writeFileAtomic } from './atomic-write';
import { nodeFileWorkers } from './file-threads';
import { ChangeCounter } from './snapshot-saver';
import { FileStreamingJournal, syncDir } from './streaming-wal';

export interface NodeEngineOptions {
  snapshotPath?: string;
  version: string;
  log: Logger;
  now?: () => number;
  newId?: () => string;
  /** Journal streaming requests next to the snapshot (default: whenever there is a snapshot path). */
  journal?: boolean;
  /** Read big files on worker threads (default: on). */
  fileWorkers?: boolean;
}

export interface NodeEngine {
  engine: Engine;
  client: EngineClient;
  /**
   * Writes every sandbox back to the snapshot file (atomically) and trims the write-ahead log. Saves run
   * one at a time: a call during a save waits for it and then saves again.
   */
  save(path?: string): Promise<void>;
  /** True when data changed since the last save to the snapshot file, or start-up replayed a WAL. */
  isDirty(): boolean;
  /** What start-up replayed from the streaming WAL (zero without one). */
  replayed: { requests: number; messages: number; skipped: number };
  close(): void;
}

/** Starts an engine in this process; loads the snapshot file first when it exists. */
export async function startNodeEngine(options: NodeEngineOptions): Promise<NodeEngine> {
  const journal =
    options.snapshotPath && options.journal !== false
      ? new FileStreamingJournal(options.snapshotPath, options.log)
      : undefined;
  const engine = await createEngine({
    ...(journal ? { streamingJournal: journal } : {}),
    idb: { indexedDB: new IDBFactory(), IDBKeyRange },
    now: options.now ?? (() => Date.now()),
    newId: options.newId ?? (() => randomUUID().replaceAll('-', '')),
    log: options.log,
    host: 'node',
    version: options.version,
    ...(options.fileWorkers !== false ? { fileWorkers: nodeFileWorkers() } : {}),
  });
  const [serverSide, clientSide] = inProcessPair();
  const changes = new ChangeCounter();
  const stop = serveEngine(serverSide, changes.wrap(engine.handlers), engine.events);
  const unwatch = changes.watch(engine.events);
  const client = createEngineClient(clientSide);

  if (options.snapshotPath) {
    const bytes = await readIfExists(options.snapshotPath);
    if (bytes) {
      try {
        await client.call('sandbox-import', { bytes, replace: true });
      } catch (error) {
        if (error instanceof EngineError) {
          throw new EngineError(error.code, `Cannot load snapshot ${options.snapshotPath}: ${error.message}`);
        }
        throw error;
      }
    }
  }

  let replayed = { requests: 0, messages: 0, skipped: 0 };
  /** The change count the snapshot file holds (-1: not saved since start-up replayed a WAL). */
  let savedAt = changes.value;
  if (journal) {
    const entries = journal.load();
    if (entries.length > 0) {
      savedAt = -1; // the next save trims the log, even when the snapshot held every entry already
      replayed = await engine.streaming.replay(entries);
      if (replayed.requests > 0 || replayed.skipped > 0)
        options.log.info('streaming WAL replayed', { snapshot: options.snapshotPath, ...replayed });
    }
  }

  let saving: Promise<void> = Promise.resolve();
  const saveTo = async (path: string | undefined): Promise<void> => {
    if (!path)
      throw new EngineError('invalid-argument', 'No snapshot file to save to; pass --snapshot FILE.');
    const isOwnFile = path === options.snapshotPath;
    if (!journal || !isOwnFile) {
      const at = changes.value;
      await engine.streaming.persistLog();
      await writeFileAtomic(path, await client.call('sandbox-export', {}));
      if (isOwnFile) savedAt = at;
      return;
    }
    // Export with no streamed batch half-written; then drop from the WAL what the file now holds.
    const { cut, at, bytes } = await engine.streaming.paused(async () => {
      const cut = journal.checkpoint();
      const at = changes.value;
      await engine.streaming.persistLog(); // the inlet logs of the requests in `cut`, at least
      return { cut, at, bytes: await client.call('sandbox-export', {}) };
    });
    await writeFileAtomic(path, bytes);
    syncDir(path); // the renamed snapshot must be on disk before the log loses what it holds
    await journal.compact(cut);
    savedAt = at;
  };

  return {
    engine,
    client,
    replayed,
    isDirty: () => changes.value !== savedAt,
    save(path = options.snapshotPath) {
      const run = saving.then(() => saveTo(path));
      saving = run.catch(() => undefined);
      return run;
    },
    close() {
      unwatch();
      void journal?.close();
      client.close();
      stop();
      engine.close();
    },
  };
}

async function readIfExists(path: string): Promise<Uint8Array | undefined> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new EngineError('invalid-argument', `Cannot read snapshot ${path}: ${(error as Error).message}`);
  }
}
