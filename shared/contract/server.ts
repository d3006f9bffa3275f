// Serves a handler registry over an Endpoint: answers calls and forwards engine events.
import { EngineError, serializeError } from './errors';
import type { EngineEvents, EventName } from './events';
import type { MethodName, MethodRequest, MethodResponse } from './methods';
import { isWireMessage, transferablesOf, type Endpoint } from './wire';

export type Handler<M extends MethodName> = (args: MethodRequest<M>) => Promise<MethodResponse<M>>;
export type HandlerMap = { [M in MethodName]?: Handler<M> };

/** Source of engine events a server forwards to its client. */
export interface EventSource {
  subscribeAll(listener: <E extends EventName>(event: E, payload: EngineEvents[E]) => void): () => void;
}

/** Something that can look up a handler by name. */
export interface HandlerLookup {
  get(method: string): ((args: unknown) => Promise<unknown>) | undefined;
}

/** Answers every call arriving on `endpoint`; returns a function that stops serving. */
export function serveEngine(endpoint: Endpoint, handlers: HandlerLookup, events?: EventSource): () => void {
  const offMessage = endpoint.onMessage((message) => {
    if (!isWireMessage(message) || message.kind !== 'call') return;
    const { id, method, args } = message;
    const handler = handlers.get(method);
    const run = handler
      ? Promise.resolve().then(() => handler(args ?? {}))
      : Promise.reject(new EngineError('unknown-method', `No engine method named "${method}".`));
    run.then(
      (result) => safeSend(endpoint, { kind: 'reply', id, ok: true, result }, transferablesOf(result)),
      (error: unknown) => safeSend(endpoint, { kind: 'reply', id, ok: false, error: serializeError(error) }),
    );
  });
  const offEvents = events?.subscribeAll((event, payload) =>
    safeSend(endpoint, { kind: 'event', event, payload }),
  );
  return () => {
    offMessage();
    offEvents?.();
  };
}

function safeSend(endpoint: Endpoint, message: Parameters<Endpoint['send']>[0], transfer?: Transferable[]) {
  try {
    endpoint.send(message, transfer);
  } catch (error) {
    // A result that cannot be cloned is still an answer: report it instead of leaving the call hanging.
    if (message.kind === 'reply' && message.ok) {
      endpoint.send({
        kind: 'reply',
        id: message.id,
        ok: false,
        error: serializeError(new EngineError('internal', `Result could not be sent: ${String(error)}`)),
      });
    }
  }
}
