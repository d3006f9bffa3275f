// The durability promise of streaming (issue 6 §3), end to end: `profile-stager serve --snapshot FILE`
// as a child process takes valid and invalid messages with asynchronous validation, is SIGKILLed right
// after the last 200/207, and a restart on the same snapshot finds every accepted message in Profile or
// in the dataset's failed batch, none twice. With --save-interval the snapshot is saved in the background
// and the WAL trimmed; a kill after such a save restarts with everything.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startNodeEngine } from '../../../electron/node/node-engine';
import { walPath } from '../../../electron/node/streaming-wal';
import { silentLogger } from '../../../shared/util/logger';
import { buildCli, ROOT, tempDir } from '../cli-harness';
import { envelope, streamingDataset } from '../../engine/streaming-builders';

const SPEC = 'bc7b00d6-623a-4dfc-9fdb-f1240aeadaeb';
const TOKEN = 'durability-token';
const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };

describe('streaming durability: kill -9 right after the reply, then restart', { timeout: 240_000 }, () => {
  const outDir = join(ROOT, 'out', 'cli-streaming-durability');
  const entry = join(outDir, 'profile-stager.js');
  const children: ChildProcess[] = [];

  beforeAll(() => {
    buildCli(outDir);
  }, 180_000);

  afterEach(() => {
    for (const child of children.splice(0))
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  /** Starts `serve` on a free port (with `extra` arguments); resolves with its base URL once it listens. */
  async function serve(snapshot: string, extra: string[] = []) {
    const proc = spawn(
      process.execPath,
      [entry, 'serve', '--port', '0', '--json', '--token', TOKEN, '--snapshot', snapshot, ...extra],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    children.push(proc);
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      proc.on('exit', (code, signal) => resolve({ code, signal })),
    );
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: proc.stdout! }).once('line', resolve);
      void exited.then(({ code }) => reject(new Error(`serve exited (${code}) before listening`)));
    });
    return { proc, exited, url: (JSON.parse(first) as { url: string }).url };
  }

  /** A snapshot with a Profile schema and dataset (made the way the CLI makes them, then saved). */
  async function seed(snapshot: string) {
    const seed = await startNodeEngine({ snapshotPath: snapshot, version: '0.0.0-test', log: silentLogger });
    const { schema, dataset } = await streamingDataset(seed.client);
    await seed.save();
    seed.close();
    return { datasetId: dataset.id, envelope: (entity: unknown) => envelope(schema.$id, dataset.id, entity) };
  }

  /** Creates an inlet over HTTP; resolves with its inlet id. */
  async function createInlet(url: string): Promise<string> {
    const created = await fetch(`${url}/data/foundation/flowservice/connections`, {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        name: 'Durable',
        connectionSpec: { id: SPEC, version: '1.0' },
        auth: { specName: 'Streaming Connection', params: { dataType: 'xdm' } },
      }),
    });
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    const connection = (await (
      await fetch(`${url}/data/foundation/flowservice/connections/${id}`, { headers: auth })
    ).json()) as { items: { auth: { params: { inletId: string } } }[] };
    return connection.items[0]?.auth.params.inletId ?? '';
  }

  /** Resolves once `check` holds, polling the file system every 100 ms; fails after `ms`. */
  async function eventually(check: () => boolean, what: string, ms = 60_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  it('finds every accepted message in Profile or in the failed batch after a restart, none twice', async () => {
    const snapshot = join(tempDir(), 'durable.snap');
    const { datasetId, envelope } = await seed(snapshot);
    const first = await serve(snapshot, ['--save-interval', '0']);
    // The inlet is created over HTTP after the last save: it must survive the kill too.
    const inletId = await createInlet(first.url);

    // Every 7th message is invalid (an extraneous field): accepted, then kept in the failed batch.
    const entity = (i: number) =>
      i % 7 === 3
        ? { personalEmail: { address: `p${i}@example.com` }, notInSchema: i }
        : { personalEmail: { address: `p${i}@example.com` } };
    const accepted: number[] = [];
    const batches = Array.from({ length: 6 }, (_, b) => Array.from({ length: 40 }, (_, k) => b * 40 + k));
    await Promise.all(
      batches.map(async (indexes) => {
        const response = await fetch(`${first.url}/collection/batch/${inletId}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ messages: indexes.map((i) => envelope(entity(i))) }),
        });
        expect(response.status).toBe(207);
        const body = (await response.json()) as { responses: { xactionId?: string }[] };
        body.responses.forEach((r, k) => r.xactionId && accepted.push(indexes[k] ?? -1));
      }),
    );
    for (let i = 240; i < 260; i++) {
      const response = await fetch(`${first.url}/collection/${inletId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(envelope(entity(i))),
      });
      expect(response.status).toBe(200);
      accepted.push(i);
    }
    first.proc.kill('SIGKILL'); // right after the last 200: no drain, no snapshot save
    expect((await first.exited).signal).toBe('SIGKILL');
    expect(accepted).toHaveLength(260);
    expect(existsSync(walPath(snapshot, 'prod'))).toBe(true);

    const second = await serve(snapshot);
    const valid = accepted.filter((i) => i % 7 !== 3);
    const invalid = accepted.filter((i) => i % 7 === 3);
    for (const i of [valid[0], valid[100], valid.at(-1)]) {
      const lookup = await fetch(
        `${second.url}/data/core/ups/access/entities?schema.name=_xdm.context.profile&entityId=p${i}@example.com&entityIdNS=Email`,
        { headers: auth },
      );
      expect(lookup.status).toBe(200);
    }
    // The inlet kept its id: a producer goes on sending to the same URL.
    expect(
      (
        await fetch(`${second.url}/collection/${inletId}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(envelope({ personalEmail: { address: 'after@example.com' } })),
        })
      ).status,
    ).toBe(200);
    second.proc.kill('SIGTERM'); // drains and saves the snapshot, which trims the WAL
    expect((await second.exited).code).toBe(0);
    expect(existsSync(walPath(snapshot, 'prod'))).toBe(false);

    const check = await startNodeEngine({ snapshotPath: snapshot, version: '0.0.0-test', log: silentLogger });
    const list = await check.client.call('ingest-batch-list', { sandbox: 'prod', datasetId });
    const written = list
      .filter((b) => b.status === 'success')
      .reduce((n, b) => n + (b.metrics?.outputRecordCount ?? 0), 0);
    expect(written).toBe(valid.length + 1);
    const failedRaw: string[] = [];
    for (const batch of list.filter((b) => b.status === 'failed'))
      for (const d of await check.client.call('ingest-batch-errors', { sandbox: 'prod', batchId: batch.id }))
        failedRaw.push(d.raw ?? '');
    expect(failedRaw.sort()).toEqual(invalid.map((i) => JSON.stringify(entity(i))).sort());
    expect((await check.client.call('profile-stats', { sandbox: 'prod' })).profiles).toBe(valid.length + 1);
    for (const i of valid)
      expect(
        await check.client.call('profile-detail', {
          sandbox: 'prod',
          entityId: `p${i}@example.com`,
          entityIdNS: 'Email',
        }),
      ).not.toBeNull();
    check.close();
  });
  it('saves in the background every --save-interval, trimming the WAL; a kill after that loses nothing', async () => {
    const snapshot = join(tempDir(), 'interval.snap');
    const { datasetId, envelope } = await seed(snapshot);
    const seeded = statSync(snapshot).mtimeMs;
    const first = await serve(snapshot, ['--save-interval', '1']);
    const inletId = await createInlet(first.url);
    let sent = 0;
    for (let b = 0; b < 3; b++) {
      const response = await fetch(`${first.url}/collection/batch/${inletId}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          messages: Array.from({ length: 20 }, (_, k) =>
            envelope({ personalEmail: { address: `s${b * 20 + k}@example.com` } }),
          ),
        }),
      });
      expect(response.status).toBe(207);
      sent += 20;
    }
    // Within about a second the snapshot is rewritten and the WAL emptied, with no shutdown.
    await eventually(
      () => !existsSync(walPath(snapshot, 'prod')) && statSync(snapshot).mtimeMs > seeded,
      'the background save',
    );
    first.proc.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');

    const check = await startNodeEngine({ snapshotPath: snapshot, version: '0.0.0-test', log: silentLogger });
    expect(check.replayed.requests).toBe(0); // nothing left to replay: the snapshot holds it all
    const list = await check.client.call('ingest-batch-list', { sandbox: 'prod', datasetId });
    expect(
      list.reduce((n, b) => n + (b.status === 'success' ? (b.metrics?.outputRecordCount ?? 0) : 0), 0),
    ).toBe(sent);
    expect((await check.client.call('streaming-inlet-show', { inletId })).inletId).toBe(inletId);
    expect((await check.client.call('profile-stats', { sandbox: 'prod' })).profiles).toBe(sent);
    check.close();
  });
});
