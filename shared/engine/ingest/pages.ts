// Page storage of a batch: accepted rows and row diagnostics as JSON strings of up to PAGE_ROWS rows,
// one IndexedDB record per page under an auto-increment (monotonic) key.
//
// An accepted-rows page is `{ batchId, count, rows, plans? }`. `rows` is a JSON array whose items are
// either a row object (`StoredRow`) or, for a mapped CSV row that validation passed unchanged, a flat
// array `[r, l, f, s, cell…]` (`s` 0 when Profile takes the row; each cell the raw text of one mapped
// column, null when absent). `plans[f]` lists the mapped columns of file `f` (`PlanColumn`). Every
// reader goes through `decodeRowsPage`, which gives `StoredRow` objects for both kinds of item.
// Pages of events for Identity or Profile may also carry `ix`, Profile's event index of their rows.
import type Dexie from 'dexie';
import type { AcceptedRow, RowDiagnostic } from '../../contract/catalog-types';
import { decodeMappedRow, stepsOfColumns, type MappingStep, type PlanColumn } from './mapping';

export const PAGE_ROWS = 2000;
/**
 * Page writes that may be in flight while the next page fills. IndexedDB runs read-write transactions
 * on one store in the order they were created, so pages keep their order; more than one hides the
 * browser's commit latency behind reading and validating.
 */
export const WRITES_IN_FLIGHT = 3;
/**
 * Page writes a file worker may have in flight: the engine's thread stores its pages between other
 * work (applying the previous batch to Profile), so the worker runs further ahead instead of waiting.
 */
export const WORKER_WRITES_IN_FLIGHT = 16;
/** Flat rows serialised together (one `JSON.stringify`); a page holds `PAGE_ROWS / FLAT_RUN_ROWS` runs. */
export const FLAT_RUN_ROWS = 250;

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
 * An index kept beside a page's rows (Profile's event index): told each row pushed as an object with
 * its position, and each row it cannot see (`miss`); `take` gives the page's index, if it has one.
 */
export interface PageIndex<T> {
  note(position: number, row: T): void;
  miss(): void;
  take(): PageEventIndex | undefined;
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

/** Where a `PageWriter` adds its pages: Dexie's `table(name).add` shape (tests and the heap bench pass their own). */
export interface PageTarget {
  table(name: 'batchPages' | 'batchErrors'): { add(page: object): Promise<unknown> };
}

/**
 * Page adds straight on the database's IndexedDB connection, one read-write transaction per page,
 * committed at once. Dexie's path for a lone `add` (a transaction scope, its middleware stack, a
 * storage-mutated broadcast for live queries, which nothing here uses) cost about as much worker time
 * as the add itself; the stored record is the same.
 */
export function directPageTarget(db: Dexie): PageTarget {
  return {
    table: (name) => ({
      add: (page) =>
        new Promise<unknown>((resolve, reject) => {
          const transaction = db.backendDB().transaction(name, 'readwrite');
          const request = transaction.objectStore(name).add(page);
          transaction.oncomplete = () => resolve(request.result);
          transaction.onabort = () =>
            reject(transaction.error ?? request.error ?? new Error('Page write aborted.'));
          transaction.commit();
        }),
    }),
  };
}

/**
 * Buffers rows and writes them a page at a time. A row object is serialised when pushed, so its
 * objects die young instead of living until their page is written; flat rows (arrays of primitives,
 * see `pushFlat`) are kept as they are and serialised with one `JSON.stringify` per run of them,
 * which costs far less than one call per row. Up to `maxInFlight` page writes may be in flight
 * while the next page fills (IndexedDB keeps the pages in the order they were added).
 */
export class PageWriter<T> {
  /** Serialised rows (and runs of flat rows) of the page being filled. */
  private parts: string[] = [];
  /** Flat rows pushed since the last serialised part. */
  private run: unknown[][] = [];
  private count = 0;
  /** Rows per tag (a diagnostic's code) in the page being filled. */
  private tags: Record<string, number> | undefined;
  /** Columns of every file whose flat rows may be pushed, and those the page being filled uses. */
  private readonly known = new Map<number, PlanColumn[]>();
  private plans: Record<number, PlanColumn[]> | undefined;
  /** Page writes not yet settled, oldest first (at most `maxInFlight` once `flush` returns). */
  private inFlight: Promise<void>[] = [];
  private failure: { error: unknown } | undefined;
  written = 0;
  /** Builds the `ix` field of each page, when set. */
  index: PageIndex<T> | undefined;
  /** Told each page once it is stored, with its key (the engine keeps Profile-bound pages at hand). */
  onStored: ((key: number, page: StoredPage) => void) | undefined;

  constructor(
    private readonly db: PageTarget,
    private readonly table: 'batchPages' | 'batchErrors',
    private readonly batchId: string,
    private readonly maxInFlight = WRITES_IN_FLIGHT,
  ) {}

  /**
   * Adds a row; returns a promise only when a page had to be written (await it before pushing on).
   * A `tag` (a diagnostic's code) is counted in the page's `codes`, so filters can skip whole pages.
   */
  push(row: T, tag?: string): Promise<void> | undefined {
    if (tag !== undefined) {
      this.tags ??= {};
      this.tags[tag] = (this.tags[tag] ?? 0) + 1;
    }
    return this.pushJson(JSON.stringify(row), row);
  }

  /** Registers the mapped columns of file `key`, for flat rows pushed with that `planKey`. */
  usePlan(key: number, columns: PlanColumn[]): void {
    this.known.set(key, columns);
  }

  /** Adds a row already serialised as JSON (an object literal); `row` is what the page index sees. */
  pushJson(json: string, row?: T): Promise<void> | undefined {
    if (this.index) {
      if (row === undefined) this.index.miss();
      else this.index.note(this.count, row);
    }
    this.endRun();
    this.parts.push(json);
    return ++this.count >= PAGE_ROWS ? this.flush() : undefined;
  }

  /**
   * Adds a flat row (`[r, l, f, s, cell…]`, primitives only, not changed afterwards) of the file
   * `planKey` whose columns `usePlan` registered.
   */
  pushFlat(row: unknown[], planKey: number): Promise<void> | undefined {
    if (this.plans?.[planKey] === undefined) {
      const columns = this.known.get(planKey);
      if (!columns) throw new Error(`No columns registered for file ${planKey}.`);
      (this.plans ??= {})[planKey] = columns;
    }
    this.index?.miss();
    this.run.push(row);
    if (++this.count >= PAGE_ROWS) return this.flush();
    // Serialised in runs well short of a page, so the rows' arrays and cells die young.
    if (this.run.length >= FLAT_RUN_ROWS) this.endRun();
    return undefined;
  }

  /** Serialises the flat rows pushed since the last part as one part. */
  private endRun(): void {
    if (this.run.length === 0) return;
    this.parts.push(JSON.stringify(this.run).slice(1, -1));
    this.run = [];
  }

  /** Starts writing the buffered rows as a page; waits for the oldest write beyond `maxInFlight`. */
  async flush(): Promise<void> {
    if (this.count > 0) {
      const count = this.count;
      let rows: string;
      if (this.parts.length === 0) rows = JSON.stringify(this.run);
      else {
        this.endRun();
        rows = joinFlat(this.parts);
      }
      const codes = this.tags;
      const plans = this.plans;
      const ix = this.index?.take();
      this.parts = [];
      this.run = [];
      this.count = 0;
      this.tags = undefined;
      this.plans = undefined;
      const page = {
        batchId: this.batchId,
        count,
        rows,
        ...(codes ? { codes } : {}),
        ...(plans ? { plans } : {}),
        ...(ix !== undefined ? { ix } : {}),
      };
      const write = this.db
        .table(this.table)
        .add(page)
        .then(
          (key) => {
            this.written += count;
            if (typeof key === 'number') this.onStored?.(key, page);
          },
          (error: unknown) => {
            this.failure ??= { error };
          },
        );
      this.inFlight.push(write);
      while (this.inFlight.length > this.maxInFlight) await this.inFlight.shift();
    }
    if (this.failure) throw this.failure.error;
  }

  /** Waits for the page writes in flight, ignoring their outcome (before deleting a failed batch's pages). */
  async settle(): Promise<void> {
    this.parts = [];
    this.run = [];
    this.count = 0;
    this.tags = undefined;
    this.plans = undefined;
    this.index?.take();
    await this.drain();
  }

  private async drain(): Promise<void> {
    while (this.inFlight.length > 0) await this.inFlight.shift();
  }

  /** Writes what is buffered and waits until every page is stored. */
  async close(): Promise<void> {
    await this.flush();
    await this.drain();
    if (this.failure) throw this.failure.error;
  }
}

/**
 * `open + parts.join(',') + close` as one flat string: built by a single `join` (`open` and `close`
 * folded into the first and last part), not by concatenating around the joined parts, which gives a
 * rope that IndexedDB's serialiser first copies flat — a second copy of every page.
 */
export function joinFlat(parts: string[], open = '[', close = ']'): string {
  if (parts.length === 0) return open + close;
  const last = parts.length - 1;
  parts[0] = open + (parts[0] as string);
  parts[last] = (parts[last] as string) + close;
  return parts.join(',');
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
