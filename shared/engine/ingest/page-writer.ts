// Writing a batch's pages (the format is in pages.ts): rows buffered and added a page at a time,
// flat rows serialised in runs, an optional index kept beside each page's rows, a few writes in flight.
import type Dexie from 'dexie';
import type { PlanColumn } from './mapping';
import { PAGE_ROWS, type PageEventIndex, type StoredPage } from './pages';

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

/**
 * An index kept beside a page's rows (Profile's event index): told each row pushed as an object with
 * its position, and each row it cannot see (`miss`); `take` gives the page's index, if it has one.
 */
export interface PageIndex<T> {
  note(position: number, row: T): void;
  miss(): void;
  take(): PageEventIndex | undefined;
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
