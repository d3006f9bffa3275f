// The import wizard in the desktop host: files come from main (the open dialog, or the paths of dropped
// files) and the engine reads them through main's user-file handler — here served over a real local
// HTTP server by the same function, with the engine window's adapter and the UI's desktop client.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fireEvent, screen, within } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEngineClient, inProcessPair, serveEngine } from '../../shared/contract';
import type { DesktopApi, DesktopFileRef } from '../../shared/contract/desktop-api';
import { createEngine } from '../../shared/engine/engine';
import { sequentialIds, steppingClock } from '../../shared/engine/ids';
import type { FetchLike } from '../../shared/formats/fetch-byte-source';
import { silentLogger } from '../../shared/util/logger';
import { serveUserFile, USER_FILE_BASE, UserFileRegistry } from '../../electron/main/user-files';
import { desktopEngineClient } from '../../renderer/engine-client/connect';
import { withDesktopFiles } from '../../renderer/engine-client/desktop-files';
import { freshIdb } from '../engine/helpers';
import { CRM_CSV, EVENTS_JSONL, openImportWizard, pressNext } from './wizards/import-helpers';

describe('import wizard in the desktop host', () => {
  const registry = new UserFileRegistry();
  let server: Server;
  let dir = '';
  let fetcher: FetchLike;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'import-desktop-'));
    server = createServer((req, res) => {
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
    fetcher = ((url: string, init: RequestInit) =>
      fetch(url.replace(USER_FILE_BASE, base), init)) as FetchLike;
  });
  afterEach(() => {
    delete (window as { profileStager?: unknown }).profileStager;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  it('chooses files with main’s dialog and by drop, and the engine previews them read through main', async () => {
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
    const preloadClient = createEngineClient(uiSide);
    await writeFile(join(dir, 'crm.csv'), CRM_CSV);
    await writeFile(join(dir, 'events.jsonl'), EVENTS_JSONL);

    const open = vi.fn(async (): Promise<DesktopFileRef[]> => [
      await registry.register(join(dir, 'crm.csv'), 1),
    ]);
    const fromDrop = vi.fn(async (files: File[]): Promise<DesktopFileRef[]> =>
      Promise.all(files.map((dropped) => registry.register(join(dir, dropped.name), 1))),
    );
    // What the preload exposes: engine calls over the (structured-cloning) port, files from main.
    const desktop = {
      host: 'desktop',
      call: (method, args) => preloadClient.call(method, args),
      on: (event, listener) => preloadClient.on(event, listener),
      files: { open, fromDrop },
    } as Pick<DesktopApi, 'host' | 'call' | 'on' | 'files'>;
    (window as { profileStager?: unknown }).profileStager = desktop;

    const { app } = await openImportWizard('?dataset={crm}', {
      client: desktopEngineClient(desktop),
      host: 'desktop',
      awaitFirstLoad: true,
    });
    await pressNext(app, 'Choose files');
    await screen.findByRole('heading', { name: 'Choose the files' });

    await app.user.click(screen.getByLabelText('Choose files to import'));
    expect(open).toHaveBeenCalledTimes(1);
    const crm = within(await screen.findByRole('group', { name: 'Detected in crm.csv' }));
    expect(crm.getByText('CSV')).toBeVisible();
    expect(crm.getByText('Delimiter: Comma')).toBeVisible();

    const zone = screen.getByLabelText('Choose files to import').closest('label') as HTMLElement;
    fireEvent.drop(zone, {
      dataTransfer: { files: [new File(['ignored'], 'events.jsonl')], types: ['Files'] },
    });
    const events = within(await screen.findByRole('group', { name: 'Detected in events.jsonl' }));
    expect(events.getByText(/JSON/)).toBeVisible();
    expect(fromDrop).toHaveBeenCalledTimes(1);
    expect(fromDrop.mock.calls[0]?.[0]?.[0]?.name).toBe('events.jsonl');

    const chosen = within(screen.getByRole('table', { name: 'Chosen files' }));
    expect(chosen.getByText('crm.csv')).toBeVisible();
    expect(chosen.getByText('events.jsonl')).toBeVisible();
  });

  it('shows main’s refusal in the error centre and adds nothing', async () => {
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
    const preloadClient = createEngineClient(uiSide);
    const desktop = {
      host: 'desktop',
      call: (method, args) => preloadClient.call(method, args),
      on: (event, listener) => preloadClient.on(event, listener),
      files: {
        open: async () => [],
        fromDrop: () => registry.register(join(dir), 1).then((ref) => [ref]),
      },
    } as Pick<DesktopApi, 'host' | 'call' | 'on' | 'files'>;
    (window as { profileStager?: unknown }).profileStager = desktop;
    const { app } = await openImportWizard('?dataset={crm}', {
      client: desktopEngineClient(desktop),
      host: 'desktop',
      awaitFirstLoad: true,
    });
    await pressNext(app, 'Choose files');
    await screen.findByRole('heading', { name: 'Choose the files' });
    await app.user.click(screen.getByLabelText('Choose files to import'));
    const zone = screen.getByLabelText('Choose files to import').closest('label') as HTMLElement;
    fireEvent.drop(zone, { dataTransfer: { files: [new File([''], 'folder')], types: ['Files'] } });
    expect(await screen.findByText(/is not a file \(folders cannot be imported/)).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Chosen files' })).toBeNull();
  });
});
