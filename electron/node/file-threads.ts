// File workers in the node host (CLI, `serve`, benchmarks): `worker_threads` running file-worker.ts.
// Built, the CLI bundle has file-worker.js beside it; from source (tsx, vitest) the worker starts at
// file-worker-source.mjs, which loads the TypeScript entry through tsx.
import { Worker } from 'node:worker_threads';
import type { FileThread, FileWorkerHost, FromFileWorker } from '../../shared/engine/ingest/file-protocol';

/** Files from this size up are read on a file worker (4 MiB: a few pages, well past a thread's start). */
export const NODE_FILE_WORKER_MIN_BYTES = 4 * 1024 * 1024;

export function nodeFileWorkers(minBytes = NODE_FILE_WORKER_MIN_BYTES): FileWorkerHost {
  const isSource = import.meta.url.endsWith('.ts');
  // A name in a variable, so the bundler leaves the URL to be resolved beside the bundle at run time.
  const entry = isSource ? './file-worker-source.mjs' : './file-worker.js';
  const url = new URL(entry, import.meta.url);
  return {
    minBytes,
    spawn: () => nodeFileThread(new Worker(url)),
  };
}

/** The engine's side of a `worker_threads` Worker running a file worker entry. */
export function nodeFileThread(worker: Worker): FileThread {
  let onExit: (reason: string) => void = () => {};
  let handler: (message: FromFileWorker) => void = () => {};
  worker.on('message', (message: FromFileWorker) => handler(message));
  worker.on('error', (error) => onExit(error.message));
  worker.on('exit', (code) => onExit(`exit code ${code}`));
  worker.on('messageerror', () => onExit('a message could not be read'));
  return {
    post: (message, transfer) => worker.postMessage(message, transfer ?? []),
    listen: (next) => {
      handler = next;
    },
    onExit: (next) => {
      onExit = next;
    },
    hold: (isHeld) => (isHeld ? worker.ref() : worker.unref()),
    terminate: () => void worker.terminate(),
  };
}
