// Profile fragments (SPEC §6.1, §2.3): a record fragment per (dataset, primary identity) — replaced by
// a newer record, or patched field by field on upsert datasets — and events appended per identity,
// de-duplicated by `_id` within a dataset. Derived from successful batches, kept in memory.
import type { PageRows } from '../ingest/page-rows';
import { eventTimestamp } from './event-index';
import { keyNamespaceReader } from './identities';
import { EventStore } from './event-store';
import { StringMap, StringTable } from './string-table';
import { leaves, setPath, type Leaf } from './paths';

export interface Source {
  datasetId: string;
  batchId: string;
  row: number;
  /** Ingestion time (epoch ms): when the batch was promoted. */
  time: number;
}

export interface RecordFragment {
  datasetId: string;
  primaryKey: string;
  /**
   * The record, when held in memory (given as an object, or patched by an upsert row); otherwise it
   * is row `index` of `rows`, its stored page, decoded when read (`recordOf`).
   */
  record?: Record<string, unknown>;
  rows?: PageRows;
  index?: number;
  /** The row that last replaced the whole record: the source of every leaf not patched since. */
  base: Source;
  /** Leaves patched by later upsert rows, by path (absent until a row patches this fragment). */
  sources?: Map<string, Source>;
  last: Source;
}

/** A fragment's record: held, or decoded afresh from its stored row (callers may keep or change it). */
export function recordOf(fragment: RecordFragment): Record<string, unknown> {
  if (fragment.record) return fragment.record;
  const { rows, index } = fragment;
  if (!rows || index === undefined) throw new Error(`Fragment ${fragment.primaryKey} has no record.`);
  return rows.row(index).v;
}

/** Where a record fragment's row is stored: its page's rows and its index there. */
export interface StoredAt {
  rows: PageRows;
  index: number;
}

/** Which row set a leaf of a fragment. */
export function sourceOfLeaf(fragment: RecordFragment, path: string): Source {
  return fragment.sources?.get(path) ?? fragment.base;
}

export interface EventFragment {
  datasetId: string;
  primaryKey: string;
  eventId: string;
  timestamp: number;
  /**
   * The event, when kept in memory; events applied from stored pages keep only `at` (their page and
   * position) and are read back by `PageRecords` when a query needs them.
   */
  record?: Record<string, unknown>;
  /** Where the event's row is stored: `batchPages` key and index in the page. */
  at?: { page: number; index: number };
  source: Source;
}

/** One page row as ingestion stores it (only the parts read back here). */
interface PageRow {
  v: Record<string, unknown>;
}

/**
 * Reads event records back from their stored pages, keeping the last `capacity` parsed pages (least
 * recently used out), so memory holds the event index and a bounded number of hot pages only.
 */
export class PageRecords {
  private readonly pages = new Map<number, PageRow[]>();

  constructor(
    private readonly readPage: (key: number) => Promise<PageRow[] | undefined>,
    private readonly capacity = 16,
  ) {}

  /** Pages parsed and held now. */
  get size(): number {
    return this.pages.size;
  }

  /** The records of these events, in order; an event whose page is gone (reverted meanwhile) reads as undefined. */
  async recordsOf(events: readonly EventFragment[]): Promise<(Record<string, unknown> | undefined)[]> {
    const out: (Record<string, unknown> | undefined)[] = [];
    for (const event of events) {
      if (event.record || !event.at) {
        out.push(event.record);
        continue;
      }
      const rows = await this.page(event.at.page);
      out.push(rows?.[event.at.index]?.v);
    }
    return out;
  }

  private async page(key: number): Promise<PageRow[] | undefined> {
    const hit = this.pages.get(key);
    if (hit) {
      this.pages.delete(key);
      this.pages.set(key, hit);
      return hit;
    }
    const rows = await this.readPage(key);
    if (rows === undefined) return undefined;
    this.pages.set(key, rows);
    while (this.pages.size > this.capacity) {
      const oldest = this.pages.keys().next().value as number;
      this.pages.delete(oldest);
    }
    return rows;
  }
}

function identityMapUnion(a: unknown, b: unknown): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const map of [a, b]) {
    if (typeof map !== 'object' || map === null) continue;
    for (const [ns, items] of Object.entries(map)) {
      if (!Array.isArray(items)) continue;
      const list = (out[ns] ??= []);
      for (const item of items) {
        const id = (item as { id?: unknown })?.id;
        if (!list.some((x) => (x as { id?: unknown }).id === id)) list.push(item);
      }
    }
  }
  return out;
}

/** The batch-level part of a source, shared by the events of one batch. */
export interface BatchOrigin {
  datasetId: string;
  batchId: string;
  time: number;
}

/** One record fragment, or several (one per dataset) under the same primary identity. */
type RecordSlot = RecordFragment | RecordFragment[];

function findIn(slot: RecordSlot, datasetId: string): RecordFragment | undefined {
  if (!Array.isArray(slot)) return slot.datasetId === datasetId ? slot : undefined;
  for (const fragment of slot) if (fragment.datasetId === datasetId) return fragment;
  return undefined;
}

export class FragmentStore {
  /**
   * Primary identity key → its record fragments (one per dataset; a single fragment is kept without an
   * array, the common case, so a million profiles cost a million map entries and nothing more).
   */
  private readonly recordsByIdentity = new StringMap<RecordSlot>();
  /** Events, chained per primary identity key. */
  private readonly events = new EventStore();
  /** Event `_id`s seen, per dataset. */
  private readonly eventIds = new Map<string, StringTable>();
  /** Fragments (records and events) per dataset id; the last one used is kept at hand. */
  private readonly perDataset = new Map<string, { count: number }>();
  private last: { datasetId: string; counter: { count: number } } | undefined;
  recordCount = 0;

  /** Events held (each `_id` once per dataset). */
  get eventCount(): number {
    return this.events.size;
  }

  /**
   * Adds a record row: replaces the fragment, or patches it on an upsert dataset. With `at` (where
   * the row is stored) a fragment it makes or replaces keeps only that, and its record is decoded
   * again when read: memory holds the page's text rather than a dozen parsed objects per row. Without
   * it the store keeps `record` (a freshly parsed row the caller no longer uses) without copying it.
   */
  applyRecord(
    primaryKey: string,
    record: Record<string, unknown>,
    source: Source,
    isUpsert: boolean,
    at?: StoredAt,
  ): void {
    const datasetId = source.datasetId;
    const slot = this.recordsByIdentity.get(primaryKey);
    const existing = slot === undefined ? undefined : findIn(slot, datasetId);
    if (existing && isUpsert) {
      // Patched from now on: held as an object of its own.
      const held = (existing.record ??= recordOf(existing));
      delete existing.rows;
      delete existing.index;
      const keepMap = held['identityMap'];
      const patched = (existing.sources ??= new Map());
      const rowLeaves: Leaf[] = leaves(record);
      for (const [path, value] of rowLeaves) {
        if (path === 'identityMap' || path.startsWith('identityMap.')) continue;
        setPath(held, path, value);
        patched.set(path, source);
      }
      // Identities are never removed by an upsert.
      if (keepMap !== undefined || record['identityMap'] !== undefined)
        held['identityMap'] = identityMapUnion(keepMap, record['identityMap']);
      existing.last = source;
      return;
    }
    const fragment: RecordFragment = at
      ? { datasetId, primaryKey, rows: at.rows, index: at.index, base: source, last: source }
      : { datasetId, primaryKey, record, base: source, last: source };
    if (slot === undefined) this.recordsByIdentity.set(primaryKey, fragment);
    else if (existing === undefined) {
      if (Array.isArray(slot)) slot.push(fragment);
      else this.recordsByIdentity.set(primaryKey, [slot, fragment]);
    } else if (Array.isArray(slot)) slot[slot.indexOf(existing)] = fragment;
    else this.recordsByIdentity.set(primaryKey, fragment);
    if (existing) return;
    this.recordCount++;
    this.count(datasetId, 1);
  }

  /** Appends an event; an `_id` already seen in the dataset is ignored (the first one stays). */
  applyEvent(
    primaryKey: string,
    record: Record<string, unknown>,
    source: Source,
    at?: { page: number; index: number },
  ): boolean {
    const eventId = String(record['_id'] ?? '');
    if (!this.firstSeen(source.datasetId, eventId)) return false;
    const time = eventTimestamp(record);
    const timestamp = Number.isNaN(time) ? source.time : time;
    this.events.add(primaryKey, eventId, timestamp, source, source.row, at, at ? undefined : record);
    this.count(source.datasetId, 1);
    return true;
  }

  /**
   * Appends an event stored in a page, keeping only where its row is; `time` is its `timestamp` (NaN
   * when it has none that parses: the ingestion time stands in).
   *
   * Returns whether the batch touches `primaryKey` for the first time with this row — as far as the
   * store can tell without a set of its own: the row is a duplicate (`_id` seen), or the identity's
   * last event came from another batch. A batch's events arrive together, so the caller collects each
   * touched identity about once (the same key again only after a duplicate).
   */
  applyStoredEvent(
    primaryKey: string,
    eventId: string,
    time: number,
    origin: BatchOrigin,
    row: number,
    page: number,
    index: number,
  ): boolean {
    if (!this.firstSeen(origin.datasetId, eventId)) return true;
    const timestamp = Number.isNaN(time) ? origin.time : time;
    this.count(origin.datasetId, 1);
    return this.events.add(primaryKey, eventId, timestamp, origin, row, { page, index });
  }

  /** Makes room for this many more events of a dataset (a batch about to be applied). */
  reserveEvents(datasetId: string, events: number): void {
    let seen = this.eventIds.get(datasetId);
    if (!seen) this.eventIds.set(datasetId, (seen = new StringTable()));
    seen.reserve(events);
    this.events.reserve(events);
  }

  /** Whether the dataset has not seen this event `_id` yet (and notes it). */
  private firstSeen(datasetId: string, eventId: string): boolean {
    let seen = this.eventIds.get(datasetId);
    if (!seen) this.eventIds.set(datasetId, (seen = new StringTable()));
    const size = seen.size;
    seen.add(eventId);
    return seen.size > size;
  }

  /** The record fragment of a dataset and primary identity, if any. */
  recordFragment(datasetId: string, primaryKey: string): RecordFragment | undefined {
    const slot = this.recordsByIdentity.get(primaryKey);
    return slot === undefined ? undefined : findIn(slot, datasetId);
  }

  /** Drops the record fragment of a dataset and primary identity (batch revert, before a replay). */
  removeRecord(datasetId: string, primaryKey: string): void {
    const slot = this.recordsByIdentity.get(primaryKey);
    if (slot === undefined || findIn(slot, datasetId) === undefined) return;
    const rest = Array.isArray(slot) ? slot.filter((f) => f.datasetId !== datasetId) : [];
    if (rest.length === 0) this.recordsByIdentity.delete(primaryKey);
    else this.recordsByIdentity.set(primaryKey, rest.length === 1 ? (rest[0] as RecordFragment) : rest);
    this.recordCount--;
    this.count(datasetId, -1);
  }

  /** Visits every primary identity key with a fragment (record or event), each once: records' first. */
  forEachPrimaryKey(visit: (key: string) => void): void {
    // The namespaces of record fragments' keys: an events key of another one has no record fragment
    // to look up.
    const recordCodes = new Set<string>();
    const codeOf = keyNamespaceReader();
    this.recordsByIdentity.forEachKey((key) => {
      recordCodes.add(codeOf(key));
      visit(key);
    });
    this.events.forEachKey((key) => {
      if (!recordCodes.has(codeOf(key)) || !this.recordsByIdentity.has(key)) visit(key);
    });
  }

  /** Fragments (records and events) per dataset id; datasets without any are absent. */
  fragmentsPerDataset(): ReadonlyMap<string, number> {
    const out = new Map<string, number>();
    for (const [datasetId, { count }] of this.perDataset) if (count > 0) out.set(datasetId, count);
    return out;
  }

  private count(datasetId: string, by: number): void {
    let last = this.last;
    if (last?.datasetId !== datasetId) {
      let counter = this.perDataset.get(datasetId);
      if (!counter) this.perDataset.set(datasetId, (counter = { count: 0 }));
      this.last = last = { datasetId, counter };
    }
    last.counter.count += by;
  }

  /** Drops the events a batch added under a primary identity; returns their `_id`s. */
  removeEventsOfBatch(primaryKey: string, batchId: string): string[] {
    return this.events.removeBatch(primaryKey, batchId).map(({ eventId, datasetId }) => {
      this.eventIds.get(datasetId)?.delete(eventId);
      this.count(datasetId, -1);
      return eventId;
    });
  }

  /** Gives a batch's events the ingestion time `to` in place of `from` (see EventStore.retimeBatch). */
  retimeEvents(batchId: string, from: number, to: number): void {
    this.events.retimeBatch(batchId, from, to);
  }

  /** Forgets a batch whose events were all taken out (see EventStore.forgetOrigin). */
  forgetEventOrigin(batchId: string): void {
    this.events.forgetOrigin(batchId);
  }

  /** Whether a dataset already holds an event with this `_id`. */
  hasEvent(datasetId: string, eventId: string): boolean {
    return this.eventIds.get(datasetId)?.has(eventId) === true;
  }

  recordFragmentsOf(primaryKeys: Iterable<string>): RecordFragment[] {
    const out: RecordFragment[] = [];
    for (const key of primaryKeys) {
      const slot = this.recordsByIdentity.get(key);
      if (slot === undefined) continue;
      if (Array.isArray(slot)) out.push(...slot);
      else out.push(slot);
    }
    return out;
  }

  eventsOf(primaryKeys: Iterable<string>): EventFragment[] {
    return this.events.eventsOf(primaryKeys);
  }
}
