// The engine's in-memory event bus, typed by the contract's event map.
import type { EngineEvents, EventName } from '../contract/events';
import type { EventSource } from '../contract/server';

type AnyListener = <E extends EventName>(event: E, payload: EngineEvents[E]) => void;

export interface EventBus extends EventSource {
  emit<E extends EventName>(event: E, payload: EngineEvents[E]): void;
  on<E extends EventName>(event: E, listener: (payload: EngineEvents[E]) => void): () => void;
}

/** Creates a bus; a throwing listener never stops delivery to the others. */
export function createEventBus(onListenerError: (error: unknown) => void = () => {}): EventBus {
  const all = new Set<AnyListener>();
  return {
    emit(event, payload) {
      for (const listener of [...all]) {
        try {
          listener(event, payload);
        } catch (error) {
          onListenerError(error);
        }
      }
    },
    on(event, listener) {
      const wrapped: AnyListener = (name, payload) => {
        if ((name as string) === event) (listener as (p: unknown) => void)(payload);
      };
      all.add(wrapped);
      return () => all.delete(wrapped);
    },
    subscribeAll(listener) {
      all.add(listener);
      return () => all.delete(listener);
    },
  };
}
