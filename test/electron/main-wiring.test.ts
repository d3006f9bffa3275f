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
  }[] = [];
  const appEvents = new Map<string, Listener>();
  let permissionHandler: ((c: unknown, p: string, cb: (ok: boolean) => void) => void) | undefined;
  const schemes: unknown[] = [];
  const handled: string[] = [];
  let ready: () => void = () => {};
  const whenReady = new Promise<void>((resolve) => (ready = resolve));

  class BrowserWindow {
    static getAllWindows = () => [];
    record: (typeof windows)[number];
    webContents: Record<string, unknown>;
    constructor(options: Record<string, unknown>) {
      this.record = { options, contentsEvents: new Map(), posted: [], events: new Map() };
      windows.push(this.record);
      const record = this.record;
      this.webContents = {
        on: (event: string, listener: Listener) => record.contentsEvents.set(event, listener),
        setWindowOpenHandler: (handler: unknown) => (record.openHandler = handler),
        postMessage: (channel: string, _message: unknown, ports: unknown[]) => record.posted.push({ channel, ports }),
        send: () => {},
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
    getPermissionHandler: () => permissionHandler,
    ready: () => ready(),
    module: {
      app: {
        whenReady: () => whenReady,
        on: (event: string, listener: Listener) => appEvents.set(event, listener),
        quit: () => {},
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
        handle: (scheme: string) => handled.push(scheme),
      },
    },
  };
});

vi.mock('electron', () => fake.module);

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
    expect(String((engine?.options.webPreferences as { preload: string }).preload)).toMatch(/preload[/\\]engine\.cjs$/);
    expect(ui?.url).toBe('app://bundle/index.html');
    expect(String((ui?.options.webPreferences as { preload: string }).preload)).toMatch(/preload[/\\]ui\.cjs$/);
    for (const window of [engine, ui]) {
      expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false });
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
});
