// Reads a ByteSource chunk by chunk and decodes it in streaming mode, checking for cancellation.
import type { ByteSource } from './byte-source';
import { createDecoder } from './charset';
import type { AbortSignalLike, Charset } from './types';

export interface TextChunk {
  text: string;
  /** Bytes read from the source after this chunk (BOM included). */
  bytesRead: number;
  isLast: boolean;
}

/** Throws the signal's reason (or an AbortError) when it has fired. */
export function throwIfAborted(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted !== true) return;
  if (signal.reason instanceof Error) throw signal.reason;
  const error = new Error('Reading was aborted.');
  error.name = 'AbortError';
  throw error;
}

/** Decoded text of `source` from byte `start`, `chunkSize` bytes at a time; never the whole file. */
export async function* readTextChunks(
  source: ByteSource,
  charset: Charset,
  start: number,
  chunkSize: number,
  signal: AbortSignalLike | undefined,
): AsyncGenerator<TextChunk> {
  const decoder = createDecoder(charset);
  let position = start;
  if (position >= source.size) {
    yield { text: '', bytesRead: source.size, isLast: true };
    return;
  }
  while (position < source.size) {
    throwIfAborted(signal);
    const bytes = await source.read(position, Math.min(source.size, position + chunkSize));
    if (bytes.byteLength === 0) throw new Error(`${source.name}: read returned no bytes at ${position}.`);
    position += bytes.byteLength;
    const isLast = position >= source.size;
    yield { text: decoder.decode(bytes, !isLast), bytesRead: position, isLast };
  }
}
