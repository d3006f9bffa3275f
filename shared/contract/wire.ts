// Wire messages exchanged by an engine client and server, and the endpoint a transport provides.
import type { SerializedEngineError } from './errors';

export interface CallMessage {
  kind: 'call';
  id: number;
  method: string;
  args: unknown;
}

export type ReplyMessage =
  | { kind: 'reply'; id: number; ok: true; result: unknown }
  | { kind: 'reply'; id: number; ok: false; error: SerializedEngineError };

export interface EventMessage {
  kind: 'event';
  event: string;
  payload: unknown;
}

export type WireMessage = CallMessage | ReplyMessage | EventMessage;

/**
 * One side of a bidirectional message channel. Transports (MessagePort, Worker, in-process)
 * implement this; the RPC client and server only know this interface.
 */
export interface Endpoint {
  send(message: WireMessage, transfer?: Transferable[]): void;
  /** Subscribes to incoming messages; returns an unsubscribe function. */
  onMessage(listener: (message: WireMessage) => void): () => void;
  /** Subscribes to the channel dying (peer crashed or closed); returns an unsubscribe function. */
  onClose(listener: (reason: string) => void): () => void;
  close(): void;
}

/** Loose runtime check used by servers before trusting a message. */
export function isWireMessage(value: unknown): value is WireMessage {
  if (typeof value !== 'object' || value === null) return false;
  const kind = (value as { kind?: unknown }).kind;
  return kind === 'call' || kind === 'reply' || kind === 'event';
}

/** Collects ArrayBuffers of Uint8Arrays in a value (one level deep) so they can be transferred. */
export function transferablesOf(value: unknown): Transferable[] {
  if (value instanceof Uint8Array && value.byteOffset === 0 && value.buffer.byteLength === value.byteLength) {
    return [value.buffer as ArrayBuffer];
  }
  return [];
}
