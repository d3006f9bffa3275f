// The fetch ByteSource against a real local HTTP server (node:http) serving real files through the
// desktop's user-file handler: the same bytes as a memory source for any range, whole files read by
// every reader, and clear errors when the server does not answer with the exact range.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveUserFile, USER_FILE_BASE, UserFileRegistry } from '../../electron/main/user-files';
import { blobByteSource } from '../../shared/formats/blob-byte-source';
import { limitReadSize, memoryByteSource, readExactly } from '../../shared/formats/byte-source';
import {
  byteSourceAsBlob,
  fetchByteSource,
  openFetchByteSource,
  parseContentRange,
  type FetchLike,
} from '../../shared/formats/fetch-byte-source';
import { readRows } from '../../shared/formats/read-rows';
import { CUSTOMERS, customersAsStrings } from '../fixtures/formats/customers';
import { collect, fixtureBytes, values } from './helpers';

const nodeFetch = fetch as unknown as FetchLike;
const BYTES = Uint8Array.from({ length: 5000 }, (_, i) => (i * 31 + 7) % 256);

describe('fetch ByteSource over a real HTTP server', () => {
  const registry = new UserFileRegistry();
  let server: Server;
  let base = '';
  let dir = '';
  /** Requests the server saw, to check one Range request per read. */
  const seen: string[] = [];
  /** When set, the server answers with this instead of the handler (misbehaving servers). */
  let override:
    | ((
        url: string,
        range: string | undefined,
      ) => { status: number; headers: Record<string, string>; body: Uint8Array })
    | undefined;

  const urlOf = (ref: { url: string }) => `${base}/user-files/${ref.url.slice(USER_FILE_BASE.length)}`;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'fetch-byte-source-'));
    server = createServer((req, res) => {
      const range = req.headers.range;
      seen.push(`${req.method} ${range ?? ''}`);
      const bad = override?.(req.url ?? '', range);
      if (bad) {
        res.writeHead(bad.status, bad.headers).end(Buffer.from(bad.body));
        return;
      }
      // The same handler main installs for app://bundle/user-files/<token>, served over real HTTP.
      const url = `${USER_FILE_BASE}${(req.url ?? '').replace(/^\/user-files\//, '')}`;
      void serveUserFile(
        { method: req.method ?? 'GET', url, headers: new Headers(range ? { range } : {}) },
        registry,
      ).then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  async function served(name: string, bytes: Uint8Array) {
    const path = join(dir, name);
    await writeFile(path, bytes);
    return registry.register(path, 1);
  }

  it('reads the same bytes as a memory source for any range', async () => {
    const ref = await served('random.bin', BYTES);
    const remote = fetchByteSource(urlOf(ref), { name: ref.name, size: ref.size, fetch: nodeFetch });
    const local = memoryByteSource('random.bin', BYTES);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: -10, max: 5100 }),
        fc.integer({ min: -10, max: 5100 }),
        async (start, end) => {
          expect(await remote.read(start, end)).toEqual(new Uint8Array(await local.read(start, end)));
        },
      ),
      { numRuns: 120 },
    );
  });

  it('sends one Range request per read and none for an empty range', async () => {
    const ref = await served('count.bin', BYTES);
    const source = fetchByteSource(urlOf(ref), { name: ref.name, size: ref.size, fetch: nodeFetch });
    seen.length = 0;
    expect((await source.read(100, 100)).byteLength).toBe(0);
    expect((await source.read(6000, 7000)).byteLength).toBe(0);
    expect(seen).toEqual([]);
    await source.read(0, 10);
    await source.read(4990, 9999);
    expect(seen).toEqual(['GET bytes=0-9', 'GET bytes=4990-4999']);
  });

  it('learns the size with HEAD and reads every format through the readers', async () => {
    for (const name of ['customers.csv', 'customers.parquet']) {
      const ref = await served(name, fixtureBytes(name));
      const source = await openFetchByteSource(urlOf(ref), name, nodeFetch);
      expect(source.size).toBe(fixtureBytes(name).byteLength);
      const format = name.endsWith('.csv') ? 'csv' : 'parquet';
      const { rows, fileError } = await collect(
        readRows(limitReadSize(source, 64 * 1024), { format, chunkSize: 97 }),
      );
      expect(fileError).toBeUndefined();
      expect(values(rows)).toEqual(name.endsWith('.csv') ? customersAsStrings() : CUSTOMERS);
    }
  });

  it('reads as a BlobLike exactly like a File over the same bytes (what the engine methods take)', async () => {
    const ref = await served('customers.jsonl', fixtureBytes('customers.jsonl'));
    const blob = byteSourceAsBlob(
      fetchByteSource(urlOf(ref), { name: ref.name, size: ref.size, fetch: nodeFetch }),
    );
    const file = new File([fixtureBytes('customers.jsonl')], 'customers.jsonl');
    const viaFetch = await collect(readRows(blobByteSource(blob), { format: 'json', chunkSize: 50 }));
    const viaFile = await collect(readRows(blobByteSource(file), { format: 'json', chunkSize: 50 }));
    expect(viaFetch.rows.length).toBeGreaterThan(0);
    expect(viaFetch.rows).toEqual(viaFile.rows);
    expect(new Uint8Array(await blob.slice(3, 9).arrayBuffer())).toEqual(
      fixtureBytes('customers.jsonl').subarray(3, 9),
    );
    expect(blob.name).toBe('customers.jsonl');
  });

  it('fails with the file name when the file was forgotten, changed or deleted', async () => {
    const path = join(dir, 'gone.csv');
    await writeFile(path, 'a,b\n1,2\n');
    const ref = await registry.register(path, 7);
    const source = fetchByteSource(urlOf(ref), { name: 'gone.csv', size: ref.size, fetch: nodeFetch });
    await writeFile(path, 'a,b\n1,2\n3,4\n');
    await expect(source.read(0, 4)).rejects.toThrow(/"gone\.csv".*changed on disk/);
    await rm(path);
    await expect(source.read(0, 4)).rejects.toThrow(/"gone\.csv".*410/);
    registry.revokeOwner(7);
    await expect(source.read(0, 4)).rejects.toThrow(/"gone\.csv".*no longer available/);
    await expect(openFetchByteSource(urlOf(ref), 'gone.csv', nodeFetch)).rejects.toThrow(
      /no longer available/,
    );
  });

  it('refuses answers that are not the exact range asked for', async () => {
    const ref = await served('strict.bin', BYTES);
    const source = fetchByteSource(urlOf(ref), { name: 'strict.bin', size: ref.size, fetch: nodeFetch });
    try {
      override = () => ({ status: 200, headers: {}, body: BYTES });
      await expect(source.read(10, 20)).rejects.toThrow(/"strict\.bin".*answered 200/);
      override = () => ({
        status: 206,
        headers: { 'content-range': 'bytes 11-20/5000' },
        body: BYTES.subarray(11, 21),
      });
      await expect(source.read(10, 20)).rejects.toThrow(
        /asked for bytes 10-19 of 5000, got "bytes 11-20\/5000"/,
      );
      override = () => ({
        status: 206,
        headers: { 'content-range': 'bytes 10-19/6000' },
        body: BYTES.subarray(10, 20),
      });
      await expect(source.read(10, 20)).rejects.toThrow(/may have changed/);
      override = () => ({
        status: 206,
        headers: { 'content-range': 'bytes 10-19/5000' },
        body: BYTES.subarray(10, 15),
      });
      await expect(source.read(10, 20)).rejects.toThrow(/5 bytes instead of 10/);
      override = () => ({ status: 200, headers: {}, body: new Uint8Array() });
      await expect(openFetchByteSource(urlOf(ref), 'strict.bin', nodeFetch)).rejects.toThrow(
        /did not say how big/,
      );
    } finally {
      override = undefined;
    }
    expect(await readExactly(source, 0, 5000)).toEqual(BYTES);
  });

  it('parses Content-Range', () => {
    expect(parseContentRange('bytes 0-9/10')).toEqual({ start: 0, end: 9, size: 10 });
    expect(parseContentRange('bytes */10')).toBeUndefined();
    expect(parseContentRange(null)).toBeUndefined();
  });
});
