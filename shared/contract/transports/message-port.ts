// Endpoint over anything shaped like a MessagePort: a Worker, a worker's global scope, a MessagePort.
import { isWireMessage, type Endpoint, type WireMessage } from '../wire';

/** The structural subset of MessagePort / Worker / DedicatedWorkerGlobalScope we use. */
export interface PortLike {
  postMessage(message: unknown, transfer?: Transferable[]): void;
  addEventListener(
    type: 'message' | 'messageerror' | 'error' | 'close',
    listener: (event: unknown) => void,
  ): void;
  removeEventListener(
    type: 'message' | 'messageerror' | 'error' | 'close',
    listener: (event: unknown) => void,
  ): void;
  start?(): void;
  close?(): void;
  terminate?(): void;
}

/**
 * Wraps a port. The channel counts as dead on a port `close` event, a Worker `error` event, or when
 * the owner calls `kill(reason)` (hosts do this when they learn the peer crashed).
 */
export function messagePortEndpoint(port: PortLike): Endpoint & { kill(reason: string): void } {
  const messageListeners = new Set<(message: WireMessage) => void>();
  const closeListeners = new Set<(reason: string) => void>();
  let dead = false;

  const kill = (reason: string) => {
    if (dead) return;
    dead = true;
    for (const listener of [...closeListeners]) listener(reason);
  };
  const onMessage = (event: unknown) => {
    const data = (event as { data?: unknown }).data;
    if (!isWireMessage(data)) return;
    for (const listener of [...messageListeners]) listener(data);
  };
  const onError = (event: unknown) => {
    const message = (event as { message?: unknown }).message;
    kill(typeof message === 'string' && message ? message : 'the engine host stopped');
  };
  const onClose = () => kill('the engine host closed the channel');

  port.addEventListener('message', onMessage);
  port.addEventListener('error', onError);
  port.addEventListener('close', onClose);
  port.start?.();

  return {
    send(message, transfer) {
      if (dead) throw new Error('channel is closed');
      port.postMessage(message, transfer ?? []);
    },
    onMessage(listener) {
      messageListeners.add(listener);
      return () => messageListeners.delete(listener);
    },
    onClose(listener) {
      closeListeners.add(listener);
      return () => closeListeners.delete(listener);
    },
    close() {
      port.removeEventListener('message', onMessage);
      port.removeEventListener('error', onError);
      port.removeEventListener('close', onClose);
      port.close?.();
      kill('closed');
    },
    kill,
  };
}
