// The desktop's local HTTP API: the settings file under a real temp userData (0600, one token per
// install), and the controller main uses, starting the real server over a real in-process engine.
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger, memoryLogger } from '../../shared/util/logger';
import {
  isValidPort,
  listenError,
  LocalApiController,
  LocalApiSettingsStore,
  SETTINGS_FILE,
} from '../../electron/main/local-api';
import { switchableClient } from '../../electron/main/switchable-client';
import { DEFAULT_PORT } from '../../electron/node/http/server';
import { testEngine } from '../engine/helpers';

const posix = process.platform !== 'win32';

function tokens(): () => string {
  let n = 0;
  return () => `token-${String((n += 1)).padStart(20, '0')}`;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('local API settings store', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'local-api-store-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('creates the token once per install in a 0600 file and keeps it across loads', async () => {
    const home = join(dir, 'install-a');
    const store = new LocalApiSettingsStore(home, tokens());
    const first = await store.load();
    expect(first).toEqual({ enabled: true, port: DEFAULT_PORT, token: 'token-00000000000000000001' });
    if (posix) expect((await stat(store.path)).mode & 0o777).toBe(0o600);
    expect(await new LocalApiSettingsStore(home, tokens()).load()).toEqual(first);
    expect(JSON.parse(await readFile(join(home, SETTINGS_FILE), 'utf8'))).toEqual(first);
  });

  it('tightens a file that was made readable by others', async () => {
    const home = join(dir, 'install-b');
    const store = new LocalApiSettingsStore(home, tokens());
    await store.load();
    if (!posix) return;
    await chmod(store.path, 0o644);
    await store.load();
    expect((await stat(store.path)).mode & 0o777).toBe(0o600);
  });

  it('replaces a damaged file with a new token and says so', async () => {
    const home = join(dir, 'install-c');
    const log = memoryLogger();
    const store = new LocalApiSettingsStore(home, tokens(), log);
    await store.load();
    for (const damaged of [
      '{not json',
      JSON.stringify({ port: 'x', token: 'short' }),
      JSON.stringify({ port: 99999, token: 'a'.repeat(40) }),
    ]) {
      await writeFile(store.path, damaged);
      const settings = await store.load();
      expect(settings.port).toBe(DEFAULT_PORT);
      expect(settings.token).toMatch(/^token-/);
    }
    expect(log.entries.filter((entry) => entry.message.includes('unreadable'))).toHaveLength(3);
  });

  it('checks ports and explains listen failures', () => {
    expect([1, 8181, 65535].every(isValidPort)).toBe(true);
    expect([0, -1, 65536, 1.5, '8181', Number.NaN].some(isValidPort)).toBe(false);
    expect(listenError(Object.assign(new Error('x'), { code: 'EADDRINUSE' }), 8181)).toMatchObject({
      code: 'port-in-use',
      message: expect.stringContaining('Port 8181 on 127.0.0.1 is already in use'),
    });
    expect(listenError(Object.assign(new Error('x'), { code: 'EACCES' }), 80).code).toBe('no-permission');
    expect(listenError(new Error('boom'), 1).message).toContain('boom');
  });
});

describe('local API controller (the function main uses) over a real engine', () => {
  let dir = '';
  let blocker: Server | undefined;
  const controllers: LocalApiController[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'local-api-'));
  });
  afterEach(async () => {
    for (const controller of controllers.splice(0)) await controller.stop();
    await new Promise((resolve) => (blocker ? blocker.close(resolve) : resolve(undefined)));
    blocker = undefined;
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function controllerAt(name: string, port: number, enabled = true) {
    const home = join(dir, name);
    const store = new LocalApiSettingsStore(home);
    await store.save({ enabled, port, token: `${name}-token-0123456789abcdef` });
    const { client } = await testEngine();
    const main = switchableClient();
    main.replace(client);
    const controller = new LocalApiController({ store, client: main.client, log: silentLogger });
    controllers.push(controller);
    return { controller, store };
  }

  it('serves on 127.0.0.1 at the configured port and accepts only the stored token', async () => {
    const port = await freePort();
    const { controller, store } = await controllerAt('auth', port);
    const seen: boolean[] = [];
    controller.onStatus((status) => seen.push(status.running));
    const status = await controller.start();
    expect(status).toMatchObject({ enabled: true, running: true, port, url: `http://127.0.0.1:${port}` });
    expect(status.error).toBeUndefined();
    expect(seen).toEqual([true]);
    const { token } = await store.load();
    const stats = `${status.url}/data/foundation/schemaregistry/stats`;
    const ok = await fetch(stats, {
      headers: { authorization: `Bearer ${token}`, 'x-sandbox-name': 'prod' },
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toHaveProperty('tenantId');
    expect((await fetch(stats)).status).toBe(401);

    const renewed = await controller.regenerateToken();
    expect(renewed.token).not.toBe(token);
    expect((await store.load()).token).toBe(renewed.token);
    expect((await fetch(stats, { headers: { authorization: `Bearer ${token}` } })).status).toBe(401);
    expect((await fetch(stats, { headers: { authorization: `Bearer ${renewed.token}` } })).status).toBe(200);
  });

  it('reports a port in use clearly, and starts once the user picks a free one', async () => {
    const busy = await freePort();
    blocker = createServer();
    await new Promise<void>((resolve) => blocker?.listen(busy, '127.0.0.1', resolve));
    const { controller } = await controllerAt('busy', busy);
    const status = await controller.start();
    expect(status).toMatchObject({ enabled: true, running: false, port: busy });
    expect(status.url).toBeUndefined();
    expect(status.error).toEqual({
      code: 'port-in-use',
      message: `Port ${busy} on 127.0.0.1 is already in use by another program. Choose another port, or stop the program that uses it.`,
    });
    const free = await freePort();
    const moved = await controller.configure({ port: free });
    expect(moved).toMatchObject({ running: true, port: free, url: `http://127.0.0.1:${free}` });
    expect(moved.error).toBeUndefined();
  });

  it('turns off and on, refuses bad input without changing anything, and is off when stored off', async () => {
    const port = await freePort();
    const { controller, store } = await controllerAt('switch', port, false);
    expect(await controller.start()).toMatchObject({ enabled: false, running: false });
    const on = await controller.configure({ enabled: true });
    expect(on.running).toBe(true);
    const off = await controller.configure({ enabled: false });
    expect(off).toMatchObject({ enabled: false, running: false });
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
    expect((await store.load()).enabled).toBe(false);
    const bad = await controller.configure({ port: 'eighty' });
    expect(bad.error?.code).toBe('invalid-port');
    expect((await store.load()).port).toBe(port);
    expect((await controller.configure({ enabled: 'yes' })).error?.message).toMatch(/true or false/);
  });

  it('keeps serving across an engine restart (main hands the API the new connection)', async () => {
    const port = await freePort();
    const home = join(dir, 'restart');
    const store = new LocalApiSettingsStore(home);
    await store.save({ enabled: true, port, token: 'restart-token-0123456789abcdef' });
    const main = switchableClient();
    const controller = new LocalApiController({ store, client: main.client, log: silentLogger });
    controllers.push(controller);
    const status = await controller.start();
    const stats = `${status.url}/data/foundation/schemaregistry/stats`;
    const headers = { authorization: 'Bearer restart-token-0123456789abcdef' };
    // Calls wait until the engine is connected.
    const early = fetch(stats, { headers });
    const first = await testEngine();
    main.replace(first.client);
    expect((await early).status).toBe(200);
    const second = await testEngine();
    main.replace(second.client);
    expect(first.client.isClosed).toBe(true);
    expect((await fetch(stats, { headers })).status).toBe(200);
  });
});
