// The ByteSource abstraction the readers pull bytes through, plus an in-memory source for tests.

/** Random access to a file's bytes; readers never ask for more than a chunk at a time. */
export interface ByteSource {
  readonly name: string;
  readonly size: number;
  /** Bytes in `[start, end)`, clamped to the file; may return fewer only at end of file. */
  read(start: number, end: number): Promise<Uint8Array>;
}

const utf8Encoder = new TextEncoder();

/** A ByteSource over bytes already in memory; a string is encoded as UTF-8 (no BOM added). */
export function memoryByteSource(name: string, content: Uint8Array | string): ByteSource {
  const bytes = typeof content === 'string' ? utf8Encoder.encode(content) : content;
  return {
    name,
    size: bytes.byteLength,
    read(start, end) {
      return Promise.resolve(bytes.subarray(clamp(start, bytes.byteLength), clamp(end, bytes.byteLength)));
    },
  };
}

/** Wraps a source so every read returns at most `maxBytes`; tests use it to force chunk boundaries. */
export function limitReadSize(source: ByteSource, maxBytes: number): ByteSource {
  return {
    name: source.name,
    size: source.size,
    read(start, end) {
      return source.read(start, Math.min(end, start + maxBytes));
    },
  };
}

/** Reads `[start, end)` fully, looping over short reads. */
export async function readExactly(source: ByteSource, start: number, end: number): Promise<Uint8Array> {
  const stop = Math.min(end, source.size);
  const first = await source.read(start, stop);
  if (first.byteLength >= stop - start || first.byteLength === 0) return first;
  const out = new Uint8Array(Math.max(0, stop - start));
  out.set(first, 0);
  let filled = first.byteLength;
  while (filled < out.byteLength) {
    const more = await source.read(start + filled, stop);
    if (more.byteLength === 0) break;
    out.set(more, filled);
    filled += more.byteLength;
  }
  return out.subarray(0, filled);
}

function clamp(value: number, size: number): number {
  return Math.max(0, Math.min(value, size));
}
