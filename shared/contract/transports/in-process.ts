// An in-process pair of endpoints for the node host and tests; messages are structured-cloned
// so the caller and the engine never share mutable objects, exactly as across a real port.
import type { Endpoint, WireMessage } from '../wire';

interface Side {
  listeners: Set<(message: WireMessage) => void>;
  closeListeners: Set<(reason: string) => void>;
}

/** Returns two connected endpoints: what one sends, the other receives (asynchronously). */
export function inProcessPair(): [Endpoint & { kill(reason: string): void }, Endpoint] {
  const a: Side = { listeners: new Set(), closeListeners: new Set() };
  const b: Side = { listeners: new Set(), closeListeners: new Set() };
  let closed = false;
  const closeBoth = (reason: string) => {
    if (closed) return;
    closed = true;
    for (const side of [a, b]) for (const listener of [...side.closeListeners]) listener(reason);
  };
  const make = (self: Side, peer: Side): Endpoint => ({
    send(message) {
      if (closed) throw new Error('channel is closed');
      const copy = cloneMessage(message);
      queueMicrotask(() => {
        for (const listener of [...peer.listeners]) listener(copy);
      });
    },
    onMessage(listener) {
      self.listeners.add(listener);
      return () => self.listeners.delete(listener);
    },
    onClose(listener) {
      self.closeListeners.add(listener);
      return () => self.closeListeners.delete(listener);
    },
    close() {
      closeBoth('closed');
    },
  });
  return [{ ...make(a, b), kill: closeBoth }, make(b, a)];
}

/**
 * Structured-clones a message, except Blobs among a call's arguments: they are immutable, so passing
 * them by reference is safe, and file-backed Blobs (fs.openAsBlob) cannot be cloned at all.
 */
function cloneMessage(message: WireMessage): WireMessage {
  if (message.kind !== 'call' || typeof message.args !== 'object' || message.args === null)
    return structuredClone(message);
  const blobs: [string, unknown][] = [];
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(message.args)) {
    if (typeof Blob !== 'undefined' && value instanceof Blob) blobs.push([key, value]);
    else rest[key] = value;
  }
  if (blobs.length === 0) return structuredClone(message);
  const args = structuredClone(rest);
  for (const [key, value] of blobs) args[key] = value;
  return { ...message, args };
}
