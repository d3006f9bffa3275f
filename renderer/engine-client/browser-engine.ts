// Starts the engine inside a browser context (web Worker or the desktop's hidden engine window).
import { serveEngine, type Endpoint, type HandlerLookup, type HostKind } from '../../shared/contract';
import { createEngine, type Engine } from '../../shared/engine/engine';
import { randomIdFactory } from '../../shared/engine/ids';
import { consoleLogger } from './console-logger';
import { browserFileWorkers } from './file-threads';

declare const __APP_VERSION__: string;

interface BrowserScope {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
  crypto: Crypto;
}

/** Creates the engine over the scope's IndexedDB. */
export function startBrowserEngine(scope: BrowserScope, host: HostKind): Promise<Engine> {
  return createEngine({
    idb: { indexedDB: scope.indexedDB, IDBKeyRange: scope.IDBKeyRange },
    now: () => Date.now(),
    newId: randomIdFactory(scope.crypto),
    log: consoleLogger('engine'),
    host,
    version: __APP_VERSION__,
    fileWorkers: browserFileWorkers(
      () =>
        new Worker(new URL('./file-worker.ts', import.meta.url), {
          type: 'module',
          name: 'profile-stager-file',
        }),
    ),
  });
}

/**
 * Serves the engine on one endpoint once it is ready, announcing its health either way; `adapt` lets a
 * host translate arguments first (the desktop engine window turns file references into readers).
 */
export function serveWhenReady(
  ready: Promise<Engine>,
  endpoint: Endpoint,
  adapt: (handlers: HandlerLookup) => HandlerLookup = (handlers) => handlers,
): void {
  ready.then(
    (engine) => {
      serveEngine(endpoint, adapt(engine.handlers), engine.events);
      endpoint.send({ kind: 'event', event: 'engine-health', payload: { state: 'ready' } });
    },
    (error: unknown) => {
      endpoint.send({
        kind: 'event',
        event: 'engine-health',
        payload: { state: 'down', reason: String(error) },
      });
    },
  );
}
