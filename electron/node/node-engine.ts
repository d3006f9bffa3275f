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
import { FileStreamingJournal, syncDir } from './streaming-wal';

export interface NodeEngineOptions {
  snapshotPath?: string;
  version: string;
  log: Logger;
  now?: () => number;
  newId?: () => string;
  /** Journal streaming requests next to the snapshot (default: whenever there is a snapshot path). */
  journal?: boolean;
}

export interface NodeEngine {
  engine: Engine;
  client: EngineClient;
  /** Writes every sandbox back to the snapshot file (atomically). */
  save(path?: string): Promise<void>;
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
  });
  const [serverSide, clientSide] = inProcessPair();
  const stop = serveEngine(serverSide, engine.handlers, engine.events);
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
  if (journal) {
    const entries = journal.load();
    if (entries.length > 0) {
      replayed = await engine.streaming.replay(entries);
      if (replayed.requests > 0 || replayed.skipped > 0)
        options.log.info('streaming WAL replayed', { snapshot: options.snapshotPath, ...replayed });
    }
  }

  return {
    engine,
    client,
    replayed,
    async save(path = options.snapshotPath) {
      if (!path)
        throw new EngineError('invalid-argument', 'No snapshot file to save to; pass --snapshot FILE.');
      if (!journal || path !== options.snapshotPath) {
        await writeFileAtomic(path, await client.call('sandbox-export', {}));
        return;
      }
      // Export with no streamed batch half-written; then drop from the WAL what the file now holds.
      const { cut, bytes } = await engine.streaming.paused(async () => {
        const cut = journal.checkpoint();
        return { cut, bytes: await client.call('sandbox-export', {}) };
      });
      await writeFileAtomic(path, bytes);
      syncDir(path); // the renamed snapshot must be on disk before the log loses what it holds
      await journal.compact(cut);
    },
    close() {
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
