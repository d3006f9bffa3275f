// Page storage of a batch: accepted rows and row diagnostics as JSON strings of up to PAGE_ROWS rows,
// one IndexedDB record per page under an auto-increment (monotonic) key.
//
// An accepted-rows page is `{ batchId, count, rows, plans? }`. `rows` is a JSON array whose items are
// either a row object (`StoredRow`) or, for a mapped CSV row that validation passed unchanged, a flat
// array `[r, l, f, s, cell…]` (`s` 0 when Profile takes the row; each cell the raw text of one mapped
// column, null when absent). `plans[f]` lists the mapped columns of file `f` (`PlanColumn`). Every
// reader goes through `decodeRowsPage`, which gives `StoredRow` objects for both kinds of item.
// Pages of events for Identity or Profile may also carry `ix`, Profile's event index of their rows.
// `PageWriter` (page-writer.ts) writes pages; this file holds their format and reads them.
import type Dexie from 'dexie';
import type { AcceptedRow, RowDiagnostic } from '../../contract/catalog-types';
import { decodeMappedRow, stepsOfColumns, type MappingStep, type PlanColumn } from './mapping';

export const PAGE_ROWS = 2000;

/** One accepted row: data row number, line, the (converted) record, why Profile skips it, coercions. */
export type StoredRow = AcceptedRow;

/** A diagnostic row with the platform's Data Access fields. */
export interface StoredDiagnostic extends RowDiagnostic {
  kind: 'parsing' | 'conversion';
  errors?: {
    keyword: string;
    pointerToViolation: string;
    schemaLocation: string;
    message: string;
    causingExceptions: unknown[];
  }[];
}

/**
 * Profile's event index of a page (written and read in profile/event-index.ts): the identity rules'
 * key, namespace codes, the numbers as the bytes of a `Float64Array`, short values run together, long
 * values as a JSON array.
 */
export interface PageEventIndex {
  k: string;
  ns: string[];
  e: Uint8Array;
  v: string;
  w: string;
}

/** Reads rows of a batch's pages in order, skipping `offset` and returning at most `limit`. */
export async function readPages<T>(
  db: Dexie,
  table: 'batchPages' | 'batchErrors',
  batchId: string,
  offset = 0,
  limit = Number.POSITIVE_INFINITY,
): Promise<T[]> {
  const out: T[] = [];
  let skipped = 0;
  const pages = (await db.table(table).where('batchId').equals(batchId).toArray()) as (StoredPage & {
    id: number;
    count: number;
  })[];
  pages.sort((a, b) => a.id - b.id);
  for (const page of pages) {
    if (out.length >= limit) break;
    if (skipped + page.count <= offset) {
      skipped += page.count;
      continue;
    }
    const rows = decodePage(table, page) as T[];
    const start = Math.max(0, offset - skipped);
    skipped += start;
    for (let i = start; i < rows.length && out.length < limit; i++) out.push(rows[i] as T);
    skipped += rows.length - start;
  }
  return out;
}

/**
 * A window of a batch's diagnostics, optionally only those with one code, and how many match in all.
 * Pages are read one at a time; a page whose `codes` show it has nothing in the window is not parsed.
 */
export async function readDiagnostics(
  db: Dexie,
  batchId: string,
  options: { offset?: number; limit?: number; code?: string } = {},
): Promise<{ rows: StoredDiagnostic[]; total: number }> {
  const offset = options.offset ?? 0;
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const code = options.code;
  const keys = (await db.table('batchErrors').where('batchId').equals(batchId).primaryKeys()) as number[];
  keys.sort((a, b) => a - b);
  const rows: StoredDiagnostic[] = [];
  let total = 0;
  for (const key of keys) {
    const page = (await db.table('batchErrors').get(key)) as
      { count: number; rows: string; codes?: Record<string, number> } | undefined;
    if (!page) continue;
    const known = code === undefined ? page.count : page.codes ? (page.codes[code] ?? 0) : undefined;
    const isOutside = known !== undefined && (total + known <= offset || rows.length >= limit);
    if (isOutside) {
      total += known;
      continue;
    }
    const parsed = JSON.parse(page.rows) as StoredDiagnostic[];
    for (const row of parsed) {
      if (code !== undefined && row.code !== code) continue;
      if (total >= offset && rows.length < limit) rows.push(row);
      total++;
    }
  }
  return { rows, total };
}

/** Visits every row of a batch page by page (for profile building and exports). */
export async function forEachPage<T>(
  db: Dexie,
  table: 'batchPages' | 'batchErrors',
  batchId: string,
  visit: (rows: T[]) => Promise<void> | void,
): Promise<void> {
  const keys = (await db.table(table).where('batchId').equals(batchId).primaryKeys()) as number[];
  keys.sort((a, b) => a - b);
  for (const key of keys) {
    const page = (await db.table(table).get(key)) as StoredPage | undefined;
    if (page) await visit(decodePage(table, page) as T[]);
  }
}

/** What a stored page holds that its rows are read from. */
export interface StoredPage {
  rows: string;
  /** Rows on the page (every page a `PageWriter` writes says; a reader does not need it). */
  count?: number;
  plans?: Record<string, PlanColumn[]>;
  /** Profile's event index of the page (see profile/event-index.ts), when ingestion wrote one. */
  ix?: PageEventIndex;
}

function decodePage(table: 'batchPages' | 'batchErrors', page: StoredPage): unknown[] {
  return table === 'batchPages' ? decodeRowsPage(page) : (JSON.parse(page.rows) as unknown[]);
}

/**
 * The accepted rows of a `batchPages` page as `StoredRow` objects, whichever way each row is stored.
 * The one way to read such a page (Profile, batch rows, diagnosis); snapshots copy page records as is.
 */
export function decodeRowsPage(
  page: StoredPage,
  onlyPaths?: (segments: readonly string[]) => boolean,
): StoredRow[] {
  const items = JSON.parse(rowsText(page)) as (StoredRow | unknown[])[];
  const plans = page.plans;
  if (!plans) return items as StoredRow[];
  const steps = new Map<number, FileSteps>();
  const out: StoredRow[] = new Array(items.length);
  for (let i = 0; i < items.length; i++)
    out[i] = decodeItem(items[i] as StoredRow | unknown[], plans, steps, onlyPaths);
  return out;
}

/** A page's rows as JSON text; a page kept as its event index alone has none to read. */
export function rowsText(page: StoredPage): string {
  if (typeof page.rows !== 'string')
    throw new Error('This page was visited by its index alone; its rows were not read.');
  return page.rows;
}

/** A file's mapped columns as decoding steps, and which of them a partial decode takes. */
export interface FileSteps {
  steps: MappingStep[];
  only?: boolean[];
}

/**
 * One item of a page's `rows` as a `StoredRow` (a flat row decoded through its file's columns; with
 * `onlyPaths`, only the columns whose destination it accepts).
 */
export function decodeItem(
  item: StoredRow | unknown[],
  plans: StoredPage['plans'],
  steps: Map<number, FileSteps>,
  onlyPaths?: (segments: readonly string[]) => boolean,
): StoredRow {
  if (!Array.isArray(item)) return item;
  const f = item[2] as number;
  let file = steps.get(f);
  if (!file) {
    const columns = plans?.[f];
    if (!columns) throw new Error(`Stored page has a row of file ${f} but not its columns.`);
    file = { steps: stepsOfColumns(columns) };
    if (onlyPaths) file.only = columns.map((column) => onlyPaths(column.s));
    steps.set(f, file);
  }
  const { record, coercions } = decodeMappedRow(file.steps, item, FLAT_ROW_HEAD, file.only);
  const row: StoredRow = { r: item[0] as number, l: item[1] as number | null, f, v: record };
  if (item[3]) row.s = item[3] as StoredRow['s'];
  if (coercions) row.c = coercions;
  return row;
}

/** Items before the cells in a flat row: r, l, f, s. */
export const FLAT_ROW_HEAD = 4;

export async function deletePages(
  db: Dexie,
  batchId: string,
  tables: ('batchPages' | 'batchErrors')[] = ['batchPages', 'batchErrors'],
): Promise<void> {
  for (const table of tables) await db.table(table).where('batchId').equals(batchId).delete();
}
