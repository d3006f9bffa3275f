// Benchmark: rows/s of the CSV, JSON Lines and multi-line JSON readers against bare papaparse.
import Papa from 'papaparse';
import { memoryByteSource } from '../../shared/formats/byte-source';
import { readRows } from '../../shared/formats/read-rows';
import type { ReadOptions } from '../../shared/formats/types';
import { clock, type BenchContext } from './types';

const DEFAULT_ROWS = 200_000;
const WARMUP_ROWS = 20_000;
const ROUNDS = 3;
const FIRST_NAMES = ['Zoë', 'Hans', 'José', 'Ann', 'Bob', 'Mei', 'Łukasz', 'Amélie', 'Sam', 'Ola'];
const CITIES = ['Berlin', 'São Paulo', 'New York, NY', 'Paris', 'Kraków', 'Tokyo'];

/** ~10 fields of a plausible profile row; some values need CSV quoting, a few are non-ASCII. */
function profile(i: number): Record<string, string | number> {
  return {
    email: `user${i}@example.com`,
    crmId: `CRM-${String(i).padStart(8, '0')}`,
    ecid: `${String(i).padStart(19, '0')}${String(i * 7919).padStart(19, '0')}`,
    firstName: FIRST_NAMES[i % FIRST_NAMES.length] ?? '',
    lastName: `Lastname${i % 997}`,
    birthDate: `19${50 + (i % 50)}-0${1 + (i % 9)}-${10 + (i % 18)}`,
    loyaltyPoints: (i * 37) % 10_000,
    city: CITIES[i % CITIES.length] ?? '',
    country: i % 2 === 0 ? 'DE' : 'US',
    phone: `+49 30 ${String(i).padStart(7, '0')}`,
  };
}

function csvCell(value: string | number): string {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function buildTexts(rows: number): { csv: string; jsonl: string; json: string } {
  const records = Array.from({ length: rows }, (_, i) => profile(i));
  const columns = Object.keys(records[0] ?? {});
  const csvLines = [columns.join(',')];
  for (const record of records)
    csvLines.push(columns.map((column) => csvCell(record[column] ?? '')).join(','));
  const jsonLines = records.map((record) => JSON.stringify(record));
  return {
    csv: csvLines.join('\n') + '\n',
    jsonl: jsonLines.join('\n') + '\n',
    json: `[\n${jsonLines.join(',\n')}\n]\n`,
  };
}

async function countRows(text: string, name: string, options: ReadOptions): Promise<number> {
  const source = memoryByteSource(name, text);
  let count = 0;
  for await (const page of readRows(source, options)) {
    count += page.rows.length;
    if (page.fileError !== undefined) throw new Error(page.fileError.message);
  }
  return count;
}

async function timeRowsPerSecond(expected: number, task: () => Promise<number> | number): Promise<number> {
  const start = clock();
  const count = await task();
  const seconds = (clock() - start) / 1000;
  if (count !== expected) throw new Error(`Expected ${expected} rows, got ${count}`);
  return count / seconds;
}

/**
 * Runs the parse benchmark (`--rows N`, default 200,000) and reports rows/s per reader and the CSV
 * reader's ratio to bare papaparse parsing the whole string with a header.
 */
export default async function run(ctx: BenchContext): Promise<void> {
  const rows = Number(ctx.args['rows'] ?? DEFAULT_ROWS);
  const warm = buildTexts(WARMUP_ROWS);
  await countRows(warm.csv, 'warm.csv', { format: 'csv' });
  await countRows(warm.jsonl, 'warm.jsonl', { format: 'json' });
  await countRows(warm.json, 'warm.json', { format: 'json', isMultiLineJson: true });
  Papa.parse(warm.csv, { header: true, skipEmptyLines: true });

  ctx.note(`parse: building ${rows} profile rows as CSV, JSON Lines and a JSON array`);
  const texts = buildTexts(rows);
  // Best of three interleaved rounds: the machines are shared, and the best run is the least disturbed.
  const best = { papaparse: 0, csv: 0, jsonl: 0, json: 0 };
  for (let round = 1; round <= ROUNDS; round++) {
    ctx.note(`parse: round ${round} of ${ROUNDS}`);
    best.papaparse = Math.max(
      best.papaparse,
      await timeRowsPerSecond(
        rows,
        () => Papa.parse(texts.csv, { header: true, skipEmptyLines: true }).data.length,
      ),
    );
    best.csv = Math.max(
      best.csv,
      await timeRowsPerSecond(rows, () => countRows(texts.csv, 'bench.csv', { format: 'csv' })),
    );
    best.jsonl = Math.max(
      best.jsonl,
      await timeRowsPerSecond(rows, () => countRows(texts.jsonl, 'bench.jsonl', { format: 'json' })),
    );
    best.json = Math.max(
      best.json,
      await timeRowsPerSecond(rows, () =>
        countRows(texts.json, 'bench.json', { format: 'json', isMultiLineJson: true }),
      ),
    );
  }
  const { papaparse, csv, jsonl, json } = best;

  ctx.report('rows_per_s_csv', Math.round(csv), 'rows/s');
  ctx.report('rows_per_s_jsonl', Math.round(jsonl), 'rows/s');
  ctx.report('rows_per_s_json_multiline', Math.round(json), 'rows/s');
  ctx.report('rows_per_s_papaparse_bare', Math.round(papaparse), 'rows/s');
  ctx.report('ratio_csv_reader_to_papaparse', Math.round((csv / papaparse) * 100) / 100, 'ratio');
}
