import { describe, expect, it } from 'vitest';
import { readRows } from '../../shared/formats/read-rows';
import type { ReadOptions } from '../../shared/formats/types';
import { collect, fixtureSource, summary } from './helpers';

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
});
