import { describe, expect, it } from 'vitest';
import type { ByteSource } from '../../shared/formats/byte-source';
import { readRows } from '../../shared/formats/read-rows';
import type { InputFormat, ReadOptions } from '../../shared/formats/types';
import { fixtureSource } from './helpers';

const HEADER = 'email,crmId,firstName,lastName,birthDate,loyaltyPoints,city\n';
const encoder = new TextEncoder();

function csvRow(i: number): string {
  const id = String(i).padStart(10, '0');
  return `user${id}@example.com,CRM-${id},Zoë,Lastname${id},1990-01-${String(1 + (i % 28)).padStart(2, '0')},${id},Berlin\n`;
}

/** A CSV of fixed-width rows generated on demand for any byte range: never a string in memory. */
function generatedCsv(targetBytes: number): ByteSource & { rows: number } {
  const headerBytes = encoder.encode(HEADER).byteLength;
  const rowBytes = encoder.encode(csvRow(0)).byteLength;
  const rows = Math.ceil((targetBytes - headerBytes) / rowBytes);
  const size = headerBytes + rows * rowBytes;
  return {
    name: 'generated.csv',
    size,
    rows,
    async read(start, end) {
      const stop = Math.min(end, size);
      const first = Math.max(0, Math.floor((start - headerBytes) / rowBytes));
      const last = Math.min(rows - 1, Math.floor((stop - 1 - headerBytes) / rowBytes));
      let text = start < headerBytes ? HEADER : '';
      for (let i = first; i <= last; i++) text += csvRow(i);
      const textStart = start < headerBytes ? 0 : headerBytes + first * rowBytes;
      return encoder.encode(text).subarray(start - textStart, stop - textStart);
    },
  };
}

describe('readRows', () => {
  it('parses a 200 MB CSV from a generator source with bounded memory', async () => {
    const source = generatedCsv(200 * 1024 * 1024);
    const baseline = process.memoryUsage().heapUsed;
    let peak = baseline;
    let rows = 0;
    let errors = 0;
    let lastProgress = 0;
    for await (const page of readRows(source, { format: 'csv' })) {
      rows += page.rows.length;
      errors += page.rows.filter((row) => row.error !== undefined).length;
      expect(page.progress.bytesRead).toBeGreaterThanOrEqual(lastProgress);
      lastProgress = page.progress.bytesRead;
      if (rows % 100_000 < page.rows.length) peak = Math.max(peak, process.memoryUsage().heapUsed);
    }
    expect(rows).toBe(source.rows);
    expect(errors).toBe(0);
    expect(lastProgress).toBe(source.size);
    // Holding the file would take 400+ MB as a (two-byte) string, more as rows; pages are dropped as
    // read. The margin covers garbage not yet collected (typically 60–90 MB here).
    expect(peak - baseline).toBeLessThan(150 * 1024 * 1024);
  }, 180_000);

  it('stops with an AbortError when the signal fires between pages', async () => {
    const controller = new AbortController();
    const source = generatedCsv(5 * 1024 * 1024);
    const pages = readRows(source, { format: 'csv', pageSize: 500, signal: controller.signal })[
      Symbol.asyncIterator
    ]();
    const first = await pages.next();
    expect(first.value?.rows).toHaveLength(500);
    controller.abort();
    await expect(pages.next()).rejects.toMatchObject({ name: 'AbortError' });
  });

  it.each<[string, ReadOptions]>([
    ['customers.csv', { format: 'csv' }],
    ['customers.jsonl', { format: 'json' }],
    ['customers.json', { format: 'json', isMultiLineJson: true }],
    ['customers.parquet', { format: 'parquet' }],
  ])('does not start reading %s with an already aborted signal', async (name, options) => {
    const reason = new Error('user cancelled');
    const signal = { aborted: true, reason };
    const pages = readRows(fixtureSource(name), { ...options, signal })[Symbol.asyncIterator]();
    await expect(pages.next()).rejects.toBe(reason);
  });

  it('refuses an unknown format', () => {
    expect(() => readRows(fixtureSource('customers.csv'), { format: 'xml' as InputFormat })).toThrow(
      /input format/,
    );
  });
});
