// The UI preload stays thin: one object with call/on/host/files/api, whose file and API calls are
// plain IPC invokes on the channels main handles, with dropped files' paths looked up in the preload.
import { describe, expect, it, vi } from 'vitest';
import { IPC } from '../../electron/main/ipc';

const fake = vi.hoisted(() => {
  const exposed = new Map<string, Record<string, unknown>>();
  const invoked: { channel: string; args: unknown[] }[] = [];
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  return {
    exposed,
    invoked,
    listeners,
    module: {
      contextBridge: {
        exposeInMainWorld: (name: string, api: Record<string, unknown>) => exposed.set(name, api),
      },
      webUtils: {
        getPathForFile: (file: File) => (file.name === 'typed.txt' ? '' : `/home/user/${file.name}`),
      },
      ipcRenderer: {
        invoke: (channel: string, ...args: unknown[]) => {
          invoked.push({ channel, args });
          return Promise.resolve(channel === 'local-api:status' ? { running: true } : []);
        },
        on: (channel: string, listener: (...args: unknown[]) => void) => {
          if (!listeners.has(channel)) listeners.set(channel, new Set());
          listeners.get(channel)?.add(listener);
        },
        off: (channel: string, listener: (...args: unknown[]) => void) =>
          listeners.get(channel)?.delete(listener),
      },
    },
  };
});

vi.mock('electron', () => fake.module);

describe('UI preload', () => {
  it('exposes exactly call, host, on, files and api, over the channels main handles', async () => {
    await import('../../electron/main/preload-ui');
    const api = fake.exposed.get('profileStager') as {
      files: { open(): Promise<unknown>; fromDrop(files: File[]): Promise<unknown> };
      api: {
        status(): Promise<unknown>;
        configure(change: unknown): Promise<unknown>;
        regenerateToken(): Promise<unknown>;
        onStatus(listener: (status: unknown) => void): () => void;
      };
    };
    expect(Object.keys(api).sort()).toEqual(['api', 'call', 'files', 'host', 'on']);

    await api.files.open();
    await api.files.fromDrop([new File(['a'], 'crm.csv'), new File(['b'], 'typed.txt')]);
    expect(await api.api.status()).toEqual({ running: true });
    await api.api.configure({ port: 9000 });
    await api.api.regenerateToken();
    expect(fake.invoked).toEqual([
      { channel: IPC.filesOpen, args: [] },
      { channel: IPC.filesRegister, args: [['/home/user/crm.csv', '']] },
      { channel: IPC.apiStatus, args: [] },
      { channel: IPC.apiConfigure, args: [{ port: 9000 }] },
      { channel: IPC.apiRegenerate, args: [] },
    ]);

    const seen: unknown[] = [];
    const off = api.api.onStatus((status) => seen.push(status));
    for (const listener of fake.listeners.get(IPC.apiStatusChanged) ?? []) listener({}, { running: false });
    off();
    for (const listener of fake.listeners.get(IPC.apiStatusChanged) ?? []) listener({}, { running: true });
    expect(seen).toEqual([{ running: false }]);
  });
});
