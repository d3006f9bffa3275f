import { describe, expect, it } from 'vitest';
import { EngineSupervisor, type EngineWindowHandle } from '../../electron/main/engine-supervisor';

interface FakeWindow extends EngineWindowHandle<string> {
  ports: string[];
  crash(reason: string): void;
  destroyed: boolean;
}

function harness(options: { maxRestarts?: number } = {}) {
  const windows: FakeWindow[] = [];
  const mainPorts: string[] = [];
  let channel = 0;
  let clock = 0;
  const supervisor = new EngineSupervisor<string>({
    now: () => clock,
    maxRestarts: options.maxRestarts,
    createChannel: () => {
      channel++;
      return { port1: `engine-side-${channel}`, port2: `client-side-${channel}` };
    },
    createEngineWindow() {
      let gone: (reason: string) => void = () => {};
      const window: FakeWindow = {
        ports: [],
        destroyed: false,
        load: async () => {},
        sendPort: (port) => window.ports.push(port),
        onGone: (listener) => (gone = listener),
        destroy: () => (window.destroyed = true),
        crash: (reason) => gone(reason),
      };
      windows.push(window);
      return window;
    },
    onMainPort: (port) => mainPorts.push(port),
  });
  const ui = { ports: [] as string[], health: [] as string[] };
  supervisor.attachUi({ sendPort: (p) => ui.ports.push(p), sendHealth: (s) => ui.health.push(s) });
  return { supervisor, windows, mainPorts, ui, tick: (ms: number) => (clock += ms) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('engine supervisor', () => {
  it('starts one hidden engine window and pairs main and the UI with it', async () => {
    const h = harness();
    await h.supervisor.start();
    expect(h.windows).toHaveLength(1);
    expect(h.windows[0]?.ports).toEqual(['engine-side-1', 'engine-side-2']);
    expect(h.mainPorts).toEqual(['client-side-1']);
    expect(h.ui.ports).toEqual(['client-side-2']);
    expect(h.ui.health).toEqual(['ready']);
    expect(h.supervisor.health).toBe('ready');
  });

  it('restarts a crashed engine, tells the UI, and hands out fresh ports', async () => {
    const h = harness();
    await h.supervisor.start();
    h.windows[0]?.crash('crashed');
    await settle();
    expect(h.windows[0]?.destroyed).toBe(true);
    expect(h.windows).toHaveLength(2);
    expect(h.ui.health).toEqual(['ready', 'restarting', 'ready']);
    expect(h.ui.ports).toEqual(['client-side-2', 'client-side-4']);
    expect(h.mainPorts).toEqual(['client-side-1', 'client-side-3']);
  });

  it('gives up after repeated crashes in a short time and reports down', async () => {
    const h = harness({ maxRestarts: 2 });
    await h.supervisor.start();
    for (let i = 0; i < 3; i++) {
      h.windows[h.windows.length - 1]?.crash('oom');
      await settle();
      h.tick(1000);
    }
    expect(h.ui.health.at(-1)).toBe('down');
    expect(h.windows).toHaveLength(3);
  });

  it('counts only recent crashes against the limit', async () => {
    const h = harness({ maxRestarts: 1 });
    await h.supervisor.start();
    h.windows[0]?.crash('a');
    await settle();
    h.tick(120_000);
    h.windows[1]?.crash('b');
    await settle();
    expect(h.supervisor.health).toBe('ready');
  });

  it('a UI attached later gets a port of the running engine', async () => {
    const h = harness();
    await h.supervisor.start();
    const late = { ports: [] as string[], health: [] as string[] };
    h.supervisor.attachUi({ sendPort: (p) => late.ports.push(p), sendHealth: (s) => late.health.push(s) });
    expect(late).toEqual({ ports: ['client-side-3'], health: ['ready'] });
  });
});
