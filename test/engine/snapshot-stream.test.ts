// Snapshots are read as a stream of lines, never as one string (shared/engine/sandbox/snapshot-lines.ts):
// line splitting across chunk boundaries (inside multi-byte characters too), the same result for any
// chunk size down to one compressed byte, the per-line cap, and a round trip read one byte at a time.
import { describe, expect, it } from 'vitest';
import { gunzipSync, gzipSync } from 'fflate';
import { sha256 } from '@noble/hashes/sha256';
import { bytesToHex } from '@noble/hashes/utils';
import { LineSplitter, snapshotLines } from '../../shared/engine/sandbox/snapshot-lines';
import { readSnapshot, snapshotItems } from '../../shared/engine/sandbox/snapshot-read';
import { testEngine } from './helpers';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function split(bytes: Uint8Array, chunk: number, maxLineBytes?: number) {
  const lines: string[] = [];
  const splitter = new LineSplitter((line) => lines.push(decoder.decode(line)), maxLineBytes);
  for (let i = 0; i < bytes.length; i += chunk) splitter.push(bytes.slice(i, i + chunk));
  return { lines, pending: splitter.pendingBytes };
}

describe('LineSplitter', () => {
  const text = 'Zoë\n€ 😀 漢字\n\nlast line without newline';
  const bytes = encoder.encode(text);

  it.each([1, 2, 3, 5, 64])(
    'splits the same way with %i-byte chunks, multi-byte characters intact',
    (chunk) => {
      expect(split(bytes, chunk)).toEqual({
        lines: ['Zoë', '€ 😀 漢字', ''],
        pending: encoder.encode('last line without newline').length,
      });
    },
  );

  it('refuses a line longer than the cap, whether it arrives whole or in pieces', () => {
    const long = encoder.encode(`${'x'.repeat(20)}\nshort\n`);
    expect(() => split(long, 100, 10)).toThrow(/longer than 10 bytes/);
    expect(() => split(long, 3, 10)).toThrow(/longer than 10 bytes/);
    expect(split(long, 3, 20).lines).toEqual(['x'.repeat(20), 'short']);
  });
});

/** A snapshot of raw lines with a correct checksum. */
function craft(lines: string[], rows: number, sandboxes: number): Uint8Array {
  const body = lines.map((l) => `${l}\n`).join('');
  const end = { rows, sandboxes, sha256: bytesToHex(sha256(encoder.encode(body))) };
  return gzipSync(encoder.encode(`${body}${JSON.stringify({ end })}\n`));
}

const header = JSON.stringify({
  format: 'profile-stager-snapshot',
  formatVersion: 1,
  dbVersion: 1,
  createdAt: 'x',
  sandboxes: ['dev'],
});
const sandboxLine = JSON.stringify({
  sandbox: {
    name: 'dev',
    title: 'Dév 😀',
    type: 'development',
    isDefault: false,
    tenantId: 'acme',
    createdAt: 'a',
    updatedAt: 'b',
  },
});
const limits = { maxBytes: 1 << 20, maxDepth: 32 };

describe('reading a snapshot as a stream', () => {
  const rows = Array.from(
    { length: 40 },
    (_, i) => `{"t":"settings","v":{"key":"k${i}","value":"Zoë € 😀 ${'漢'.repeat(i)}"}}`,
  );
  const file = craft([header, sandboxLine, ...rows], rows.length, 1);

  it.each([1, 7, 100, 1 << 16])('gives the same result with %i compressed bytes at a time', (chunkBytes) => {
    const parsed = readSnapshot(file, { ...limits, chunkBytes });
    expect(parsed.sections).toEqual([{ sandbox: JSON.parse(sandboxLine).sandbox, rows: 40 }]);
    expect(parsed.trailer.rows).toBe(40);
    const items = [...snapshotItems(file, { ...limits, chunkBytes })];
    expect(items[0]).toEqual({ kind: 'sandbox', section: 0 });
    expect(items.slice(1).map((item) => item.kind === 'row' && item.value)).toEqual(
      rows.map((r) => (JSON.parse(r) as { v: unknown }).v),
    );
  });

  it('yields every line once, without its newline', () => {
    const lines = [...snapshotLines(file, { maxBytes: 1 << 20, maxLineBytes: 1 << 20, chunkBytes: 3 })];
    expect(lines.map((l) => decoder.decode(l)).slice(0, 3)).toEqual([header, sandboxLine, rows[0]]);
    expect(lines).toHaveLength(rows.length + 3);
  });

  it('refuses a row longer than the line cap', () => {
    expect(() => readSnapshot(file, { ...limits, maxLineBytes: 64 })).toThrow(/longer than 64 bytes/);
  });

  it('refuses a last line without a newline, and a file cut inside the gzip data', () => {
    const body = `${header}\n${sandboxLine}\n{"end":{}}`;
    expect(() => readSnapshot(gzipSync(encoder.encode(body)), limits)).toThrow(/last line is incomplete/);
    expect(() => readSnapshot(file.subarray(0, file.length - 9), { ...limits, chunkBytes: 5 })).toThrow(
      /truncated|damaged/,
    );
  });

  it('reports a broken checksum before the first bad line, as a whole-file reader would', () => {
    const bad = craft([header, sandboxLine, '{"t":"nope","v":{}}'], 1, 1);
    expect(() => readSnapshot(bad, limits)).toThrow(/unknown table "nope"/);
    const text = decoder.decode(gunzipSync(bad)).replace('"acme"', '"acne"');
    expect(() => readSnapshot(gzipSync(encoder.encode(text)), limits)).toThrow(/checksum does not match/);
  });

  it('imports a snapshot read one compressed byte at a time', async () => {
    const source = await testEngine();
    await source.client.call('sandbox-create', { name: 'dev', tenantId: 'acme' });
    const db = await source.engine.sandboxes.db('dev');
    await db.table('settings').bulkPut(
      Array.from({ length: 2500 }, (_, i) => ({
        key: `k${i}`,
        value: { text: `Zoë ${i} 😀`, at: new Date(i) },
      })),
    );
    const bytes = await source.client.call('sandbox-export', {});
    const target = await testEngine(undefined, {
      snapshotLimits: { maxBytes: 1 << 26, maxDepth: 128, chunkBytes: 1 },
    });
    const result = await target.client.call('sandbox-import', { bytes, replace: true });
    expect(result.rows).toBe(2500 + 2 * 2);
    const copy = await (await target.engine.sandboxes.db('dev')).table('settings').toArray();
    expect(copy).toEqual(await db.table('settings').toArray());
  });
});

// Over V8's longest string (~512 MB): the old reader decoded the whole text at once and failed here.
// About a minute on a loaded 2-core machine, so it runs only when asked:
//   PROFILE_STAGER_LARGE_SNAPSHOT_TEST=1 npx vitest run --project node test/engine/snapshot-stream.test.ts
describe('a snapshot larger than the longest JavaScript string', () => {
  it.runIf(process.env.PROFILE_STAGER_LARGE_SNAPSHOT_TEST === '1')(
    'validates 600 MB of rows',
    { timeout: 600_000 },
    async () => {
      const { createGzip } = await import('node:zlib');
      const { createHash } = await import('node:crypto');
      const gzip = createGzip({ level: 1 });
      const chunks: Buffer[] = [];
      gzip.on('data', (chunk: Buffer) => chunks.push(chunk));
      const ended = new Promise((resolve) => gzip.on('end', resolve));
      const hash = createHash('sha256');
      const write = (text: string) => {
        const bytes = Buffer.from(text);
        hash.update(bytes);
        gzip.write(bytes);
      };
      write(`${header}\n${sandboxLine}\n`);
      const target = 600 * 1024 * 1024;
      const pad = 'x'.repeat(400);
      let size = 0;
      let rows = 0;
      let text = '';
      while (size < target) {
        const line = `{"t":"settings","v":{"key":"k${rows}","value":"${pad}"}}\n`;
        text += line;
        size += line.length;
        rows++;
        if (text.length > 1 << 20) {
          write(text);
          text = '';
        }
      }
      write(text);
      gzip.end(`${JSON.stringify({ end: { rows, sandboxes: 1, sha256: hash.digest('hex') } })}\n`);
      await ended;
      const file = new Uint8Array(Buffer.concat(chunks));
      const parsed = readSnapshot(file, { maxBytes: 4 * 1024 ** 3, maxDepth: 32 });
      expect(size).toBeGreaterThan(2 ** 29);
      expect(parsed.sections[0]?.rows).toBe(rows);
    },
  );
});
