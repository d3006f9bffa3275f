// Test helpers for the format readers: fixture sources, collecting pages, and checking row offsets.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { memoryByteSource, type ByteSource } from '../../shared/formats/byte-source';
import { createDecoder } from '../../shared/formats/charset';
import type { Charset, FileError, ReadRow, RowPage } from '../../shared/formats/types';

export const FIXTURES = fileURLToPath(new URL('../fixtures/formats', import.meta.url));

/** The bytes of a fixture file. */
export function fixtureBytes(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

/** A memory ByteSource over a fixture file. */
export function fixtureSource(name: string): ByteSource {
  return memoryByteSource(name, fixtureBytes(name));
}

export interface Collected {
  rows: ReadRow[];
  pages: RowPage[];
  fileError: FileError | undefined;
}

/** Drains a page stream. */
export async function collect(pages: AsyncIterable<RowPage>): Promise<Collected> {
  const rows: ReadRow[] = [];
  const all: RowPage[] = [];
  let fileError: FileError | undefined;
  for await (const page of pages) {
    all.push(page);
    rows.push(...page.rows);
    if (page.fileError !== undefined) fileError = page.fileError;
  }
  return { rows, pages: all, fileError };
}

/** The parsed values, failing the test if any row is an error. */
export function values(rows: ReadRow[]): Record<string, unknown>[] {
  return rows.map((row) => {
    if (row.error !== undefined) throw new Error(`Unexpected row error: ${row.error.message}`);
    return row.value;
  });
}

/** Rows as plain JSON-comparable data (positions, values, error reasons), for comparing runs. */
export function summary(rows: ReadRow[]): unknown[] {
  return rows.map((row) =>
    row.error !== undefined
      ? { row: row.row, line: row.line, offset: row.offset, reason: row.error.reason, raw: row.error.raw }
      : { row: row.row, line: row.line, offset: row.offset, value: row.value, raw: row.raw },
  );
}

/** Asserts each row's raw text is what the file holds at the row's byte offset. */
export function expectRawAtOffsets(bytes: Uint8Array, rows: ReadRow[], charset: Charset = 'utf-8'): void {
  const encoder = new TextEncoder();
  for (const row of rows) {
    const raw = row.error !== undefined ? row.error.raw : row.raw;
    if (raw === undefined || row.offset === null || row.error?.isRawTruncated === true) continue;
    const length =
      charset === 'utf-8'
        ? encoder.encode(raw).byteLength
        : charset.startsWith('utf-16')
          ? raw.length * 2
          : raw.length;
    const found = createDecoder(charset).decode(bytes.subarray(row.offset, row.offset + length), false);
    if (found !== raw) {
      throw new Error(
        `row ${row.row}: expected ${JSON.stringify(raw)} at byte ${row.offset}, found ${JSON.stringify(found)}`,
      );
    }
  }
}
