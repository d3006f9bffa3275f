// What every engine domain receives from its host: storage, clock, ids, logging, events.
import type { HostKind } from '../contract/methods';
import type { IndexedDbProvider } from '../db/open';
import type { Logger } from '../util/logger';
import type { EventBus } from './events';
import type { FileWorkerHost } from './ingest/file-protocol';
import type { SnapshotLimits } from './sandbox/snapshot-read';
import type { StreamingJournal } from './streaming/journal';

export interface EngineDeps {
  /** IndexedDB implementation: the browser's in web/desktop, fake-indexeddb in node. */
  idb: IndexedDbProvider;
  /** Milliseconds since the epoch; injected so tests run on a fixed clock. */
  now(): number;
  /** A new unique id; injected so tests get sequential ids. */
  newId(): string;
  log: Logger;
  host: HostKind;
  version: string;
  /** Overrides for snapshot import limits (tests use small ones). */
  snapshotLimits?: SnapshotLimits;
  /** Where accepted streaming requests are made durable before the reply (node host: a file WAL). */
  streamingJournal?: StreamingJournal;
  /** How the host starts file workers (a second thread per big file); without it files are read in-thread. */
  fileWorkers?: FileWorkerHost;
}

/** Deps plus the engine's own event bus, as domains see them. */
export interface EngineContext extends EngineDeps {
  events: EventBus;
}
