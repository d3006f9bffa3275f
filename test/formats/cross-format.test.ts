import { describe, expect, it } from 'vitest';
import { readRows } from '../../shared/formats/read-rows';
import type { ReadOptions } from '../../shared/formats/types';
import { CUSTOMERS, customersAsStrings } from '../fixtures/formats/customers';
import { collect, fixtureSource, values } from './helpers';

const FILES: [string, ReadOptions][] = [
  ['customers.csv', { format: 'csv' }],
  ['customers.jsonl', { format: 'json' }],
  ['customers.json', { format: 'json', isMultiLineJson: true }],
  ['customers.parquet', { format: 'parquet' }],
];

/** Typed values in their string form: what CSV carries for the same data. */
function asStrings(records: Record<string, unknown>[]): Record<string, string>[] {
  return records.map((record) =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => [key, String(value)])),
  );
}

describe('the same customers in four formats', () => {
  it('yield identical values from every reader (CSV compared on the string form)', async () => {
    const results = await Promise.all(
      FILES.map(async ([name, options]) =>
        values((await collect(readRows(fixtureSource(name), options))).rows),
      ),
    );
    const [csv, jsonl, json, parquet] = results;
    expect(jsonl).toEqual(CUSTOMERS);
    expect(json).toEqual(jsonl);
    expect(parquet).toEqual(jsonl);
    expect(csv).toEqual(customersAsStrings());
    for (const typed of [jsonl, json, parquet]) expect(asStrings(typed ?? [])).toEqual(csv);
  });

  it('number rows 1 to 10 in every format', async () => {
    for (const [name, options] of FILES) {
      const { rows } = await collect(readRows(fixtureSource(name), options));
      expect(
        rows.map((row) => row.row),
        name,
      ).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    }
  });
});
