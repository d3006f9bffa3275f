// The user-file handler over real temp files: ranges, HEAD, 416s, unknown tokens, traversal, revocation
// and files that changed or vanished after they were chosen.
import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isUserFileUrl,
  parseRange,
  serveUserFile,
  USER_FILE_BASE,
  UserFileRegistry,
} from '../../electron/main/user-files';

const BYTES = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) % 251);

function get(url: string, range?: string, method = 'GET') {
  return { method, url, headers: new Headers(range === undefined ? {} : { range }) };
}

function tokens(): () => string {
  let n = 0;
  return () => `tok${String((n += 1)).padStart(40, '0')}`;
}

describe('user files', () => {
  let dir = '';
  let file = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'user-files-'));
    file = join(dir, 'crm.csv');
    await writeFile(file, BYTES);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('registers a chosen file under an unguessable token and serves it whole', async () => {
    const registry = new UserFileRegistry();
    const ref = await registry.register(file, 1);
    expect(ref).toMatchObject({ kind: 'desktop-file', name: 'crm.csv', size: 1000 });
    expect(ref.url).toMatch(/^app:\/\/bundle\/user-files\/[A-Za-z0-9_-]{43}$/);
    const other = await registry.register(file, 1);
    expect(other.url).not.toBe(ref.url);
    const response = await serveUserFile(get(ref.url), registry);
    expect(response.status).toBe(200);
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('content-length')).toBe('1000');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(BYTES);
  });

  it.each([
    ['start', 'bytes=0-99', 0, 99],
    ['middle', 'bytes=400-649', 400, 649],
    ['end', 'bytes=900-999', 900, 999],
    ['open end', 'bytes=990-', 990, 999],
    ['end clamped to the file', 'bytes=995-5000', 995, 999],
    ['suffix', 'bytes=-10', 990, 999],
    ['one byte', 'bytes=0-0', 0, 0],
  ])('serves a range at the %s with 206 and Content-Range', async (_label, range, start, end) => {
    const registry = new UserFileRegistry(tokens());
    const ref = await registry.register(file, 1);
    const response = await serveUserFile(get(ref.url, range), registry);
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes ${start}-${end}/1000`);
    expect(response.headers.get('content-length')).toBe(String(end - start + 1));
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(BYTES.subarray(start, end + 1));
  });

  it('answers HEAD with the size and no body', async () => {
    const registry = new UserFileRegistry(tokens());
    const ref = await registry.register(file, 1);
    const response = await serveUserFile(get(ref.url, undefined, 'HEAD'), registry);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('1000');
    expect(response.body).toBeNull();
    expect((await serveUserFile(get(ref.url, undefined, 'POST'), registry)).status).toBe(405);
  });

  it.each([
    'bytes=1000-',
    'bytes=5000-6000',
    'bytes=20-10',
    'bytes=-0',
    'bytes=0-1,5-9',
    'items=0-1',
    'bytes=',
    'bytes=x-y',
  ])('refuses the range %s with 416 and the size', async (range) => {
    const registry = new UserFileRegistry(tokens());
    const ref = await registry.register(file, 1);
    const response = await serveUserFile(get(ref.url, range), registry);
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */1000');
    expect(await response.text()).toContain('crm.csv');
  });

  it('refuses every range of an empty file but serves it whole as 0 bytes', async () => {
    const empty = join(dir, 'empty.csv');
    await writeFile(empty, '');
    const registry = new UserFileRegistry(tokens());
    const ref = await registry.register(empty, 1);
    expect(ref.size).toBe(0);
    expect((await serveUserFile(get(ref.url, 'bytes=0-'), registry)).status).toBe(416);
    const whole = await serveUserFile(get(ref.url), registry);
    expect(whole.status).toBe(200);
    expect((await whole.arrayBuffer()).byteLength).toBe(0);
  });

  it.each([
    `${USER_FILE_BASE}${'A'.repeat(43)}`,
    `${USER_FILE_BASE}`,
    `${USER_FILE_BASE}short`,
    `${USER_FILE_BASE}../../../etc/passwd`,
    `${USER_FILE_BASE}%2e%2e%2f%2e%2e%2fetc%2fpasswd`,
    `${USER_FILE_BASE}..%2F..%2F${'a'.repeat(38)}`,
    'app://bundle/index.html',
    'app://bundle/user-files',
  ])('answers 404 for %s, never a file outside the registry', async (url) => {
    const registry = new UserFileRegistry(tokens());
    await registry.register(file, 1);
    const response = await serveUserFile(get(url, 'bytes=0-10'), registry);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('root:');
  });

  it('forgets the files of a window that closed, and all of them at quit', async () => {
    const registry = new UserFileRegistry(tokens());
    const a = await registry.register(file, 1);
    const b = await registry.register(file, 2);
    expect(registry.revokeOwner(1)).toBe(1);
    expect((await serveUserFile(get(a.url), registry)).status).toBe(404);
    expect((await serveUserFile(get(b.url, 'bytes=0-1'), registry)).status).toBe(206);
    registry.revokeAll();
    expect((await serveUserFile(get(b.url), registry)).status).toBe(404);
  });

  it('answers 409 when the file changed after it was chosen and 410 when it is gone', async () => {
    const path = join(dir, 'changing.csv');
    await writeFile(path, 'a,b\n1,2\n');
    const registry = new UserFileRegistry(tokens());
    const ref = await registry.register(path, 1);
    await writeFile(path, 'a,b\n1,2\n3,4\n');
    const changed = await serveUserFile(get(ref.url, 'bytes=0-3'), registry);
    expect(changed.status).toBe(409);
    expect(await changed.text()).toContain('changing.csv');

    const same = join(dir, 'touched.csv');
    await writeFile(same, 'a,b\n');
    const touched = await registry.register(same, 1);
    await utimes(same, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect((await serveUserFile(get(touched.url, 'bytes=0-1'), registry)).status).toBe(409);

    await rm(path);
    expect((await serveUserFile(get(ref.url, 'bytes=0-3'), registry)).status).toBe(410);
  });

  it('registers only absolute paths of regular files, naming the path', async () => {
    const registry = new UserFileRegistry(tokens());
    await mkdir(join(dir, 'folder'), { recursive: true });
    await expect(registry.register('relative/crm.csv', 1)).rejects.toThrow(/absolute/);
    await expect(registry.register(join(dir, 'folder'), 1)).rejects.toThrow(/folder.*not a file/);
    await expect(registry.register(join(dir, 'missing.csv'), 1)).rejects.toThrow(
      /missing\.csv.*no such file/,
    );
    await expect(registry.register(`${file}\0x`, 1)).rejects.toThrow(/absolute/);
    expect(registry.size).toBe(0);
  });

  it('parses ranges as RFC 9110 single byte ranges', () => {
    expect(parseRange(null, 10)).toBe('none');
    expect(parseRange('bytes=2-4', 10)).toEqual({ start: 2, end: 4 });
    expect(parseRange('bytes=-100', 10)).toEqual({ start: 0, end: 9 });
    expect(parseRange('bytes=9-', 10)).toEqual({ start: 9, end: 9 });
    expect(parseRange('bytes=10-', 10)).toBe('invalid');
    expect(isUserFileUrl(`${USER_FILE_BASE}x`)).toBe(true);
    expect(isUserFileUrl('app://bundle/assets/x.js')).toBe(false);
  });
});
