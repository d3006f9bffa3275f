// The engine a benchmark drives: the host's IndexedDB (the browser's in the web host, fake-indexeddb in
// node), a fresh sandbox, and a typed call into the engine's handlers.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createEngine, type Engine } from '../../shared/engine/engine';
import { sequentialIds } from '../../shared/engine/ids';
import { silentLogger } from '../../shared/util/logger';
import { browserFileWorkers } from '../../renderer/engine-client/file-threads';
import type { BenchContext } from './types';

export interface BenchEngine {
  engine: Engine;
  sandbox: string;
  /** Calls an engine method on the bench sandbox. */
  call<T>(name: string, args: object): Promise<T>;
}

/** A new engine with one new sandbox; `idPrefix` keeps ids of separate runs apart. */
export async function benchEngine(
  ctx: BenchContext,
  idPrefix: string,
  now: () => number = () => Date.now(),
): Promise<BenchEngine> {
  const idb =
    ctx.host === 'web'
      ? { indexedDB: self.indexedDB, IDBKeyRange: self.IDBKeyRange }
      : { indexedDB: new IDBFactory(), IDBKeyRange };
  // `--file-workers off` reads every file on the engine's thread (to compare with the second thread).
  const isFileWorkers = ctx.args['file-workers'] !== 'off';
  const fileWorkers = !isFileWorkers
    ? undefined
    : ctx.host === 'web'
      ? browserFileWorkers(
          () =>
            new Worker(new URL('../../renderer/engine-client/file-worker.ts', import.meta.url), {
              type: 'module',
            }),
        )
      : (await import('../../electron/node/file-threads')).nodeFileWorkers();
  const engine = await createEngine({
    ...(fileWorkers ? { fileWorkers } : {}),
    idb,
    now,
    newId: sequentialIds(`${idPrefix}${Date.now().toString(36)}`),
    log: silentLogger,
    host: ctx.host,
    version: 'bench',
  });
  const sandbox = `bench-${Date.now().toString(36)}`;
  await engine.sandboxes.create(sandbox);
  const call = <T>(name: string, args: object) =>
    (engine.handlers.get(name) as (a: object) => Promise<T>)({ sandbox, ...args });
  return { engine, sandbox, call };
}
