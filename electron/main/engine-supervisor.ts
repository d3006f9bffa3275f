// Owns the hidden engine window: starts it, pairs it with the UI and with main over MessagePorts,
// and restarts it when it crashes, telling the UI. Written against small interfaces so it is tested
// without Electron.
import type { EngineHealthState } from '../../shared/contract/events';

export interface PortPair<P> {
  port1: P;
  port2: P;
}

export interface EngineWindowHandle<P> {
  /** Loads the engine page; resolves when it has loaded. */
  load(): Promise<void>;
  /** Hands a port to the engine page. */
  sendPort(port: P): void;
  /** Subscribes to the window's renderer process going away. */
  onGone(listener: (reason: string) => void): void;
  destroy(): void;
}

export interface UiHandle<P> {
  sendPort(port: P): void;
  sendHealth(state: EngineHealthState, reason?: string): void;
}

export interface SupervisorOptions<P> {
  createEngineWindow(): EngineWindowHandle<P>;
  createChannel(): PortPair<P>;
  /** Restarts allowed inside `restartWindowMs` before the supervisor gives up and reports `down`. */
  maxRestarts?: number;
  restartWindowMs?: number;
  now(): number;
  onMainPort?(port: P): void;
  log?(message: string): void;
}

export class EngineSupervisor<P> {
  private window: EngineWindowHandle<P> | undefined;
  private readonly uis = new Set<UiHandle<P>>();
  private readonly restarts: number[] = [];
  private state: EngineHealthState = 'restarting';

  constructor(private readonly options: SupervisorOptions<P>) {}

  get health(): EngineHealthState {
    return this.state;
  }

  /** Creates the engine window and connects main and every registered UI to it. */
  async start(): Promise<void> {
    const window = this.options.createEngineWindow();
    this.window = window;
    window.onGone((reason) => void this.handleGone(window, reason));
    await window.load();
    if (this.window !== window) return;
    if (this.options.onMainPort) this.options.onMainPort(this.pair(window));
    for (const ui of this.uis) ui.sendPort(this.pair(window));
    this.setHealth('ready');
  }

  /** Registers a UI window; it gets a port now (if the engine runs) and after every restart. */
  attachUi(ui: UiHandle<P>): () => void {
    this.uis.add(ui);
    if (this.window && this.state === 'ready') {
      ui.sendPort(this.pair(this.window));
      ui.sendHealth('ready');
    }
    return () => this.uis.delete(ui);
  }

  stop(): void {
    this.window?.destroy();
    this.window = undefined;
  }

  private pair(window: EngineWindowHandle<P>): P {
    const { port1, port2 } = this.options.createChannel();
    window.sendPort(port1);
    return port2;
  }

  private async handleGone(window: EngineWindowHandle<P>, reason: string): Promise<void> {
    if (this.window !== window) return;
    this.options.log?.(`engine window gone: ${reason}`);
    window.destroy();
    this.window = undefined;
    const now = this.options.now();
    const windowMs = this.options.restartWindowMs ?? 60_000;
    while (this.restarts.length && (this.restarts[0] ?? 0) < now - windowMs) this.restarts.shift();
    if (this.restarts.length >= (this.options.maxRestarts ?? 3)) {
      this.setHealth(
        'down',
        `The engine crashed ${this.restarts.length + 1} times in a row (${reason}); restart the app.`,
      );
      return;
    }
    this.restarts.push(now);
    this.setHealth('restarting', `The engine stopped (${reason}); restarting it.`);
    await this.start();
  }

  private setHealth(state: EngineHealthState, reason?: string): void {
    this.state = state;
    for (const ui of this.uis) ui.sendHealth(state, reason);
  }
}
