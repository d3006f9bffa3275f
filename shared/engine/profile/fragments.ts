// Profile fragments (SPEC §6.1, §2.3): a record fragment per (dataset, primary identity) — replaced by
// a newer record, or patched field by field on upsert datasets — and events appended per identity,
// de-duplicated by `_id` within a dataset. Derived from successful batches, kept in memory.
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
  record: Record<string, unknown>;
  /** The row that last replaced the whole record: the source of every leaf not patched since. */
  base: Source;
  /** Leaves patched by later upsert rows, by path (absent until a row patches this fragment). */
  sources?: Map<string, Source>;
  last: Source;
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

export class FragmentStore {
  readonly records = new Map<string, RecordFragment>();
  /** Primary identity key → record fragment keys. */
  readonly recordsByIdentity = new Map<string, Set<string>>();
  /** Primary identity key → events. */
  readonly eventsByIdentity = new Map<string, EventFragment[]>();
  /** Event `_id`s seen, per dataset. */
  private readonly eventIds = new Map<string, Set<string>>();
  eventCount = 0;

  /**
   * Adds a record row: replaces the fragment, or patches it on an upsert dataset. The store keeps
   * `record` (a freshly parsed row the caller no longer uses) without copying it.
   */
  applyRecord(primaryKey: string, record: Record<string, unknown>, source: Source, isUpsert: boolean): void {
    const key = `${source.datasetId}\u0001${primaryKey}`;
    const existing = this.records.get(key);
    if (existing && isUpsert) {
      const keepMap = existing.record['identityMap'];
      const patched = (existing.sources ??= new Map());
      const rowLeaves: Leaf[] = leaves(record);
      for (const [path, value] of rowLeaves) {
        if (path === 'identityMap' || path.startsWith('identityMap.')) continue;
        setPath(existing.record, path, value);
        patched.set(path, source);
      }
      // Identities are never removed by an upsert.
      if (keepMap !== undefined || record['identityMap'] !== undefined)
        existing.record['identityMap'] = identityMapUnion(keepMap, record['identityMap']);
      existing.last = source;
      return;
    }
    this.records.set(key, { datasetId: source.datasetId, primaryKey, record, base: source, last: source });
    if (existing) return;
    let set = this.recordsByIdentity.get(primaryKey);
    if (!set) this.recordsByIdentity.set(primaryKey, (set = new Set()));
    set.add(key);
  }

  /** Appends an event; an `_id` already seen in the dataset is ignored (the first one stays). */
  applyEvent(
    primaryKey: string,
    record: Record<string, unknown>,
    source: Source,
    at?: { page: number; index: number },
  ): boolean {
    const eventId = String(record['_id'] ?? '');
    let seen = this.eventIds.get(source.datasetId);
    if (!seen) this.eventIds.set(source.datasetId, (seen = new Set()));
    if (seen.has(eventId)) return false;
    seen.add(eventId);
    const timestamp = Date.parse(String(record['timestamp'] ?? ''));
    let list = this.eventsByIdentity.get(primaryKey);
    if (!list) this.eventsByIdentity.set(primaryKey, (list = []));
    list.push({
      datasetId: source.datasetId,
      primaryKey,
      eventId,
      timestamp: Number.isNaN(timestamp) ? source.time : timestamp,
      ...(at ? { at } : { record }),
      source,
    });
    this.eventCount++;
    return true;
  }

  /** The record fragment of a dataset and primary identity, if any. */
  recordFragment(datasetId: string, primaryKey: string): RecordFragment | undefined {
    return this.records.get(`${datasetId}\u0001${primaryKey}`);
  }

  /** Drops the record fragment of a dataset and primary identity (batch revert, before a replay). */
  removeRecord(datasetId: string, primaryKey: string): void {
    const key = `${datasetId}\u0001${primaryKey}`;
    if (!this.records.delete(key)) return;
    const set = this.recordsByIdentity.get(primaryKey);
    set?.delete(key);
    if (set?.size === 0) this.recordsByIdentity.delete(primaryKey);
  }

  /** Drops the events a batch added under a primary identity; returns their `_id`s. */
  removeEventsOfBatch(primaryKey: string, batchId: string): string[] {
    const list = this.eventsByIdentity.get(primaryKey);
    if (!list) return [];
    const removed: string[] = [];
    const kept = list.filter((e) => {
      if (e.source.batchId !== batchId) return true;
      removed.push(e.eventId);
      this.eventIds.get(e.datasetId)?.delete(e.eventId);
      return false;
    });
    this.eventCount -= removed.length;
    if (kept.length === 0) this.eventsByIdentity.delete(primaryKey);
    else this.eventsByIdentity.set(primaryKey, kept);
    return removed;
  }

  /** Whether a dataset already holds an event with this `_id`. */
  hasEvent(datasetId: string, eventId: string): boolean {
    return this.eventIds.get(datasetId)?.has(eventId) === true;
  }

  recordFragmentsOf(primaryKeys: Iterable<string>): RecordFragment[] {
    const out: RecordFragment[] = [];
    for (const key of primaryKeys)
      for (const fragmentKey of this.recordsByIdentity.get(key) ?? []) {
        const fragment = this.records.get(fragmentKey);
        if (fragment) out.push(fragment);
      }
    return out;
  }

  eventsOf(primaryKeys: Iterable<string>): EventFragment[] {
    const out: EventFragment[] = [];
    for (const key of primaryKeys) out.push(...(this.eventsByIdentity.get(key) ?? []));
    return out;
  }
}
