import { describe, expect, it } from 'vitest';
import { gzipSync, gunzipSync } from 'fflate';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import { testEngine, type TestEngine } from './helpers';

/** Builds a snapshot file from raw lines with a correct checksum, so hostile content passes the hash. */
function craft(
  lines: string[],
  trailer?: Partial<{ rows: number; sandboxes: number; sha256: string }>,
): Uint8Array {
  const body = lines.map((l) => `${l}\n`).join('');
  const end = {
    rows: 0,
    sandboxes: 0,
    sha256: bytesToHex(sha256(new TextEncoder().encode(body))),
    ...trailer,
  };
  return gzipSync(new TextEncoder().encode(`${body}${JSON.stringify({ end })}\n`));
}

const header = (extra: object = {}) =>
  JSON.stringify({
    format: 'profile-stager-snapshot',
    formatVersion: 1,
    dbVersion: 1,
    createdAt: 'x',
    sandboxes: ['dev'],
    ...extra,
  });
const sandboxLine = JSON.stringify({
  sandbox: {
    name: 'dev',
    title: 'Dev',
    type: 'development',
    isDefault: false,
    tenantId: 'acme',
    createdAt: 'a',
    updatedAt: 'b',
  },
});

async function seeded(): Promise<TestEngine> {
  const t = await testEngine(undefined, { snapshotLimits: { maxBytes: 4 * 1024 * 1024, maxDepth: 128 } });
  await t.client.call('sandbox-create', { name: 'dev', tenantId: 'acme' });
  const db = await t.engine.sandboxes.db('dev');
  await db.table('settings').bulkPut([
    { key: 'bytes', value: new Uint8Array([0, 1, 2, 250, 255]) },
    { key: 'date', value: new Date(Date.UTC(2020, 1, 2)) },
    { key: 'nested', value: { a: [1, 'two', { three: null }], unicode: 'Zoë €  ' } },
  ]);
  return t;
}

async function dump(t: TestEngine, name: string) {
  return (await t.engine.sandboxes.db(name)).table('settings').toArray();
}

describe('snapshot export and import', () => {
  it('round-trips every table exactly into a fresh engine', async () => {
    const source = await seeded();
    const bytes = await source.client.call('sandbox-export', {});
    const target = await testEngine();
    const result = await target.client.call('sandbox-import', { bytes, replace: true });
    // The three rows written here plus each sandbox's seeded settings row and default merge policy.
    expect(result.rows).toBe(3 + 2 * 2);
    expect(result.sandboxes.map((s) => s.name).sort()).toEqual(['dev', 'prod']);
    expect(await dump(target, 'dev')).toEqual(await dump(source, 'dev'));
    const dev = (await target.client.call('sandbox-list', {})).find((s) => s.name === 'dev');
    expect(dev).toMatchObject({ tenantId: 'acme', title: 'Dev', rowCount: 0 });
  });

  it('exports only the named sandboxes, and can import under another name', async () => {
    const source = await seeded();
    const bytes = await source.client.call('sandbox-export', { names: ['dev'] });
    const result = await source.client.call('sandbox-import', { bytes, rename: { dev: 'dev-copy' } });
    expect(result.sandboxes.map((s) => s.name)).toEqual(['dev-copy']);
    expect(await dump(source, 'dev-copy')).toEqual(await dump(source, 'dev'));
  });

  it('refuses to overwrite an existing sandbox unless asked, changing nothing', async () => {
    const t = await seeded();
    const bytes = await t.client.call('sandbox-export', { names: ['dev'] });
    await (await t.engine.sandboxes.db('dev')).table('settings').put({ key: 'later', value: 1 });
    await expect(t.client.call('sandbox-import', { bytes })).rejects.toMatchObject({
      code: 'already-exists',
    });
    expect(await dump(t, 'dev')).toHaveLength(5);
    await t.client.call('sandbox-import', { bytes, replace: true });
    expect(await dump(t, 'dev')).toHaveLength(4);
  });

  describe('hostile snapshots are rejected with a clear message and change nothing', () => {
    const cases: [string, (good: Uint8Array) => Uint8Array, RegExp][] = [
      [
        'not gzip',
        () => new TextEncoder().encode('{"format":"profile-stager-snapshot"}\n'.repeat(3)),
        /not gzip-compressed/,
      ],
      ['truncated', (good) => good.subarray(0, Math.floor(good.length / 2)), /truncated|damaged/],
      [
        'wrong checksum',
        (good) => {
          const text = new TextDecoder().decode(gunzipSync(good)).replace('"Dev"', '"Dex"');
          return gzipSync(new TextEncoder().encode(text));
        },
        /checksum does not match/,
      ],
      ['newer format version', () => craft([header({ formatVersion: 99 })]), /format version 99, newer/],
      ['newer database version', () => craft([header({ dbVersion: 999 })]), /newer Profile Stager/],
      [
        'JSON bomb of nested arrays',
        () =>
          craft(
            [
              header(),
              sandboxLine,
              `{"t":"settings","v":{"key":"x","value":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`,
            ],
            { rows: 1, sandboxes: 1 },
          ),
        /nests deeper than 128/,
      ],
      [
        'unknown table',
        () => craft([header(), sandboxLine, '{"t":"nope","v":{}}'], { rows: 1, sandboxes: 1 }),
        /unknown table "nope"/,
      ],
      [
        'row count mismatch',
        () => craft([header(), sandboxLine], { rows: 5, sandboxes: 1 }),
        /promises 5 rows/,
      ],
      [
        'bad sandbox name',
        () =>
          craft([header({ sandboxes: ['Bad'] }), sandboxLine.replace('"dev"', '"Bad"')], { sandboxes: 1 }),
        /Line 2: Sandbox name "Bad"/,
      ],
      ['compression bomb', () => gzipSync(new Uint8Array(8 * 1024 * 1024)), /more than 4194304 bytes/],
    ];
    it.each(cases)('%s', async (_name, make, message) => {
      const t = await seeded();
      const good = await t.client.call('sandbox-export', { names: ['dev'] });
      const before = await t.client.call('sandbox-list', {});
      const devRows = await dump(t, 'dev');
      const error = await t.client
        .call('sandbox-import', { bytes: make(good), replace: true })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'snapshot-invalid' });
      expect((error as Error).message).toMatch(message);
      expect(await t.client.call('sandbox-list', {})).toEqual(before);
      expect(await dump(t, 'dev')).toEqual(devRows);
    });
  });
});
