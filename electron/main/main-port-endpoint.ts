// Endpoint over Electron's MessagePortMain, so main can call the engine (HTTP API, file bytes).
import type { MessagePortMain } from 'electron';
import { isWireMessage, type Endpoint, type WireMessage } from '../../shared/contract/wire';

export function mainPortEndpoint(port: MessagePortMain): Endpoint {
  const listeners = new Set<(message: WireMessage) => void>();
  const closeListeners = new Set<(reason: string) => void>();
  port.on('message', (event) => {
    if (!isWireMessage(event.data)) return;
    for (const listener of [...listeners]) listener(event.data);
  });
  port.on('close', () => {
    for (const listener of [...closeListeners]) listener('the engine window closed');
  });
  port.start();
  return {
    send: (message) => port.postMessage(message),
    onMessage(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onClose(listener) {
      closeListeners.add(listener);
      return () => closeListeners.delete(listener);
    },
    close: () => port.close(),
  };
}
