import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// A fake of the parts of Electron main uses, recording what main does with them.
const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  const windows: {
    options: Record<string, unknown>;
    url?: string;
    contentsEvents: Map<string, Listener>;
    posted: { channel: string; ports: unknown[] }[];
    openHandler?: unknown;
    events: Map<string, Listener>;
    sent: { channel: string; payload: unknown }[];
  }[] = [];
  const appEvents = new Map<string, Listener>();
  let permissionHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
  const schemes: unknown[] = [];
  const handled: string[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response>>();
  const ipcHandlers = new Map<string, Listener>();
  const dialogs: unknown[][] = [];
  let dialogPaths: string[] = [];
  let userData = '';
  let nextContentsId = 1;
  let ready: () => void = () => {};
  const whenReady = new Promise<void>((resolve) => (ready = resolve));

  class BrowserWindow {
    static all: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.all;
    record: (typeof windows)[number];
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      this.record = { options, contentsEvents: new Map(), posted: [], events: new Map(), sent: [] };
      windows.push(this.record);
      BrowserWindow.all.push(this);
      const record = this.record;
      this.webContents = {
        id: nextContentsId++,
        on: (event: string, listener: Listener) => record.contentsEvents.set(event, listener),
        setWindowOpenHandler: (handler: unknown) => (record.openHandler = handler),
        postMessage: (channel: string, _message: unknown, ports: unknown[]) =>
          record.posted.push({ channel, ports }),
        send: (channel: string, payload: unknown) => record.sent.push({ channel, payload }),
      };
    }
    loadURL(url: string) {
      this.record.url = url;
      return Promise.resolve();
    }
    on(event: string, listener: Listener) {
      this.record.events.set(event, listener);
    }
    once(event: string, listener: Listener) {
      this.record.events.set(event, listener);
    }
    isDestroyed() {
      return false;
    }
    destroy() {}
    show() {}
  }
  class MessageChannelMain {
    port1 = { on: () => {}, start: () => {}, postMessage: () => {}, close: () => {} };
    port2 = { on: () => {}, start: () => {}, postMessage: () => {}, close: () => {} };
  }
  return {
    windows,
    appEvents,
    schemes,
    handled,
    ipcHandlers,
    protocolHandlers,
    dialogs,
    setDialogPaths: (paths: string[]) => (dialogPaths = paths),
    setUserData: (path: string) => (userData = path),
    getPermissionHandler: () => permissionHandler,
    ready: () => ready(),
    module: {
      app: {
        whenReady: () => whenReady,
        on: (event: string, listener: Listener) => appEvents.set(event, listener),
        quit: () => {},
        getPath: (name: string) => (name === 'userData' ? userData : ''),
      },
      ipcMain: { handle: (channel: string, listener: Listener) => ipcHandlers.set(channel, listener) },
      dialog: {
        showOpenDialog: (...args: unknown[]) => {
          dialogs.push(args);
          return Promise.resolve({ canceled: dialogPaths.length === 0, filePaths: dialogPaths });
        },
      },
      BrowserWindow,
      MessageChannelMain,
      session: {
        defaultSession: {
          setPermissionRequestHandler: (handler: typeof permissionHandler) => (permissionHandler = handler),
        },
      },
      protocol: {
        registerSchemesAsPrivileged: (s: unknown[]) => schemes.push(...s),
        handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
          handled.push(scheme);
          protocolHandlers.set(scheme, handler);
        },
      },
    },
  };
});

vi.mock('electron', () => fake.module);

const userData = mkdtempSync(join(tmpdir(), 'main-wiring-'));
// The API starts switched off here; the test switches it on at a free port.
writeFileSync(
  join(userData, 'local-api.json'),
  JSON.stringify({ enabled: false, port: 8181, token: 'stored-token-0123456789abcdef' }),
);
fake.setUserData(userData);

const UI_SENDER = { sender: { id: 2 }, senderFrame: { url: 'app://bundle/index.html#/wizards/import' } };
const ENGINE_SENDER = { sender: { id: 1 }, senderFrame: { url: 'app://bundle/engine-host/engine.html' } };

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

function invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
  const handler = fake.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve().then(() => handler(event, ...args));
}

describe('Electron main wiring', () => {
  it('registers app://, denies permissions, and opens a hidden engine window plus a secure UI window', async () => {
    await import('../../electron/main/index');
    expect(fake.schemes).toContainEqual(expect.objectContaining({ scheme: 'app' }));
    fake.ready();
    await vi.waitFor(() => expect(fake.windows).toHaveLength(2));

    expect(fake.handled).toEqual(['app']);
    let granted: boolean | undefined;
    fake.getPermissionHandler()?.({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);

    const [engine, ui] = fake.windows;
    expect(engine?.url).toBe('app://bundle/engine-host/engine.html');
    expect(engine?.options.show).toBe(false);
    expect(String((engine?.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload[/\\]engine\.cjs$/,
    );
    expect(ui?.url).toBe('app://bundle/index.html');
    expect(String((ui?.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload[/\\]ui\.cjs$/,
    );
    for (const window of [engine, ui]) {
      expect(window?.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      });
      expect(window?.contentsEvents.has('will-navigate')).toBe(true);
      expect(window?.openHandler).toBeTypeOf('function');
    }
    // The engine got one port for main and one for the UI; the UI got its end.
    expect(engine?.posted.map((p) => p.channel)).toEqual(['engine-port', 'engine-port']);
    expect(ui?.posted.map((p) => p.channel)).toEqual(['engine-port']);
    // The crash handler is installed on the engine window so main can restart it.
    expect(engine?.contentsEvents.has('render-process-gone')).toBe(true);
    expect(fake.appEvents.has('window-all-closed')).toBe(true);
  });

  it('feeds files the user chose in the open dialog to app://bundle/user-files with ranges, only while the UI window lives', async () => {
    await vi.waitFor(() => expect(fake.ipcHandlers.has('files:open')).toBe(true));
    const file = join(userData, 'crm.csv');
    writeFileSync(file, 'email,name\nada@example.com,Ada\n');
    fake.setDialogPaths([file]);
    const [ref] = (await invoke('files:open', UI_SENDER)) as { url: string; name: string; size: number }[];
    expect(ref).toMatchObject({ kind: 'desktop-file', name: 'crm.csv', size: 31 });
    expect(fake.dialogs.at(-1)?.[1]).toMatchObject({ properties: ['openFile', 'multiSelections'] });
    const handler = fake.protocolHandlers.get('app');
    const part = await handler?.(new Request(ref?.url ?? '', { headers: { range: 'bytes=0-4' } }));
    expect(part?.status).toBe(206);
    expect(await part?.text()).toBe('email');

    // Dropped files arrive as paths from the preload; the engine page may not register or open files.
    const [dropped] = (await invoke('files:register', UI_SENDER, [file])) as { url: string }[];
    expect((await handler?.(new Request(dropped?.url ?? '')))?.status).toBe(200);
    await expect(invoke('files:register', ENGINE_SENDER, [file])).rejects.toThrow(
      /only available to the app's own window/,
    );
    await expect(
      invoke('files:open', { sender: { id: 3 }, senderFrame: { url: 'https://evil.example/' } }),
    ).rejects.toThrow();
    await expect(invoke('files:register', UI_SENDER, ['relative.csv'])).rejects.toThrow(/absolute/);
    await expect(invoke('files:register', UI_SENDER, [''])).rejects.toThrow(/not files on this computer/);
    await expect(invoke('files:register', UI_SENDER, 'not-a-list')).rejects.toThrow(/list of file paths/);
    fake.setDialogPaths([]);
    expect(await invoke('files:open', UI_SENDER)).toEqual([]);

    // Closing the UI window forgets its files.
    fake.windows[1]?.events.get('closed')?.();
    expect((await handler?.(new Request(ref?.url ?? '')))?.status).toBe(404);
    expect((await handler?.(new Request(dropped?.url ?? '')))?.status).toBe(404);
  });

  it('runs the local API from the stored settings: status, switch on at a port, auth with the stored token, regenerate', async () => {
    await vi.waitFor(() => expect(fake.ipcHandlers.has('local-api:status')).toBe(true));
    const status = (await invoke('local-api:status', UI_SENDER)) as {
      enabled: boolean;
      running: boolean;
      token: string;
    };
    expect(status).toMatchObject({
      enabled: false,
      running: false,
      port: 8181,
      defaultPort: 8181,
      token: 'stored-token-0123456789abcdef',
    });
    await expect(invoke('local-api:status', ENGINE_SENDER)).rejects.toThrow(/only available/);

    const port = await freePort();
    const on = (await invoke('local-api:configure', UI_SENDER, { enabled: true, port })) as {
      running: boolean;
      url: string;
    };
    expect(on).toMatchObject({ running: true, url: `http://127.0.0.1:${port}` });
    expect(JSON.parse(readFileSync(join(userData, 'local-api.json'), 'utf8'))).toMatchObject({
      enabled: true,
      port,
    });
    if (process.platform !== 'win32')
      expect(statSync(join(userData, 'local-api.json')).mode & 0o777).toBe(0o600);
    const stats = `${on.url}/data/foundation/schemaregistry/stats`;
    expect((await fetch(stats)).status).toBe(401);
    expect((await fetch(stats, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);

    const renewed = (await invoke('local-api:regenerate-token', UI_SENDER)) as {
      token: string;
      running: boolean;
    };
    expect(renewed.token).not.toBe('stored-token-0123456789abcdef');
    expect(renewed.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(renewed.running).toBe(true);

    const invalid = (await invoke('local-api:configure', UI_SENDER, { port: 70000 })) as {
      error?: { code: string };
    };
    expect(invalid.error?.code).toBe('invalid-port');

    // Quitting drains the server before the app goes.
    const quit = vi.fn();
    fake.module.app.quit = quit;
    const event = { preventDefault: vi.fn() };
    fake.appEvents.get('before-quit')?.(event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(quit).toHaveBeenCalled());
    await expect(fetch(stats)).rejects.toThrow();
  });
});
