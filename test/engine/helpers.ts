// Test builders: a fresh engine on its own fake-indexeddb, a fixed clock and sequential ids.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createEngine, type Engine } from '../../shared/engine/engine';
import { sequentialIds, steppingClock } from '../../shared/engine/ids';
import { silentLogger, type Logger } from '../../shared/util/logger';
import type { IndexedDbProvider } from '../../shared/db/open';
import type { SnapshotLimits } from '../../shared/engine/sandbox/snapshot-read';
import type { StreamingJournal } from '../../shared/engine/streaming/journal';
import type { FileWorkerHost } from '../../shared/engine/ingest/file-protocol';
import { createEngineClient, inProcessPair, serveEngine, type EngineClient } from '../../shared/contract';

/** A fresh, empty IndexedDB for one test. */
export function freshIdb(): IndexedDbProvider {
  return { indexedDB: new IDBFactory(), IDBKeyRange };
}

export interface TestEngine {
  engine: Engine;
  client: EngineClient;
  idb: IndexedDbProvider;
}

/** Engine plus an in-process client, the way the node host wires them. */
export async function testEngine(
  idb: IndexedDbProvider = freshIdb(),
  options: {
    snapshotLimits?: SnapshotLimits;
    streamingJournal?: StreamingJournal;
    fileWorkers?: FileWorkerHost;
    now?: () => number;
    log?: Logger;
  } = {},
): Promise<TestEngine> {
  const engine = await createEngine({
    idb,
    now: steppingClock(Date.UTC(2026, 0, 15, 9, 0, 0), 1000),
    newId: sequentialIds('id'),
    log: silentLogger,
    host: 'node',
    version: '0.0.0-test',
    ...options,
  });
  const [serverSide, clientSide] = inProcessPair();
  serveEngine(serverSide, engine.handlers, engine.events);
  return { engine, client: createEngineClient(clientSide), idb };
}
