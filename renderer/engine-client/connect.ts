// Connects the UI to the engine of whichever host runs it: the desktop preload or a web Worker.
import {
  createEngineClient,
  messagePortEndpoint,
  type EngineClient,
  type HostKind,
  type PortLike,
} from '../../shared/contract';
import { deserializeError } from '../../shared/contract/errors';
import type { DesktopApi } from '../../shared/contract/desktop-api';
import { toWireArgs } from './desktop-files';

declare global {
  interface Window {
    profileStager?: DesktopApi;
  }
}

export interface EngineConnection {
  client: EngineClient;
  host: HostKind;
}

/** Desktop: wrap the preload's object. Web: start the engine Worker and talk over its port. */
export function connectEngine(): EngineConnection {
  const desktop = window.profileStager;
  if (desktop) return { client: desktopEngineClient(desktop), host: 'desktop' };
  const worker = new Worker(new URL('./web-worker.ts', import.meta.url), {
    type: 'module',
    name: 'profile-stager-engine',
  });
  const endpoint = messagePortEndpoint(worker as unknown as PortLike);
  return { client: createEngineClient(endpoint), host: 'web' };
}

/** The engine client over the desktop preload: chosen files cross as plain references, errors as EngineErrors. */
export function desktopEngineClient(desktop: Pick<DesktopApi, 'call' | 'on'>): EngineClient {
  return {
    call: (method, args) =>
      desktop.call(method, toWireArgs(args)).catch((error: unknown) => {
        throw deserializeError(error);
      }),
    on: (event, listener) => desktop.on(event, listener),
    close: () => {},
    isClosed: false,
  };
}
