// The node host: the engine in-process over fake-indexeddb, optionally loaded from and saved to a
// snapshot file. Used by the CLI and `profile-stager serve`.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createEngineClient, EngineError, inProcessPair, serveEngine, type EngineClient } from '../../shared/contract';
import { createEngine, type Engine } from '../../shared/engine/engine';
import type { Logger } from '../../shared/util/logger';
import { writeFileAtomic } from './atomic-write';

export interface NodeEngineOptions {
  snapshotPath?: string;
  version: string;
  log: Logger;
  now?: () => number;
  newId?: () => string;
}

export interface NodeEngine {
  engine: Engine;
  client: EngineClient;
  /** Writes every sandbox back to the snapshot file (atomically). */
  save(path?: string): Promise<void>;
  close(): void;
}

/** Starts an engine in this process; loads the snapshot file first when it exists. */
export async function startNodeEngine(options: NodeEngineOptions): Promise<NodeEngine> {
  const engine = await createEngine({
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

  return {
    engine,
    client,
    async save(path = options.snapshotPath) {
      if (!path) throw new EngineError('invalid-argument', 'No snapshot file to save to; pass --snapshot FILE.');
      const bytes = await client.call('sandbox-export', {});
      await writeFileAtomic(path, bytes);
    },
    close() {
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
