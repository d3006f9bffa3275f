// An EngineClient for main's long-lived users (the local HTTP API) that survives engine restarts:
// calls wait for a connection, go to the current one, and event subscriptions move to each new one.
import type { EngineClient, EngineEvents, EventName } from '../../shared/contract';

export interface SwitchableClient {
  client: EngineClient;
  /** Hands over a new connection (after a (re)start); the old one is closed. */
  replace(next: EngineClient, reason?: string): void;
  /** Ends for good (app quitting): pending and future calls are refused by the last connection. */
  close(reason?: string): void;
}

export function switchableClient(): SwitchableClient {
  let current: EngineClient | undefined;
  let closed = false;
  const waiting: ((client: EngineClient) => void)[] = [];
  const subscriptions = new Set<{ event: EventName; listener: (payload: never) => void; off?: () => void }>();

  const ready = (): Promise<EngineClient> =>
    current && !current.isClosed ? Promise.resolve(current) : new Promise((resolve) => waiting.push(resolve));

  const client: EngineClient = {
    async call(method, args) {
      if (closed) throw new Error('The app is quitting; the engine no longer answers.');
      return (await ready()).call(method, args);
    },
    on<E extends EventName>(event: E, listener: (payload: EngineEvents[E]) => void) {
      const entry: { event: EventName; listener: (payload: never) => void; off?: () => void } = {
        event,
        listener: listener as (payload: never) => void,
      };
      if (current) entry.off = current.on(event, listener);
      subscriptions.add(entry);
      return () => {
        entry.off?.();
        subscriptions.delete(entry);
      };
    },
    close: (reason) => close(reason),
    get isClosed() {
      return closed;
    },
  };

  function close(reason?: string): void {
    closed = true;
    current?.close(reason);
  }

  return {
    client,
    replace(next, reason = 'engine restarted') {
      current?.close(reason);
      current = next;
      for (const entry of subscriptions) {
        entry.off?.();
        entry.off = next.on(entry.event, entry.listener as (payload: EngineEvents[EventName]) => void);
      }
      for (const resume of waiting.splice(0)) resume(next);
    },
    close,
  };
}
