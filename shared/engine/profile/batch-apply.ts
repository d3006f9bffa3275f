// Applying one batch to the profile state, page by page: its records' links to the identity graph,
// its rows to record fragments or events. The profile store runs one after a batch succeeds, or,
// for a batch of events, while it is still being ingested (see `ProfileStates.noteStored`).
import { tagState } from '../catalog/tags';
import { FlatRowScan } from '../ingest/flat-scan';
import {
  decodeItem,
  decodeRowsPage,
  rowsText,
  type FileSteps,
  type StoredPage,
  type StoredRow,
} from '../ingest/pages';
import { PageRows } from '../ingest/page-rows';
import type { StoredBatch } from '../ingest/batches';
import { TimeSlices } from '../../util/yield';
import type { DatasetReading } from './batch-reader';
import { eventTimestamp, readEventIndex, visitIndexedEvents, type IndexedEventVisitor } from './event-index';
import { identityKey, primaryOf, type FlatIdentityReader, type RecordIdentity } from './identities';
import type { ProfileState } from './store';

/**
 * The record passed for a row whose fragment keeps where the row is stored (see
 * `FragmentStore.applyRecord`): without an upsert the record itself is not read.
 */
const RECORD_NOT_KEPT: Record<string, unknown> = Object.freeze({});

/** How a batch is applied: fixed by the batch and its dataset when the apply starts. */
export interface BatchParams {
  batchId: string;
  datasetId: string;
  seq: number;
  isEvent: boolean;
  isIdentity: boolean;
  isProfile: boolean;
  isUpsert: boolean;
  /** The identity rules an event index must have been written under to be read. */
  rulesKey: string;
  /** Namespace priority choosing an event's primary identity, as JSON ('' for none). */
  priority: string;
}

export function batchParams(batch: StoredBatch, found: DatasetReading): BatchParams {
  const tags = tagState(found.dataset.tags);
  return {
    batchId: batch.id,
    datasetId: batch.datasetId,
    seq: batch.seq,
    isEvent: found.isEvent,
    isIdentity: batch.isIdentityAtIngest ?? tags.isIdentityEnabled,
    isProfile: batch.isProfileAtIngest,
    isUpsert: batch.isUpsertAtIngest ?? tags.isUpsert,
    rulesKey: found.rulesKey,
    priority: found.priority ? JSON.stringify(found.priority) : '',
  };
}

/** Whether two batches' applies would do the same with the same rows. */
export function isSameApply(a: BatchParams, b: BatchParams): boolean {
  return (Object.keys(a) as (keyof BatchParams)[]).every((key) => a[key] === b[key]);
}

/**
 * One batch being applied: `visitPage` each of its stored pages in order, then `record` it in the
 * state. Pages are applied in time slices of a few ms (a page's links made before each pause), so
 * the event loop turns in between: they store the pages a file worker is handing over meanwhile.
 */
export class BatchApply {
  /** Primary identity keys the batch touched, in the order first touched (see ProfileState.touched). */
  readonly touched: string[] = [];
  /** Rows with no primary identity. */
  noPrimary = 0;
  private linking: RecordIdentity[][] = [];
  private linkingRows: number[] = [];
  private readonly slices = new TimeSlices();
  private readonly origin: { datasetId: string; batchId: string; time: number };

  constructor(
    private readonly state: ProfileState,
    readonly params: BatchParams,
    /** The dataset's identity readers, and the fields they read. */
    private readonly reading: Pick<DatasetReading, 'read' | 'readsPath' | 'readFlat'>,
    /** Ingestion time of the batch's links, fragments and events. */
    readonly time: number,
    private readonly priority: Readonly<Record<string, number>> | undefined,
  ) {
    this.origin = { datasetId: params.datasetId, batchId: params.batchId, time };
  }

  /** Makes room for `rows` more rows in one step per table (the batch's row count, when known). */
  reserve(rows: number): void {
    if (rows <= 0) return;
    const { isIdentity, isProfile, isEvent, datasetId } = this.params;
    if (isIdentity) this.state.graph.reserve(rows);
    if (isProfile && isEvent) this.state.fragments.reserveEvents(datasetId, rows);
  }

  readonly visitPage = async (stored: StoredPage, page: number): Promise<void> => {
    const { isEvent, isUpsert, rulesKey } = this.params;
    const index =
      isEvent && stored.ix !== undefined ? readEventIndex(stored.ix, rulesKey, stored.count) : undefined;
    const { slices } = this;
    if (index) {
      const visit: IndexedEventVisitor = (position, row, identities, eventId, eventTime) =>
        this.applyRow(identities, row, page, position, undefined, eventId, eventTime);
      const cursor = { at: 0, value: 0, long: 0 };
      visitIndexedEvents(index, cursor, visit, slices.isSpent);
      while (cursor.at < index.e.length) {
        await this.pause();
        visitIndexedEvents(index, cursor, visit, slices.isSpent);
      }
    } else if (!isEvent && !isUpsert) {
      await this.visitRecords(stored, page);
    } else {
      // An upsert patches its fragment with the whole record; events without an index are read whole.
      const rows = decodeRowsPage(stored);
      const text = isEvent ? undefined : new PageRows(stored);
      for (let index = 0; index < rows.length; index++) {
        const row = rows[index] as StoredRow;
        if (row.s) continue;
        const v = row.v;
        const identities = this.reading.read(v);
        if (isEvent)
          this.applyRow(identities, row.r, page, index, undefined, String(v['_id'] ?? ''), eventTimestamp(v));
        else this.applyRow(identities, row.r, page, index, v, '', Number.NaN, text);
        if (slices.isSpent()) await this.pause();
      }
    }
    this.link();
  };

  /**
   * A page of records, not upserted: a fragment keeps where its row is stored, not the parsed row, so
   * a row is read for its identities alone — a flat row's straight from its cells in the page text,
   * any other item parsed and decoded in part (only the fields its identities can come from).
   */
  private async visitRecords(stored: StoredPage, page: number): Promise<void> {
    const text = new PageRows(stored);
    // Cells sliced out of the text keep it alive while the graph holds them: so does a fragment of a
    // Profile dataset, but without Profile nothing else would, so they are copied.
    const scan = new FlatRowScan(rowsText(stored), !this.params.isProfile);
    const { plans } = stored;
    const { read, readsPath, readFlat } = this.reading;
    const flatReaders = new Map<number, FlatIdentityReader | undefined>();
    const flatReader = (file: number): FlatIdentityReader | undefined => {
      if (!flatReaders.has(file)) {
        const columns = plans?.[file];
        flatReaders.set(file, columns ? readFlat(columns) : undefined);
      }
      return flatReaders.get(file);
    };
    const steps = new Map<number, FileSteps>();
    for (let index = 0; scan.next(); index++) {
      let identities: RecordIdentity[];
      let row: number;
      const flat = scan.isFlat ? flatReader(scan.f) : undefined;
      if (flat) {
        if (scan.isSkipped) continue;
        identities = flat(scan);
        row = scan.r;
      } else {
        const decoded = decodeItem(scan.item(), plans, steps, readsPath);
        if (decoded.s) continue;
        identities = read(decoded.v);
        row = decoded.r;
      }
      this.applyRow(identities, row, page, index, RECORD_NOT_KEPT, '', Number.NaN, text);
      if (this.slices.isSpent()) await this.pause();
    }
  }

  /** Notes the batch as applied in the state (what a revert needs to know about it). */
  record(): void {
    const { state, params } = this;
    const { batchId, datasetId, seq, isEvent, isUpsert, isProfile } = params;
    state.touched.set(batchId, this.touched);
    state.applied.push(batchId);
    state.batches.set(batchId, { datasetId, seq, isEvent, isUpsert, isProfile, noPrimary: this.noPrimary });
  }

  /** One row: its links are collected (made at the next pause or page end), its fragment or event applied. */
  private applyRow(
    identities: RecordIdentity[],
    row: number,
    page: number,
    index: number,
    record: Record<string, unknown> | undefined,
    eventId: string,
    time: number,
    rows?: PageRows,
  ): void {
    const { isIdentity, isProfile, isEvent, isUpsert, datasetId, batchId } = this.params;
    const { state } = this;
    if (isIdentity && identities.length > 0) {
      this.linking.push(identities);
      this.linkingRows.push(row);
    }
    if (!isProfile) return;
    const primary = primaryOf(identities, isEvent ? this.priority : undefined);
    if (!primary) {
      state.noPrimary++;
      this.noPrimary++;
      return;
    }
    const key = identityKey(primary.namespace, primary.id);
    if (!isIdentity) state.graph.remember(primary.namespace, primary.id);
    if (isEvent) {
      if (state.fragments.applyStoredEvent(key, eventId, time, this.origin, row, page, index))
        this.touched.push(key);
    } else if (record) {
      this.touched.push(key);
      const source = { datasetId, batchId, row, time: this.time };
      state.fragments.applyRecord(key, record, source, isUpsert, rows && { rows, index });
    }
  }

  /** Links of the rows visited since the last call, made in one call (row order is kept). */
  private link(): void {
    if (this.linking.length > 0) this.state.graph.addRecords(this.linking, this.linkingRows, this.origin);
    this.linking = [];
    this.linkingRows = [];
  }

  private async pause(): Promise<void> {
    this.link();
    await this.slices.pause();
  }
}
