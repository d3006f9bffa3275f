// A ByteSource over a URL that answers HTTP Range requests: the desktop engine window reads the files
// the user chose through main's token-guarded user-file handler this way (see docs/architecture.md).
import type { ByteSource } from './byte-source';
import type { BlobLike } from './blob-byte-source';

/** The part of `fetch` the source uses, typed structurally so shared/ needs no DOM lib. */
export type FetchLike = (
  url: string,
  init: { method: 'GET' | 'HEAD'; headers: Record<string, string>; cache: 'no-store' },
) => Promise<{
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
}>;

export interface FetchByteSourceOptions {
  /** The file's name for rows and errors. */
  name: string;
  /** The file's size when known (e.g. from registration); otherwise ask `openFetchByteSource`. */
  size: number;
  fetch: FetchLike;
}

/** Parses `Content-Range: bytes a-b/size`; undefined when the header is missing or malformed. */
export function parseContentRange(
  header: string | null,
): { start: number; end: number; size: number } | undefined {
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(header?.trim() ?? '');
  if (!match) return undefined;
  return { start: Number(match[1]), end: Number(match[2]), size: Number(match[3]) };
}

async function failure(
  name: string,
  url: string,
  status: number,
  body: () => Promise<string>,
): Promise<Error> {
  let detail = '';
  try {
    detail = (await body()).slice(0, 300).trim();
  } catch {
    // The reason is optional; the status says enough.
  }
  const what =
    status === 404
      ? 'the file is no longer available (choose it again)'
      : status === 409
        ? 'the file changed on disk after it was chosen (choose it again)'
        : `the server answered ${status}`;
  return new Error(`Could not read "${name}" from ${url}: ${what}${detail ? ` — ${detail}` : ''}.`);
}

/**
 * Reads `[start, end)` with one `Range: bytes=start-(end-1)` request per read. The answer must be a
 * 206 for exactly that range (or fewer bytes only at end of file); anything else is an error naming
 * the file, so a reader never mistakes a partial or changed file for its content.
 */
export function fetchByteSource(url: string, options: FetchByteSourceOptions): ByteSource {
  const { name, size } = options;
  return {
    name,
    size,
    async read(start, end) {
      const from = Math.max(0, Math.min(start, size));
      const to = Math.max(from, Math.min(end, size));
      if (to === from) return new Uint8Array(0);
      const response = await options.fetch(url, {
        method: 'GET',
        headers: { range: `bytes=${from}-${to - 1}` },
        cache: 'no-store',
      });
      if (response.status !== 206) throw await failure(name, url, response.status, () => response.text());
      const range = parseContentRange(response.headers.get('content-range'));
      if (!range || range.start !== from || range.end > to - 1 || range.size !== size)
        throw new Error(
          `Could not read "${name}" from ${url}: asked for bytes ${from}-${to - 1} of ${size}, got "${response.headers.get('content-range') ?? 'no Content-Range'}" (the file may have changed; choose it again).`,
        );
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bytes.byteLength !== range.end - range.start + 1)
        throw new Error(
          `Could not read "${name}" from ${url}: bytes ${from}-${to - 1} arrived with ${bytes.byteLength} bytes instead of ${range.end - range.start + 1}.`,
        );
      return bytes;
    },
  };
}

/** Asks the server for the size (HEAD → Content-Length) and returns a source over the URL. */
export async function openFetchByteSource(url: string, name: string, fetch: FetchLike): Promise<ByteSource> {
  const response = await fetch(url, { method: 'HEAD', headers: {}, cache: 'no-store' });
  if (response.status !== 200) throw await failure(name, url, response.status, async () => '');
  const length = response.headers.get('content-length');
  const size = Number(length);
  if (length === null || !/^\d+$/.test(length) || !Number.isSafeInteger(size))
    throw new Error(`Could not read "${name}" from ${url}: the server did not say how big the file is.`);
  return fetchByteSource(url, { name, size, fetch });
}

/**
 * The same source as a BlobLike, so engine methods that take a `file` (and read it through
 * `blobByteSource`) can read a fetched file unchanged.
 */
export function byteSourceAsBlob(source: ByteSource): BlobLike & { readonly name: string } {
  const sliceOf = (start: number, end: number) => ({
    async arrayBuffer(): Promise<ArrayBuffer> {
      const bytes = await source.read(start, end);
      return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
        ? (bytes.buffer as ArrayBuffer)
        : (bytes.slice().buffer as ArrayBuffer);
    },
  });
  return {
    name: source.name,
    size: source.size,
    slice: (start = 0, end = source.size) => sliceOf(start, end),
  };
}
