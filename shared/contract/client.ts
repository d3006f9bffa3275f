// A typed engine client over any Endpoint: call(method, args) and on(event, cb).
import { deserializeError, EngineError } from './errors';
import type { EngineEvents, EventName } from './events';
import type { MethodName, MethodRequest, MethodResponse } from './methods';
import type { Endpoint, WireMessage } from './wire';

export type Unsubscribe = () => void;

/** What the UI, CLI and HTTP server use to talk to an engine, whatever host runs it. */
export interface EngineClient {
  call<M extends MethodName>(method: M, args: MethodRequest<M>): Promise<MethodResponse<M>>;
  on<E extends EventName>(event: E, listener: (payload: EngineEvents[E]) => void): Unsubscribe;
  /** Rejects every pending call and refuses new ones. */
  close(reason?: string): void;
  readonly isClosed: boolean;
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: EngineError): void;
}

/** Creates a client; a dead endpoint rejects every pending call with `host-unavailable`. */
export function createEngineClient(endpoint: Endpoint): EngineClient {
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let nextId = 1;
  let closedReason: string | undefined;

  const failAll = (reason: string) => {
    if (closedReason !== undefined) return;
    closedReason = reason;
    const error = new EngineError('host-unavailable', `The engine is not available: ${reason}`);
    for (const entry of pending.values()) entry.reject(error);
    pending.clear();
  };

  const handle = (message: WireMessage) => {
    if (message.kind === 'reply') {
      const entry = pending.get(message.id);
      if (!entry) return;
      pending.delete(message.id);
      if (message.ok) entry.resolve(message.result);
      else entry.reject(deserializeError(message.error));
    } else if (message.kind === 'event') {
      const set = listeners.get(message.event);
      if (set) for (const listener of [...set]) listener(message.payload);
    }
  };

  const offMessage = endpoint.onMessage(handle);
  const offClose = endpoint.onClose(failAll);

  return {
    call(method, args) {
      if (closedReason !== undefined) {
        return Promise.reject(
          new EngineError('host-unavailable', `The engine is not available: ${closedReason}`),
        );
      }
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
        try {
          endpoint.send({ kind: 'call', id, method, args });
        } catch (error) {
          pending.delete(id);
          reject(new EngineError('host-unavailable', `Could not reach the engine: ${String(error)}`));
        }
      });
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      const wrapped = listener as (payload: unknown) => void;
      set.add(wrapped);
      return () => set.delete(wrapped);
    },
    close(reason = 'closed by client') {
      failAll(reason);
      offMessage();
      offClose();
      endpoint.close();
    },
    get isClosed() {
      return closedReason !== undefined;
    },
  };
}
