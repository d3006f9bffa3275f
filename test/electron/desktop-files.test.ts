// The desktop file feed end to end without Electron: main's user-file handler behind a real local HTTP
// server, a real engine served with the engine window's adapter, and the UI's DesktopFile crossing a
// structured-cloning channel as a plain reference. The batch must equal one ingested from a Blob.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngineClient, inProcessPair, serveEngine, type EngineClient } from '../../shared/contract';
import { createEngine } from '../../shared/engine/engine';
import { sequentialIds, steppingClock } from '../../shared/engine/ids';
import { silentLogger } from '../../shared/util/logger';
import type { FetchLike } from '../../shared/formats/fetch-byte-source';
import { serveUserFile, USER_FILE_BASE, UserFileRegistry } from '../../electron/main/user-files';
import {
  DesktopFile,
  desktopFilePicker,
  isDesktopFileRef,
  toWireArgs,
  withDesktopFiles,
} from '../../renderer/engine-client/desktop-files';
import { freshIdb } from '../engine/helpers';
import { asCsv, asParquet, blob, crmSetup, PEOPLE, sandbox } from '../engine/ingest/builders';

describe('desktop file feed', () => {
  const registry = new UserFileRegistry();
  let server: Server;
  let dir = '';
  let fetcher: FetchLike;
  let requests = 0;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'desktop-files-'));
    server = createServer((req, res) => {
      requests += 1;
      const range = req.headers.range;
      const url = `${USER_FILE_BASE}${(req.url ?? '').slice(1)}`;
      void serveUserFile(
        { method: req.method ?? 'GET', url, headers: new Headers(range ? { range } : {}) },
        registry,
      ).then(async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers));
        res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    // What Chromium does for app://bundle/user-files/… in the engine window, over real HTTP here.
    fetcher = ((url: string, init: RequestInit) =>
      fetch(url.replace(USER_FILE_BASE, base), init)) as FetchLike;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  async function engineWindow(): Promise<EngineClient> {
    const engine = await createEngine({
      idb: freshIdb(),
      now: steppingClock(Date.UTC(2026, 0, 15, 9, 0, 0), 1000),
      newId: sequentialIds('id'),
      log: silentLogger,
      host: 'desktop',
      version: '0.0.0-test',
    });
    const [engineSide, uiSide] = inProcessPair();
    serveEngine(engineSide, withDesktopFiles(engine.handlers, fetcher), engine.events);
    return createEngineClient(uiSide);
  }

  it('ingests a chosen CSV and Parquet file through main exactly like the same bytes as a Blob', async () => {
    const client = await engineWindow();
    const { dataset } = await crmSetup(client);
    for (const [name, content, format] of [
      ['crm.csv', asCsv(PEOPLE), 'csv'],
      ['crm.parquet', asParquet(PEOPLE), 'parquet'],
    ] as const) {
      const path = join(dir, name);
      await writeFile(path, content);
      const file = new DesktopFile(await registry.register(path, 1), fetcher);
      expect(file.name).toBe(name);

      const ingestWith = async (input: DesktopFile | Blob) => {
        const batch = await client.call('ingest-batch-create', {
          sandbox,
          datasetId: dataset.id,
          inputFormat: { format },
        });
        // The UI's connect layer turns the DesktopFile into its plain reference before it crosses.
        await client.call(
          'ingest-batch-add-file',
          toWireArgs({ sandbox, batchId: batch.id, name, file: input }),
        );
        const done = await client.call('ingest-batch-complete', { sandbox, batchId: batch.id });
        const rows = await client.call('ingest-batch-rows', { sandbox, batchId: batch.id });
        return { status: done.status, metrics: done.metrics, rows: rows.map((row) => row.v) };
      };
      const before = requests;
      const viaMain = await ingestWith(file);
      expect(requests).toBeGreaterThan(before);
      const viaBlob = await ingestWith(blob(content));
      expect(viaMain.status).toBe('success');
      expect(viaMain).toEqual(viaBlob);
      expect(viaMain.rows).toHaveLength(PEOPLE.length);
    }
  });

  it('runs the dry run over a chosen file and reports a revoked file by name', async () => {
    const client = await engineWindow();
    const { dataset } = await crmSetup(client);
    const path = join(dir, 'dry.csv');
    await writeFile(path, asCsv(PEOPLE));
    const ref = await registry.register(path, 9);
    const file = new DesktopFile(ref, fetcher);
    const result = await client.call(
      'ingest-dry-run',
      toWireArgs({ sandbox, datasetId: dataset.id, name: 'dry.csv', file }),
    );
    expect(JSON.stringify(result)).not.toContain('no longer available');
    registry.revokeOwner(9);
    await expect(
      client.call('ingest-dry-run', toWireArgs({ sandbox, datasetId: dataset.id, name: 'dry.csv', file })),
    ).rejects.toThrow(/dry\.csv.*no longer available/);
  });

  it('reads slices in the UI too, and passes web Files and other arguments through untouched', async () => {
    const path = join(dir, 'slice.csv');
    await writeFile(path, 'a,b\n1,2\n');
    const file = new DesktopFile(await registry.register(path, 1), fetcher);
    expect(new TextDecoder().decode(await file.slice(2, 6).arrayBuffer())).toBe('b\n1,');
    const web = new File(['x'], 'x.csv');
    const args = { sandbox, file: web };
    expect(toWireArgs(args)).toBe(args);
    expect(toWireArgs({ sandbox })).toEqual({ sandbox });
    expect(toWireArgs(undefined)).toBeUndefined();
    const wired = toWireArgs({ sandbox, file }) as unknown as { file: unknown };
    expect(isDesktopFileRef(wired.file)).toBe(true);
    expect(structuredClone(wired)).toEqual(wired);
  });

  it('only treats app://bundle/user-files references as desktop files', () => {
    const ok = { kind: 'desktop-file', url: `${USER_FILE_BASE}abc`, name: 'a.csv', size: 3 };
    expect(isDesktopFileRef(ok)).toBe(true);
    expect(isDesktopFileRef({ ...ok, url: 'file:///etc/passwd' })).toBe(false);
    expect(isDesktopFileRef({ ...ok, url: 'https://example.com/a.csv' })).toBe(false);
    expect(isDesktopFileRef({ ...ok, size: -1 })).toBe(false);
    expect(isDesktopFileRef({ ...ok, kind: 'other' })).toBe(false);
    expect(isDesktopFileRef(null)).toBe(false);
  });

  it('the picker exists only where the preload exposes files, and wraps what main returns', async () => {
    expect(desktopFilePicker(undefined)).toBeUndefined();
    const ref = { kind: 'desktop-file' as const, url: `${USER_FILE_BASE}t`, name: 'n.csv', size: 1 };
    const seen: File[][] = [];
    const picker = desktopFilePicker({
      files: {
        open: async () => [ref],
        fromDrop: async (files) => {
          seen.push(files);
          return [ref, ref];
        },
      },
    });
    const opened = await picker?.open();
    expect(opened?.[0]).toBeInstanceOf(DesktopFile);
    expect(opened?.[0]?.ref).toEqual(ref);
    const dropped = await picker?.fromDrop([new File(['x'], 'n.csv')]);
    expect(dropped).toHaveLength(2);
    expect(seen[0]?.[0]?.name).toBe('n.csv');
  });
});
