// Preload of the UI window: exposes exactly one object, window.profileStager, typed by the contract.
// It holds the MessagePort to the engine; after an engine restart main sends a new one.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import {
  createEngineClient,
  messagePortEndpoint,
  type EngineClient,
  type EngineEvents,
  type EventName,
  type PortLike,
} from '../../shared/contract';
import type { DesktopApi, DesktopFileRef, LocalApiStatus } from '../../shared/contract/desktop-api';

let client: EngineClient | undefined;
const listeners = new Map<string, Set<(payload: unknown) => void>>();
const subscriptions: (() => void)[] = [];
const waiting: (() => void)[] = [];

function emit(event: string, payload: unknown): void {
  for (const listener of listeners.get(event) ?? []) listener(payload);
}

function adopt(port: MessagePort): void {
  for (const off of subscriptions.splice(0)) off();
  client?.close('replaced by a new engine connection');
  client = createEngineClient(messagePortEndpoint(port as unknown as PortLike));
  for (const event of ['sandbox-changed', 'engine-health'] as const) {
    subscriptions.push(client.on(event, (payload) => emit(event, payload)));
  }
  for (const resume of waiting.splice(0)) resume();
}

ipcRenderer.on('engine-port', (event) => {
  const [port] = event.ports;
  if (port) adopt(port);
});
ipcRenderer.on('engine-health', (_event, payload: EngineEvents['engine-health']) =>
  emit('engine-health', payload),
);

const api = {
  host: 'desktop',
  async call(method, args) {
    if (!client || client.isClosed) await new Promise<void>((resolve) => waiting.push(resolve));
    return (client as EngineClient).call(method, args);
  },
  on<E extends EventName>(event: E, listener: (payload: EngineEvents[E]) => void) {
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    const wrapped = listener as (payload: unknown) => void;
    set.add(wrapped);
    return () => void set.delete(wrapped);
  },
  files: {
    open: () => ipcRenderer.invoke('files:open') as Promise<DesktopFileRef[]>,
    // Paths are looked up here, in the isolated preload, so the page can only hand over real files.
    fromDrop: (files) =>
      ipcRenderer.invoke(
        'files:register',
        files.map((file) => webUtils.getPathForFile(file)),
      ) as Promise<DesktopFileRef[]>,
  },
  api: {
    status: () => ipcRenderer.invoke('local-api:status') as Promise<LocalApiStatus>,
    configure: (change) => ipcRenderer.invoke('local-api:configure', change) as Promise<LocalApiStatus>,
    regenerateToken: () => ipcRenderer.invoke('local-api:regenerate-token') as Promise<LocalApiStatus>,
    onStatus(listener) {
      const forward = (_event: unknown, status: LocalApiStatus) => listener(status);
      ipcRenderer.on('local-api-status', forward);
      return () => void ipcRenderer.off('local-api-status', forward);
    },
  },
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('profileStager', api);
