// A browser file worker: reads, parses and validates one file at a time for the engine (file-work.ts).
import { serveFileWork } from '../../shared/engine/ingest/file-work';
import type { FromFileWorker, ToFileWorker } from '../../shared/engine/ingest/file-protocol';
import { workerScopeChannel } from './file-threads';

serveFileWork(
  workerScopeChannel<ToFileWorker, FromFileWorker>(
    self as unknown as Parameters<typeof workerScopeChannel>[0],
  ),
);
