// Files the user chose (open dialog or drag and drop), readable by the engine window through
// app://bundle/user-files/<token> with HTTP Range requests. Only registered files are served, each
// under an unguessable token that dies with the window that chose it (or when the app quits).
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import { Readable } from 'node:stream';
import type { DesktopFileRef } from '../../shared/contract/desktop-api';

export const USER_FILE_BASE = 'app://bundle/user-files/';
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

interface Entry {
  path: string;
  name: string;
  size: number;
  mtimeMs: number;
  owner: number;
}

/** 32 random bytes, base64url (43 characters). */
export function newFileToken(): string {
  return randomBytes(32).toString('base64url');
}

export class UserFileRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly newToken: () => string = newFileToken) {}

  /**
   * Registers a file the user chose for the window `owner`; refuses relative paths, directories and
   * anything that is not a regular file, with a message naming the path.
   */
  async register(path: string, owner: number): Promise<DesktopFileRef> {
    if (typeof path !== 'string' || path === '' || !isAbsolute(path) || path.includes('\0'))
      throw new Error(`"${String(path)}" is not an absolute file path.`);
    const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
      throw new Error(`Cannot open "${path}": ${error.code === 'ENOENT' ? 'no such file' : error.message}.`);
    });
    if (!info.isFile())
      throw new Error(`"${path}" is not a file (folders cannot be imported; choose the files in it).`);
    const token = this.newToken();
    if (!TOKEN_PATTERN.test(token) || this.entries.has(token))
      throw new Error('Could not make a file token.');
    const name = basename(path);
    this.entries.set(token, { path, name, size: info.size, mtimeMs: info.mtimeMs, owner });
    return { kind: 'desktop-file', url: `${USER_FILE_BASE}${token}`, name, size: info.size };
  }

  lookup(token: string): Readonly<Entry> | undefined {
    return this.entries.get(token);
  }

  /** Forgets every file a window chose (it closed, reloaded or crashed). */
  revokeOwner(owner: number): number {
    let count = 0;
    for (const [token, entry] of this.entries)
      if (entry.owner === owner) {
        this.entries.delete(token);
        count += 1;
      }
    return count;
  }

  revokeAll(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** True for URLs the user-file handler answers (the rest of app://bundle is the built renderer). */
export function isUserFileUrl(url: string): boolean {
  return url.startsWith(USER_FILE_BASE);
}

export type ParsedRange = { start: number; end: number } | 'none' | 'invalid';

/**
 * One `bytes=` range against a file of `size` bytes, as an inclusive `{ start, end }`: `a-b`, `a-`
 * and the suffix form `-n`. Several ranges, other units, bad syntax and ranges that start at or
 * past the end are `invalid` (answered with 416).
 */
export function parseRange(header: string | null, size: number): ParsedRange {
  if (header === null) return 'none';
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return 'invalid';
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return 'invalid';
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0 || size === 0) return 'invalid';
    return { start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (!Number.isSafeInteger(start) || start >= size || (last !== '' && Number(last) < start))
    return 'invalid';
  return { start, end };
}

interface RequestLike {
  method: string;
  url: string;
  headers: { get(name: string): string | null };
}

const BASE_HEADERS = {
  'accept-ranges': 'bytes',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

function text(status: number, message: string, extra: Record<string, string> = {}): Response {
  return new Response(message, {
    status,
    headers: { ...BASE_HEADERS, 'content-type': 'text/plain; charset=utf-8', ...extra },
  });
}

/**
 * Answers one request for a registered file: GET or HEAD, whole file (200) or one byte range (206).
 * Unknown or malformed tokens → 404; a file deleted since it was chosen → 410; a file whose size or
 * modification time changed since it was chosen → 409 (its rows would no longer match the preview);
 * bad or unsatisfiable ranges → 416 with `Content-Range: bytes *\/size`.
 */
export async function serveUserFile(request: RequestLike, registry: UserFileRegistry): Promise<Response> {
  if (!isUserFileUrl(request.url)) return text(404, 'Not found');
  const token = request.url.slice(USER_FILE_BASE.length).split(/[?#]/)[0] ?? '';
  const entry = TOKEN_PATTERN.test(token) ? registry.lookup(token) : undefined;
  if (!entry) return text(404, 'No file is registered under this address; choose the file again.');
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return text(405, `${request.method} is not allowed; use GET or HEAD.`, { allow: 'GET, HEAD' });
  let current;
  try {
    current = await stat(entry.path);
  } catch {
    return text(410, `"${entry.name}" is no longer on disk.`);
  }
  if (current.size !== entry.size || current.mtimeMs !== entry.mtimeMs)
    return text(
      409,
      `"${entry.name}" changed on disk after it was chosen (${entry.size} → ${current.size} bytes).`,
    );
  const range = parseRange(request.headers.get('range'), entry.size);
  if (range === 'invalid')
    return text(
      416,
      `The range "${request.headers.get('range') ?? ''}" does not fit "${entry.name}" (${entry.size} bytes).`,
      {
        'content-range': `bytes */${entry.size}`,
      },
    );
  const { start, end } = range === 'none' ? { start: 0, end: entry.size - 1 } : range;
  const length = Math.max(0, end - start + 1);
  const headers: Record<string, string> = {
    ...BASE_HEADERS,
    'content-type': 'application/octet-stream',
    'content-length': String(length),
    ...(range === 'none' ? {} : { 'content-range': `bytes ${start}-${end}/${entry.size}` }),
  };
  const status = range === 'none' ? 200 : 206;
  if (request.method === 'HEAD' || length === 0) return new Response(null, { status, headers });
  const stream = Readable.toWeb(
    createReadStream(entry.path, { start, end }),
  ) as unknown as ReadableStream<Uint8Array>;
  return new Response(stream, { status, headers });
}
