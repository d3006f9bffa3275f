// `profile-stager serve`: token and port rules, the serve loop with a real node engine and snapshot,
// and the built CLI as a child process (start, answer, SIGTERM, save).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parsePort, resolveToken, serve } from '../../../electron/node/cli/commands/serve';
import { UsageError, type RunContext } from '../../../electron/node/cli/context';
import { startNodeEngine } from '../../../electron/node/node-engine';
import { silentLogger } from '../../../shared/util/logger';
import { buildCli, ROOT, tempDir } from '../cli-harness';
import { REGISTRY, schemaBody } from './harness';

describe('token and port', () => {
  it('takes the token from --token, else the environment, else generates one', () => {
    expect(resolveToken('from-flag', 'from-env')).toEqual({ token: 'from-flag', source: 'flag' });
    expect(resolveToken(undefined, 'from-env')).toEqual({ token: 'from-env', source: 'env' });
    const generated = resolveToken(undefined, undefined);
    expect(generated.source).toBe('generated');
    expect(generated.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(resolveToken(undefined, '  ').source).toBe('generated');
    expect(resolveToken(undefined, undefined).token).not.toBe(generated.token);
    expect(() => resolveToken('', undefined)).toThrow(UsageError);
  });

  it('reads the port (default 8181, 0 = any free one) and refuses anything else', () => {
    expect(parsePort(undefined)).toBe(8181);
    expect(parsePort('0')).toBe(0);
    expect(parsePort('9000')).toBe(9000);
    for (const bad of ['-1', '65536', 'http', '80.5', '']) expect(() => parsePort(bad)).toThrow(UsageError);
  });
});

describe('serve loop', () => {
  it('serves until stopped, drains, and saves the snapshot; the next run loads it', async () => {
    const snapshot = join(tempDir(), 'api.snap');
    const host = await startNodeEngine({ snapshotPath: snapshot, version: '0.0.0-test', log: silentLogger });
    let printed = '';
    let announce!: (text: string) => void;
    const announced = new Promise<string>((resolve) => (announce = resolve));
    let stop!: (signal: string) => void;
    const stopped = new Promise<string>((resolve) => (stop = resolve));
    const ctx: RunContext = {
      client: host.client,
      host,
      options: { json: true, sandbox: 'prod', snapshot, save: false },
      io: { stdout: (text) => ((printed += text), announce(text)), stderr: () => {}, version: '0.0.0-test' },
    };
    const running = serve(ctx, { port: '0', token: 'serve-token' }, () => stopped, undefined);
    const started = JSON.parse(await announced) as { url: string; token: string; tokenSource: string };
    expect(started).toMatchObject({
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      token: 'serve-token',
      tokenSource: 'flag',
      snapshot,
      saveInterval: 30,
    });

    const auth = { authorization: 'Bearer serve-token' };
    const created = await fetch(`${started.url}${REGISTRY}/tenant/schemas`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify(schemaBody('Saved')),
    });
    expect(created.status).toBe(201);
    expect((await fetch(`${started.url}${REGISTRY}/stats`)).status).toBe(401);

    stop('SIGTERM');
    const output = await running;
    expect(output.json).toEqual({ stopped: 'SIGTERM', url: started.url, saved: snapshot });
    expect(existsSync(snapshot)).toBe(true);
    await expect(fetch(`${started.url}${REGISTRY}/stats`, { headers: auth })).rejects.toThrow();
    host.close();
    expect(printed.split('\n').filter(Boolean)).toHaveLength(1);

    const again = await startNodeEngine({ snapshotPath: snapshot, version: '0.0.0-test', log: silentLogger });
    expect(
      (await again.client.call('registry-schema-list', { sandbox: 'prod' })).map((s) => s.title),
    ).toEqual(['Saved']);
    again.close();
  });

  it('explains a port in use', async () => {
    const host = await startNodeEngine({ version: '0.0.0-test', log: silentLogger });
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as AddressInfo).port;
    const ctx: RunContext = {
      client: host.client,
      host,
      options: { json: false, sandbox: 'prod', save: false },
      io: { stdout: () => {}, stderr: () => {}, version: '0.0.0-test' },
    };
    await expect(
      serve(ctx, { port: String(port), token: 't' }, () => new Promise(() => {}), undefined),
    ).rejects.toThrow(`Port ${port} on 127.0.0.1 is already in use; pass --port N`);
    await new Promise((resolve) => blocker.close(resolve));
    host.close();
  });
});

describe('built CLI: profile-stager serve', { timeout: 120_000 }, () => {
  const outDir = join(ROOT, 'out', 'cli-http-test');
  const entry = join(outDir, 'profile-stager.js');
  let child: ChildProcess | undefined;

  beforeAll(() => {
    buildCli(outDir);
  }, 120_000);

  afterEach(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    child = undefined;
  });

  /** Starts `serve`, resolves with the first stdout line and a promise of the exit. */
  function start(args: string[], env: Record<string, string> = {}) {
    const proc = spawn(process.execPath, [entry, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    const lines = createInterface({ input: proc.stdout! });
    const all: string[] = [];
    const first = new Promise<string>((resolve) =>
      lines.on('line', (line) => (all.push(line), all.length === 1 && resolve(line))),
    );
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    return { proc, first, exited, all };
  }

  it('starts on a free port with the token from the environment, answers, and stops cleanly on SIGTERM', async () => {
    const snapshot = join(tempDir(), 'cli.snap');
    const run = start(['serve', '--port', '0', '--json', '--snapshot', snapshot], {
      PROFILE_STAGER_TOKEN: 'env-token',
    });
    const started = JSON.parse(await run.first) as { url: string; token: string; tokenSource: string };
    expect(started).toMatchObject({ token: 'env-token', tokenSource: 'env' });
    const response = await fetch(`${started.url}${REGISTRY}/tenant/schemas`, {
      method: 'POST',
      headers: { authorization: 'Bearer env-token', 'content-type': 'application/json' },
      body: JSON.stringify(schemaBody('From CLI')),
    });
    expect(response.status).toBe(201);
    run.proc.kill('SIGTERM');
    expect(await run.exited).toBe(0);
    expect(JSON.parse(run.all.at(-1)!)).toEqual({ stopped: 'SIGTERM', url: started.url, saved: snapshot });
    expect(existsSync(snapshot)).toBe(true);

    const again = start(['serve', '--port', '0', '--token', 'second', '--snapshot', snapshot]);
    const line = await again.first;
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line)![0];
    const listed = await fetch(`${url}${REGISTRY}/tenant/schemas`, {
      headers: { authorization: 'Bearer second', accept: 'application/vnd.adobe.xed-id+json' },
    });
    expect(((await listed.json()) as { results: { title: string }[] }).results.map((r) => r.title)).toEqual([
      'From CLI',
    ]);
    again.proc.kill('SIGINT');
    expect(await again.exited).toBe(0);
  });

  it('refuses a bad port with exit code 2', async () => {
    const run = start(['serve', '--port', 'abc']);
    expect(await run.exited).toBe(2);
  });
});
