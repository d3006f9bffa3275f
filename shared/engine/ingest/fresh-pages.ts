// Pages a batch of an Identity- or Profile-enabled dataset just stored, kept in memory (up to a budget)
// so the profile refresh after the batch succeeds visits them without reading them back: in the web
// host a read of a stored page costs a round trip to the browser process and a deserialisation, in the
// node host a structured clone. A page with an event index is kept without its rows (the refresh
// reads the index; a page whose index is of other rules is read from the database).
//
// The database stays the truth: a kept page is only visited under a key the database lists for that
// batch, so pages deleted since (a failed, aborted or reverted batch, a deleted dataset) are never
// seen, and a sandbox database deleted or replaced is forgotten whole (its keys start over).
import type { StoredPage } from './pages';

/** A kept page: the stored page, or its index alone (`rows` undefined). */
export type FreshPage = Omit<StoredPage, 'rows'> & { rows?: string };

interface Kept {
  batchId: string;
  page: FreshPage;
  chars: number;
}

/** About 256 MB of one-byte strings: a million profile rows and two million events, as the benchmark makes. */
export const FRESH_PAGES_BUDGET_CHARS = 256 * 1024 * 1024;

export class FreshPages {
  /** `${database}\u0000${key}` → page, oldest first (the oldest go when the budget is exceeded). */
  private readonly kept = new Map<string, Kept>();
  private chars = 0;

  /** Told each page kept (or too big to keep) as it is stored: Profile applies event batches early. */
  onStored: ((database: string, key: number, batchId: string) => void) | undefined;

  constructor(private readonly budgetChars = FRESH_PAGES_BUDGET_CHARS) {}

  /** Keeps a page stored under `key`: its index alone when it has one. */
  keep(database: string, key: number, batchId: string, page: StoredPage): void {
    this.store(database, key, batchId, page);
    this.onStored?.(database, key, batchId);
  }

  private store(database: string, key: number, batchId: string, page: StoredPage): void {
    const { rows: _rows, ...indexOnly } = page;
    const kept: FreshPage = page.ix === undefined ? page : indexOnly;
    const ix = kept.ix;
    const chars = (kept.rows?.length ?? 0) + (ix ? ix.e.byteLength + ix.v.length + ix.w.length : 0);
    if (chars > this.budgetChars) return;
    this.kept.set(`${database}\u0000${key}`, { batchId, page: kept, chars });
    this.chars += chars;
    for (const [oldest, entry] of this.kept) {
      if (this.chars <= this.budgetChars) break;
      this.kept.delete(oldest);
      this.chars -= entry.chars;
    }
  }

  /** The page kept under `key` for this batch, taken out (a page is visited once from memory). */
  take(database: string, key: number, batchId: string): FreshPage | undefined {
    const id = `${database}\u0000${key}`;
    const entry = this.kept.get(id);
    if (!entry || entry.batchId !== batchId) return undefined;
    this.kept.delete(id);
    this.chars -= entry.chars;
    return entry.page;
  }

  /** Drops what is kept of a batch (its pages were deleted). */
  dropBatch(database: string, batchId: string): void {
    const prefix = `${database}\u0000`;
    for (const [id, entry] of this.kept) {
      if (entry.batchId !== batchId || !id.startsWith(prefix)) continue;
      this.kept.delete(id);
      this.chars -= entry.chars;
    }
  }

  /** Drops everything kept of a database (deleted, reset or replaced: its page keys start over). */
  forget(database: string): void {
    const prefix = `${database}\u0000`;
    for (const [id, entry] of this.kept) {
      if (!id.startsWith(prefix)) continue;
      this.kept.delete(id);
      this.chars -= entry.chars;
    }
  }

  /** Characters held (rows and indexes; an index's numbers count a character a byte). */
  get size(): number {
    return this.chars;
  }
}
