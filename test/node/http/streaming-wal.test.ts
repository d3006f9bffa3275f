// The node host's streaming write-ahead log (electron/node/streaming-wal.ts): accepted requests are on
// disk before the reply, replayed once after a stop without a save, skipped when the snapshot already
// holds them, a torn or corrupt line is reported and left out, and a save trims the log.
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../../../shared/contract';
import { sequentialIds, steppingClock } from '../../../shared/engine/ids';
import type { Logger } from '../../../shared/util/logger';
import { silentLogger } from '../../../shared/util/logger';
import { startNodeEngine, type NodeEngine } from '../../../electron/node/node-engine';
import { BackgroundSaver } from '../../../electron/node/snapshot-saver';
import { decodeLine, encodeLine, walPath } from '../../../electron/node/streaming-wal';
import { tempDir } from '../cli-harness';
import { streamingSetup } from '../../engine/streaming-builders';

const sandbox = 'prod';

function recordingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    ...silentLogger,
    warnings,
    warn: (message: string, fields?: Record<string, unknown>) =>
      warnings.push(`${message} ${JSON.stringify(fields ?? {})}`),
  };
}

function start(snapshotPath: string, log: Logger = silentLogger, prefix = 'a'): Promise<NodeEngine> {
  return startNodeEngine({
    snapshotPath,
    version: '0.0.0-test',
    log,
    now: steppingClock(Date.UTC(2026, 0, 15, 9), 1000),
    newId: sequentialIds(prefix),
  });
}

/**
 * A snapshot holding a Profile schema, a dataset and an inlet; returns what a producer needs, and `send`:
 * one request to the inlet with a record per email address.
 */
async function seeded(snapshotPath: string) {
  const host = await start(snapshotPath, silentLogger, 'seed');
  const { inlet, dataset, message } = await streamingSetup(host.client);
  await host.save();
  host.close();
  const send = (to: NodeEngine, ...addresses: string[]) =>
    to.client.call('streaming-ingest', {
      inletId: inlet.inletId,
      messages: addresses.map((address) => message({ personalEmail: { address } })),
    });
  return { inletId: inlet.inletId, datasetId: dataset.id, message, send };
}

type Seeded = Awaited<ReturnType<typeof seeded>>;

/** One request for a@example.com accepted and saved, then the log put back: a save that stopped before trimming it. */
async function savedButNotTrimmed(snapshot: string, send: Seeded['send']) {
  const first = await start(snapshot);
  await send(first, 'a@example.com');
  const log = readFileSync(walPath(snapshot, sandbox), 'utf8');
  await first.save();
  first.close();
  writeFileSync(walPath(snapshot, sandbox), log); // the trim never happened
}

async function contents(client: EngineClient, datasetId: string) {
  const batches = await client.call('ingest-batch-list', { sandbox, datasetId });
  const accepted = batches
    .filter((b) => b.status === 'success')
    .reduce((n, b) => n + (b.metrics?.outputRecordCount ?? 0), 0);
  const failed: string[] = [];
  for (const batch of batches.filter((b) => b.status === 'failed')) {
    for (const d of await client.call('ingest-batch-errors', { sandbox, batchId: batch.id }))
      failed.push(d.raw ?? '');
  }
  const stats = await client.call('profile-stats', { sandbox });
  return { accepted, failed: failed.sort(), profiles: stats.profiles };
}

describe('streaming write-ahead log (node host)', () => {
  it('replays accepted requests after a stop without a save, once', async () => {
    const snapshot = join(tempDir(), 'wal.snap');
    const { inletId, datasetId, message } = await seeded(snapshot);
    const first = await start(snapshot);
    await first.client.call('streaming-ingest', {
      inletId,
      messages: [
        message({ personalEmail: { address: 'a@example.com' } }),
        message({ personalEmail: { address: 'b@example.com' }, extra: 1 }),
      ],
    });
    await first.client.call('streaming-ingest', {
      inletId,
      body: JSON.stringify({ messages: [message({ personalEmail: { address: 'c@example.com' } })] }),
      kind: 'batch',
    });
    expect(existsSync(walPath(snapshot, sandbox))).toBe(true);
    first.close(); // as if killed: no save

    const second = await start(snapshot, silentLogger, 'b');
    expect(second.replayed).toEqual({ requests: 2, messages: 3, skipped: 0 });
    const after = await contents(second.client, datasetId);
    expect(after).toEqual({
      accepted: 2,
      failed: [JSON.stringify({ personalEmail: { address: 'b@example.com' }, extra: 1 })],
      profiles: 2,
    });
    expect(
      await second.client.call('profile-detail', { sandbox, entityId: 'c@example.com', entityIdNS: 'Email' }),
    ).not.toBeNull();
    await second.save();
    expect(existsSync(walPath(snapshot, sandbox))).toBe(false);
    second.close();

    const third = await start(snapshot, silentLogger, 'c');
    expect(third.replayed.requests).toBe(0);
    expect(await contents(third.client, datasetId)).toEqual(after);
    third.close();
  });

  it('skips entries the snapshot already holds (a save that stopped before trimming the log)', async () => {
    const snapshot = join(tempDir(), 'wal.snap');
    const { datasetId, send } = await seeded(snapshot);
    await savedButNotTrimmed(snapshot, send);

    const second = await start(snapshot, silentLogger, 'b');
    expect(second.replayed).toEqual({ requests: 0, messages: 0, skipped: 0 });
    expect(await contents(second.client, datasetId)).toEqual({ accepted: 1, failed: [], profiles: 1 });
    second.close();
  });

  it('ignores a torn last line with a warning, keeps what came before, and appends after it cleanly', async () => {
    const snapshot = join(tempDir(), 'wal.snap');
    const { datasetId, send } = await seeded(snapshot);
    const first = await start(snapshot);
    await send(first, 'a@example.com');
    first.close();
    const path = walPath(snapshot, sandbox);
    const whole = readFileSync(path, 'utf8');
    appendFileSync(path, whole.slice(0, Math.floor(whole.length / 2))); // the process died mid-write

    const log = recordingLogger();
    const second = await start(snapshot, log, 'b');
    expect(second.replayed).toEqual({ requests: 1, messages: 1, skipped: 0 });
    expect(log.warnings).toEqual([expect.stringMatching(/torn last line.*"line":2/)]);
    await send(second, 'b@example.com');
    second.close();

    const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
    expect(lines.map((l) => 'entry' in decodeLine(l))).toEqual([true, true]);
    const third = await start(snapshot, recordingLogger(), 'c');
    expect(third.replayed.requests).toBe(2);
    expect(await contents(third.client, datasetId)).toMatchObject({ accepted: 2, profiles: 2 });
    third.close();
  });

  it('reports a corrupt line in the middle and replays the others', async () => {
    const snapshot = join(tempDir(), 'wal.snap');
    const { datasetId, send } = await seeded(snapshot);
    const first = await start(snapshot);
    for (const who of ['a', 'b', 'c']) await send(first, `${who}@example.com`);
    first.close();
    const path = walPath(snapshot, sandbox);
    const lines = readFileSync(path, 'utf8').split('\n');
    lines[1] = (lines[1] ?? '').replace('b@example.com', 'x@example.com'); // checksum no longer matches
    writeFileSync(path, lines.join('\n'));

    const log = recordingLogger();
    const second = await start(snapshot, log, 'b');
    expect(log.warnings).toEqual([expect.stringMatching(/corrupt line.*"line":2.*checksum mismatch/)]);
    expect(second.replayed.requests).toBe(2);
    expect(
      await second.client.call('profile-detail', { sandbox, entityId: 'x@example.com', entityIdNS: 'Email' }),
    ).toBeNull();
    expect(await contents(second.client, datasetId)).toMatchObject({ accepted: 2, profiles: 2 });
    second.close();
  });

  it('keeps an inlet created after the last save', async () => {
    const snapshot = join(tempDir(), 'wal.snap');
    await seeded(snapshot);
    const first = await start(snapshot);
    const inlet = await first.client.call('streaming-inlet-create', {
      sandbox,
      name: 'Created after the save',
    });
    first.close();
    const second = await start(snapshot, silentLogger, 'b');
    expect(await second.client.call('streaming-inlet-show', { inletId: inlet.inletId })).toEqual(inlet);
    second.close();
  });

  it('a background save trims the WAL when something changed; a failed one keeps it and is retried', async () => {
    const snapshot = join(tempDir(), 'wal.snap');
    const { datasetId, send } = await seeded(snapshot);
    const host = await start(snapshot);
    const log = recordingLogger();
    const errors: string[] = [];
    const saver = new BackgroundSaver(host, 60_000, { ...log, error: (m) => errors.push(m) });
    expect(host.isDirty()).toBe(false);
    await host.client.call('profile-stats', { sandbox }); // a read is not a change
    expect(host.isDirty()).toBe(false);
    const before = statSync(snapshot).mtimeMs;
    await saver.tick();
    expect(statSync(snapshot).mtimeMs).toBe(before);

    await send(host, 'a@example.com');
    await send(host, 'b@example.com');
    const wal = walPath(snapshot, sandbox);
    expect(readFileSync(wal, 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
    expect(host.isDirty()).toBe(true);

    // The snapshot cannot be written (a directory is in the way): logged, the WAL kept, still dirty.
    rmSync(snapshot);
    mkdirSync(join(snapshot, 'in-the-way'), { recursive: true });
    await saver.tick();
    expect(errors).toEqual([expect.stringMatching(/background snapshot save failed/)]);
    expect(readFileSync(wal, 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
    expect(host.isDirty()).toBe(true);

    rmSync(snapshot, { recursive: true });
    await send(host, 'c@example.com');
    await saver.tick();
    expect(errors).toHaveLength(1);
    expect(existsSync(wal)).toBe(false);
    expect(host.isDirty()).toBe(false);
    host.close(); // as if killed after the background save: no shutdown save

    const again = await start(snapshot, silentLogger, 'b');
    expect(again.replayed.requests).toBe(0);
    expect(await contents(again.client, datasetId)).toEqual({ accepted: 3, failed: [], profiles: 3 });
    again.close();
  });

  it('a start that replayed a WAL is dirty until saved, even when the snapshot held everything', async () => {
    const snapshot = join(tempDir(), 'wal.snap');
    const { send } = await seeded(snapshot);
    await savedButNotTrimmed(snapshot, send);
    const second = await start(snapshot, silentLogger, 'b');
    expect(second.replayed.requests).toBe(0);
    expect(second.isDirty()).toBe(true);
    await new BackgroundSaver(second, 60_000, silentLogger).tick();
    expect(existsSync(walPath(snapshot, sandbox))).toBe(false);
    expect(second.isDirty()).toBe(false);
    second.close();
  });

  it('runs saves one at a time', async () => {
    const snapshot = join(tempDir(), 'wal.snap');
    const { datasetId, send } = await seeded(snapshot);
    const host = await start(snapshot);
    const sends = Array.from({ length: 6 }, (_, i) => send(host, `p${i}@example.com`));
    // Saves overlapping each other and the requests; each must see a whole snapshot and a consistent WAL.
    await Promise.all([...sends, host.save(), host.save(), host.save()]);
    await host.save();
    expect(existsSync(walPath(snapshot, sandbox))).toBe(false);
    host.close();
    const again = await start(snapshot, silentLogger, 'b');
    expect(await contents(again.client, datasetId)).toEqual({ accepted: 6, failed: [], profiles: 6 });
    again.close();
  });

  it('keeps the inlet log across a kill (from the WAL) and a save (in the snapshot)', async () => {
    const snapshot = join(tempDir(), 'wal.snap');
    const { inletId, message, send } = await seeded(snapshot);
    const logOf = (host: NodeEngine) =>
      host.client.call('streaming-inlet-log', { sandbox, inletId, limit: 200 });
    const first = await start(snapshot);
    await first.client.call('streaming-ingest', {
      inletId,
      messages: [
        message({ personalEmail: { address: 'a@example.com' } }),
        message({ personalEmail: { address: 'b@example.com' }, extra: 1 }),
        { header: {}, body: {} },
      ],
    });
    await first.client.call('streaming-ingest', {
      inletId,
      messages: [message({ personalEmail: { address: 'c@example.com' } })],
      syncValidation: true,
    });
    const beforeKill = await logOf(first);
    expect(beforeKill).toHaveLength(4);
    first.close(); // as if killed: no save

    const second = await start(snapshot, silentLogger, 'b');
    expect(second.replayed.requests).toBe(2);
    expect(await logOf(second)).toEqual(beforeKill);
    // A request with nothing accepted is not journaled; a save keeps it in the log all the same.
    await second.client.call('streaming-ingest', { inletId, messages: [{ header: {}, body: {} }] });
    const beforeSave = await logOf(second);
    expect(beforeSave).toHaveLength(5);
    await second.save();
    expect(existsSync(walPath(snapshot, sandbox))).toBe(false);
    second.close();

    const third = await start(snapshot, silentLogger, 'c');
    expect(third.replayed.requests).toBe(0);
    expect(await logOf(third)).toEqual(beforeSave);
    // New messages go in front of the saved ones; a kill now restores both.
    await send(third, 'd@example.com');
    const afterSave = await logOf(third);
    expect(afterSave).toHaveLength(6);
    third.close();
    const fourth = await start(snapshot, silentLogger, 'd');
    expect(await logOf(fourth)).toEqual(afterSave);
    fourth.close();
  });

  it('encodes one checksummed JSON line per entry', () => {
    const entry = {
      requestId: 'r1',
      sandbox,
      inletId: 'i',
      receivedTimeMs: 1,
      batchId: '1:x',
      messages: 1,
      groups: [
        { datasetId: 'd', rows: [{ r: 1, l: null, f: 0, v: { '10': 'ten', a: 'b"\n' } }], failed: [] },
      ],
    };
    const line = encodeLine(entry);
    expect(line.endsWith('\n')).toBe(true);
    expect(line.slice(0, -1)).not.toContain('\n');
    expect(JSON.parse(line)).toMatchObject({ id: 'r1', entry });
    expect(decodeLine(line.slice(0, -1))).toEqual({ entry });
    expect(decodeLine(line.slice(0, -10))).toEqual({ problem: 'not a complete journal line' });
  });
});
