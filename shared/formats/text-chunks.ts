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

/**
 * Bytes decoded into one piece of text. V8 puts a string over 128 KiB on memory pages of its own,
 * fresh from the OS (zeroed on first touch, unmapped when the string dies), and a reader's carried
 * line plus the next text is copied into one such string again when first searched: for a 1 MiB
 * chunk that paging was a fifth of a file worker's time on a JSON Lines file. Pieces this size are
 * young-generation strings, on pages the heap reuses.
 */
export const DECODE_PIECE_BYTES = 64 * 1024;

/**
 * Decoded text of `source` from byte `start`, read `chunkSize` bytes at a time and handed on in pieces
 * of at most `DECODE_PIECE_BYTES`; never the whole file.
 */
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
    const from = position;
    position += bytes.byteLength;
    for (let at = 0; at < bytes.byteLength; at += DECODE_PIECE_BYTES) {
      const end = Math.min(bytes.byteLength, at + DECODE_PIECE_BYTES);
      const isLast = from + end >= source.size;
      yield { text: decoder.decode(bytes.subarray(at, end), !isLast), bytesRead: from + end, isLast };
    }
  }
}
