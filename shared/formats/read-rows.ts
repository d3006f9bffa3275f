// The one entry point ingestion uses: pick the reader for a format and stream its pages.
import { assertNever } from '../util/assert';
import type { ByteSource } from './byte-source';
import { readCsv } from './csv-reader';
import { readJsonArray } from './json-array-reader';
import { readJsonLines } from './json-lines-reader';
import { readParquet } from './parquet-reader';
import type { ReadOptions, RowPage } from './types';

/**
 * Streams the rows of one file in pages (default 2,000 rows) with progress on every page. Bad rows
 * are rows with `error`; an unreadable file ends with a page carrying `fileError`. Reading stops
 * with an AbortError when `options.signal` fires. Never holds the whole file in memory.
 */
export function readRows(source: ByteSource, options: ReadOptions): AsyncIterable<RowPage> {
  const { format, ...rest } = options;
  switch (format) {
    case 'csv':
      return readCsv(source, rest);
    case 'json':
      return rest.isMultiLineJson === true ? readJsonArray(source, rest) : readJsonLines(source, rest);
    case 'parquet':
      return readParquet(source, rest);
    default:
      return assertNever(format, 'input format');
  }
}
