// Engine data for the UI: health, engine info and the sandbox list, kept current by engine events.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  EngineClient,
  EngineError,
  EngineEvents,
  EngineHealthState,
  EngineInfo,
  EventName,
  HostKind,
  MethodName,
  MethodRequest,
  MethodResponse,
  SandboxInfo,
  Unsubscribe,
} from '../../shared/contract';
import { toEngineError } from './error-store';

/** What the status bar shows: `connecting` until the engine first answers or reports. */
export type EngineHealth = 'connecting' | EngineHealthState;

export interface EngineDataState {
  health: EngineHealth;
  /** Why the engine is restarting or down, as the host reported it. */
  healthReason: string | undefined;
  info: EngineInfo | undefined;
  /** All sandboxes, default first; undefined until the first list arrives. */
  sandboxes: SandboxInfo[] | undefined;
}

export interface EngineSession {
  readonly host: HostKind;
  /** Read with `useEngineData(selector)`; written only by the session. */
  readonly data: StoreApi<EngineDataState>;
  /** Calls the engine; a `host-unavailable` rejection also marks the engine down. */
  call<M extends MethodName>(method: M, args: MethodRequest<M>): Promise<MethodResponse<M>>;
  /** Subscribes to an engine event (wizards use this for progress). */
  on<E extends EventName>(event: E, listener: (payload: EngineEvents[E]) => void): Unsubscribe;
  /** Puts a sandbox the engine returned into the list at once, ahead of the `sandbox-changed` event. */
  applySandbox(sandbox: SandboxInfo): void;
  /** Removes a deleted sandbox from the list at once. */
  forgetSandbox(name: string): void;
  /** Subscribes to engine events and loads the first data; safe to call twice. */
  start(): void;
  /** Unsubscribes; the client itself belongs to whoever connected it. */
  dispose(): void;
}

export interface EngineSessionOptions {
  client: EngineClient;
  host: HostKind;
  /** Failures of loads nobody awaits (start-up, reload after a restart) go here. */
  onBackgroundError?(error: EngineError, method: MethodName): void;
}

/** The engine's own order: the default sandbox first, then by name. */
function sortSandboxes(sandboxes: SandboxInfo[]): SandboxInfo[] {
  return [...sandboxes].sort(
    (a, b) => Number(b.isDefault) - Number(a.isDefault) || a.name.localeCompare(b.name),
  );
}

export function createEngineSession({
  client,
  host,
  onBackgroundError,
}: EngineSessionOptions): EngineSession {
  const data = createStore<EngineDataState>()(() => ({
    health: 'connecting',
    healthReason: undefined,
    info: undefined,
    sandboxes: undefined,
  }));
  const subscriptions: Unsubscribe[] = [];
  let isStarted = false;
  /** Bumped by every change to the list, so an older `sandbox-list` answer never overwrites a newer one. */
  let listVersion = 0;

  const setSandboxes = (sandboxes: SandboxInfo[]) => {
    listVersion++;
    data.setState({ sandboxes: sortSandboxes(sandboxes) });
  };

  const call = <M extends MethodName>(method: M, args: MethodRequest<M>): Promise<MethodResponse<M>> =>
    client.call(method, args).then(
      (result) => {
        if (method === 'engine-info') {
          data.setState({ health: 'ready', healthReason: undefined, info: result as EngineInfo });
        }
        return result;
      },
      (error: unknown) => {
        const engineError = toEngineError(error);
        if (engineError.code === 'host-unavailable')
          data.setState({ health: 'down', healthReason: engineError.message });
        throw engineError;
      },
    );

  const background = <M extends MethodName>(
    method: M,
    args: MethodRequest<M>,
    apply: (result: MethodResponse<M>) => void,
  ) => call(method, args).then(apply, (error: EngineError) => onBackgroundError?.(error, method));

  const load = async () => {
    const version = listVersion;
    await Promise.all([
      background('engine-info', {}, () => {}),
      background('sandbox-list', {}, (sandboxes) => {
        if (version === listVersion) setSandboxes(sandboxes);
      }),
    ]);
  };

  return {
    host,
    data,
    call,
    on: (event, listener) => client.on(event, listener),
    applySandbox(sandbox) {
      const others = (data.getState().sandboxes ?? []).filter((entry) => entry.name !== sandbox.name);
      setSandboxes([...others, sandbox]);
    },
    forgetSandbox(name) {
      setSandboxes((data.getState().sandboxes ?? []).filter((entry) => entry.name !== name));
    },
    start() {
      if (isStarted) return;
      isStarted = true;
      subscriptions.push(
        client.on('engine-health', ({ state, reason }) => {
          data.setState({ health: state, healthReason: reason });
          // A restarted engine may hold different data: load everything again.
          if (state === 'ready') void load();
        }),
        client.on('sandbox-changed', ({ sandboxes }) => setSandboxes(sandboxes)),
      );
      void load();
    },
    dispose() {
      for (const unsubscribe of subscriptions.splice(0)) unsubscribe();
      isStarted = false;
    },
  };
}
