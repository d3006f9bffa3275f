// Profile's delta of one batch, staged while the batch is ingested: ingestion hands every accepted row
// to a `StagedBatch` (the batch's `AcceptedRowSink`), which reads its identities with the dataset's
// compiled reader and keeps what applying needs — the record of a record row, the `_id` and time of an
// event row (events keep only an index entry) — plus where each row is stored. When the batch reaches
// `success` the profile store applies the staged delta instead of parsing the batch's pages again.
// Nothing staged is visible before that; a staged delta that is incomplete, dropped or was read under
// other identity rules is ignored and the pages are read, so correctness never depends on staging.
import type { AcceptedRowSink, StoredRow } from '../ingest/pages';
import type { RecordIdentity } from './identities';

/** One row as the store applies it: from a staged delta or from a parsed page. */
export interface ApplyRow {
  /** Data row number in the batch's files. */
  r: number;
  identities: RecordIdentity[];
  /** The record (record datasets only). */
  record?: Record<string, unknown>;
  /** Event `_id` and time (epoch ms, NaN when the record has none); event datasets only. */
  eventId?: string;
  timestamp?: number;
  /** `batchPages` key and index in the page. */
  page: number;
  index: number;
}

/** The `_id` of an event record as the store keys it. */
export function eventIdOf(record: Record<string, unknown>): string {
  return String(record['_id'] ?? '');
}

/** The event time of an event record (NaN when missing or unreadable; the store uses ingestion time). */
export function eventTimeOf(record: Record<string, unknown>): number {
  return Date.parse(String(record['timestamp'] ?? ''));
}

export class StagedBatch implements AcceptedRowSink {
  /** Rows seen, skipped ones included (the position of the next row in the batch's pages). */
  private seen = 0;
  /** Staged rows (accepted and not skipped), by their position among all rows. */
  private readonly positions: number[] = [];
  private readonly rowNumbers: number[] = [];
  // Identities of the staged rows, flat (row i has entries starts[i] … starts[i + 1] - 1): strings and
  // flags only, so nothing per identity outlives the row's ingestion until the batch is applied.
  private readonly starts: number[] = [0];
  private readonly namespaces: string[] = [];
  private readonly ids: string[] = [];
  private readonly primaries: boolean[] = [];
  /** The records of record rows (what the fragments will hold; events keep no record). */
  private readonly records: Record<string, unknown>[] = [];
  private readonly eventIds: string[] = [];
  private readonly times: number[] = [];
  /** Stored pages: key, row count (in the order they were stored). */
  private readonly pages: [key: number, count: number][] = [];
  private isDropped = false;

  constructor(
    readonly dbName: string,
    readonly batchId: string,
    /** The identity rules the rows were read under (descriptors, namespaces): must match at apply. */
    readonly signature: string,
    readonly isEvent: boolean,
    private readonly read: (record: Record<string, unknown>) => RecordIdentity[],
  ) {}

  get dropped(): boolean {
    return this.isDropped;
  }

  row(row: StoredRow): void {
    const position = this.seen++;
    if (this.isDropped || row.s) return;
    this.positions.push(position);
    this.rowNumbers.push(row.r);
    for (const identity of this.read(row.v)) {
      this.namespaces.push(identity.namespace);
      this.ids.push(identity.id);
      this.primaries.push(identity.isPrimary);
    }
    this.starts.push(this.ids.length);
    if (this.isEvent) {
      this.eventIds.push(eventIdOf(row.v));
      this.times.push(eventTimeOf(row.v));
    } else this.records.push(row.v);
  }

  page(key: number, count: number): void {
    this.pages.push([key, count]);
  }

  drop(): void {
    this.isDropped = true;
    this.positions.length = 0;
    this.rowNumbers.length = 0;
    this.starts.length = 1;
    this.namespaces.length = 0;
    this.ids.length = 0;
    this.primaries.length = 0;
    this.records.length = 0;
    this.eventIds.length = 0;
    this.times.length = 0;
  }

  /**
   * Visits the staged rows in order with their page and index (one reused object: copy what you keep),
   * when the delta covers exactly the batch's `accepted` rows and each of them is in a stored page.
   * Returns false, visiting nothing, otherwise (read the pages instead).
   */
  forEach(accepted: number, visit: (row: ApplyRow) => void): boolean {
    if (this.isDropped || this.seen !== accepted) return false;
    const pages = [...this.pages].sort((a, b) => a[0] - b[0]);
    let stored = 0;
    for (const [, count] of pages) stored += count;
    if (stored !== this.seen) return false;
    const row: ApplyRow = { r: 0, identities: [], page: 0, index: 0 };
    let page = 0;
    let pageStart = 0;
    for (let i = 0; i < this.positions.length; i++) {
      const position = this.positions[i] as number;
      while (position >= pageStart + (pages[page] as [number, number])[1]) {
        pageStart += (pages[page] as [number, number])[1];
        page++;
      }
      row.r = this.rowNumbers[i] as number;
      const identities: RecordIdentity[] = [];
      for (let k = this.starts[i] as number; k < (this.starts[i + 1] as number); k++)
        identities.push({
          namespace: this.namespaces[k] as string,
          id: this.ids[k] as string,
          isPrimary: this.primaries[k] as boolean,
        });
      row.identities = identities;
      row.page = (pages[page] as [number, number])[0];
      row.index = position - pageStart;
      if (this.isEvent) {
        row.eventId = this.eventIds[i] as string;
        row.timestamp = this.times[i] as number;
      } else row.record = this.records[i] as Record<string, unknown>;
      visit(row);
    }
    return true;
  }
}
