// File workers in a browser context (the web host's engine Worker, the desktop's engine window): each
// is a module Web Worker running file-worker.ts.
import type { FileThread, FileWorkerHost } from '../../shared/engine/ingest/file-protocol';

/** Files from this size up are read on a file worker (4 MiB: a few pages, well past a thread's start). */
export const BROWSER_FILE_WORKER_MIN_BYTES = 4 * 1024 * 1024;

/** File workers made by `create` (a `new Worker(new URL(…), { type: 'module' })` the bundler can see). */
export function browserFileWorkers(
  create: () => Worker,
  minBytes = BROWSER_FILE_WORKER_MIN_BYTES,
): FileWorkerHost {
  return { minBytes, spawn: () => browserFileThread(create()) };
}

function browserFileThread(worker: Worker): FileThread {
  let onExit: (reason: string) => void = () => {};
  worker.onerror = (event) => {
    event.preventDefault();
    onExit(event.message || 'an uncaught error');
  };
  worker.onmessageerror = () => onExit('a message could not be read');
  return {
    post: (message, transfer) => worker.postMessage(message, transfer ?? []),
    listen: (handler) => {
      worker.onmessage = (event: MessageEvent) => handler(event.data as Parameters<typeof handler>[0]);
    },
    onExit: (handler) => {
      onExit = handler;
    },
    hold: () => {},
    terminate: () => worker.terminate(),
  };
}

/** The file worker entry's side of a Web Worker (`self` in file-worker.ts). */
export function workerScopeChannel<In, Out>(scope: {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent) => void) | null;
}): { post(message: Out, transfer?: ArrayBuffer[]): void; listen(handler: (message: In) => void): void } {
  return {
    post: (message, transfer) => scope.postMessage(message, transfer ?? []),
    listen: (handler) => {
      scope.onmessage = (event) => handler(event.data as In);
    },
  };
}
