// A node file worker (`worker_threads`): reads, parses and validates one file at a time for the engine.
import { parentPort } from 'node:worker_threads';
import { serveFileWork } from '../../shared/engine/ingest/file-work';
import type { FromFileWorker, ToFileWorker } from '../../shared/engine/ingest/file-protocol';

const port = parentPort;
if (!port) throw new Error('file-worker.ts runs as a worker thread of the engine.');
serveFileWork({
  post: (message: FromFileWorker, transfer?: ArrayBuffer[]) => port.postMessage(message, transfer ?? []),
  listen: (handler: (message: ToFileWorker) => void) => {
    port.removeAllListeners('message');
    port.on('message', handler);
  },
});
