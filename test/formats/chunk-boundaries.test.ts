import { describe, expect, it } from 'vitest';
import { memoryByteSource } from '../../shared/formats/byte-source';
import { readRows } from '../../shared/formats/read-rows';
import { DECODE_PIECE_BYTES } from '../../shared/formats/text-chunks';
import type { ReadOptions } from '../../shared/formats/types';
import { collect, expectRawAtOffsets, fixtureSource, summary, values } from './helpers';

const TEXT_FIXTURES: [string, ReadOptions][] = [
  ['customers.csv', { format: 'csv' }],
  ['customers-utf8-bom-crlf.csv', { format: 'csv' }],
  ['customers-utf16le.csv', { format: 'csv' }],
  ['customers-utf16be.csv', { format: 'csv' }],
  ['customers-semicolon.csv', { format: 'csv' }],
  ['windows-1252.csv', { format: 'csv' }],
  ['crlf-quoted-newlines.csv', { format: 'csv' }],
  ['ragged-rows.csv', { format: 'csv' }],
  ['unbalanced-quote.csv', { format: 'csv' }],
  ['backslash-escape.csv', { format: 'csv' }],
  ['header-only.csv', { format: 'csv' }],
  ['empty-header.csv', { format: 'csv' }],
  ['customers.jsonl', { format: 'json' }],
  ['bad-line.jsonl', { format: 'json' }],
  ['customers.json', { format: 'json', isMultiLineJson: true }],
  ['truncated.json', { format: 'json', isMultiLineJson: true }],
  ['array-with-bad-elements.json', { format: 'json', isMultiLineJson: true }],
  ['single-object.json', { format: 'json', isMultiLineJson: true }],
];

async function run(name: string, options: ReadOptions, chunkSize: number) {
  const { rows, fileError } = await collect(readRows(fixtureSource(name), { ...options, chunkSize }));
  return { rows: summary(rows), fileError };
}

describe('chunk boundaries', () => {
  it.each(TEXT_FIXTURES)(
    '%s reads the same with 1, 2 and 7 byte chunks as in one chunk',
    async (name, options) => {
      const whole = await run(name, options, 1 << 20);
      for (const chunkSize of [1, 2, 7]) {
        expect(await run(name, options, chunkSize), `chunk size ${chunkSize}`).toEqual(whole);
      }
    },
  );

  // A 1 MiB read is decoded in pieces of DECODE_PIECE_BYTES: characters of 2, 3 and 4 bytes land
  // across the piece boundaries somewhere in a file several pieces long.
  const names = Array.from({ length: 15000 }, (_, i) => `é${i}€${'😀'.repeat(i % 3)}`);

  it.each([
    ['CSV', 'csv', `name,n\n${names.map((name, i) => `${name},${i}`).join('\n')}\n`],
    ['JSON Lines', 'json', `${names.map((name, i) => JSON.stringify({ name, n: String(i) })).join('\n')}\n`],
  ] as const)(
    '%s larger than one decoded piece reads every row whole, at its byte offset',
    async (_, format, text) => {
      const bytes = new TextEncoder().encode(text);
      expect(bytes.byteLength).toBeGreaterThan(3 * DECODE_PIECE_BYTES);
      const { rows } = await collect(readRows(memoryByteSource(`big.${format}`, bytes), { format }));
      expect(values(rows)).toEqual(names.map((name, i) => ({ name, n: String(i) })));
      expectRawAtOffsets(bytes, rows);
    },
  );
});
