// Reads a snapshot's lines as a stream: gunzip chunk by chunk (with a cap on the expanded size), split at
// newline bytes, one line at a time. Nothing ever holds the whole text, so a snapshot far larger than a
// JavaScript string (V8 stops at about 512 MB) can be read; only one line must fit in one.
import { Gunzip } from 'fflate';
import { EngineError } from '../../contract/errors';

/** Compressed bytes handed to gunzip at a time. */
export const DEFAULT_CHUNK_BYTES = 1 << 16;

const invalid = (message: string) => new EngineError('snapshot-invalid', message);

/**
 * Splits a byte stream into lines at `\n` (0x0A never occurs inside a UTF-8 sequence, so this is safe
 * before decoding). Lines come out without their newline, as views valid until the next `push`.
 */
export class LineSplitter {
  private parts: Uint8Array[] = [];
  private partBytes = 0;

  constructor(
    private readonly onLine: (line: Uint8Array) => void,
    private readonly maxLineBytes = Number.POSITIVE_INFINITY,
    private readonly tooLong: (bytes: number) => Error = (bytes) =>
      invalid(`A line of the snapshot is longer than ${bytes} bytes; refusing it.`),
  ) {}

  push(chunk: Uint8Array): void {
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(0x0a, start);
      if (newline < 0) break;
      const piece = chunk.subarray(start, newline);
      if (this.parts.length === 0) this.emit(piece);
      else {
        this.parts.push(piece);
        this.emit(concat(this.parts, this.partBytes + piece.length));
        this.parts = [];
        this.partBytes = 0;
      }
      start = newline + 1;
    }
    if (start < chunk.length) {
      // Kept past this call: copy, the caller may reuse its buffer.
      this.parts.push(chunk.slice(start));
      this.partBytes += chunk.length - start;
      if (this.partBytes > this.maxLineBytes) throw this.tooLong(this.maxLineBytes);
    }
  }

  /** Bytes after the last newline: zero when the stream ended with one. */
  get pendingBytes(): number {
    return this.partBytes;
  }

  private emit(line: Uint8Array): void {
    if (line.length > this.maxLineBytes) throw this.tooLong(this.maxLineBytes);
    this.onLine(line);
  }
}

function concat(parts: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export interface LineStreamOptions {
  /** Largest expanded size accepted (a compression bomb is refused as soon as it passes it). */
  maxBytes: number;
  /** Longest single line accepted. */
  maxLineBytes: number;
  /** Compressed bytes given to gunzip at a time (tests use tiny ones). */
  chunkBytes?: number;
}

/**
 * The lines of a gzip-compressed snapshot, in order, as bytes without the newline (a view, valid until
 * the next line is asked for). Throws snapshot-invalid for data that is not gzip, damaged, truncated,
 * over the caps, or whose last line has no newline.
 */
export function* snapshotLines(bytes: Uint8Array, options: LineStreamOptions): Generator<Uint8Array> {
  if (bytes.length < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) {
    throw invalid(
      'This is not a Profile Stager snapshot: the file is not gzip-compressed. Export a snapshot with "snapshot export" and import that file.',
    );
  }
  let ready: Uint8Array[] = [];
  const splitter = new LineSplitter(
    (line) => ready.push(line.slice()),
    options.maxLineBytes,
    (max) => invalid(`A line of the snapshot is longer than ${max} bytes; refusing it.`),
  );
  let total = 0;
  let ended = false;
  const gunzip = new Gunzip((chunk, final) => {
    total += chunk.length;
    if (total > options.maxBytes) {
      throw invalid(
        `The snapshot expands to more than ${options.maxBytes} bytes; refusing it (possible compression bomb).`,
      );
    }
    splitter.push(chunk);
    if (final) ended = true;
  });
  const step = Math.max(1, options.chunkBytes ?? DEFAULT_CHUNK_BYTES);
  for (let i = 0; i < bytes.length; i += step) {
    try {
      gunzip.push(bytes.subarray(i, i + step), i + step >= bytes.length);
    } catch (error) {
      if (error instanceof EngineError) throw error;
      throw invalid(
        `The snapshot is damaged or truncated: gzip says "${(error as Error).message}". Export it again.`,
      );
    }
    if (ready.length > 0) {
      const lines = ready;
      ready = [];
      yield* lines;
    }
  }
  if (!ended) throw invalid('The snapshot is truncated: the compressed data ends early. Export it again.');
  if (splitter.pendingBytes > 0) throw invalid('The snapshot is truncated: its last line is incomplete.');
}
