// Profile fragments (SPEC §6.1, §2.3): a record fragment per (dataset, primary identity) — replaced by
// a newer record, or patched field by field on upsert datasets — and events appended per identity,
// de-duplicated by `_id` within a dataset. Derived from successful batches, kept in memory.
import { identityKey } from './identities';
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
  /** Per leaf path: which row set it (upsert fragments differ per field). */
  sources: Map<string, Source>;
  last: Source;
}

export interface EventFragment {
  datasetId: string;
  primaryKey: string;
  eventId: string;
  timestamp: number;
  record: Record<string, unknown>;
  source: Source;
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
  private readonly eventIds = new Set<string>();
  eventCount = 0;

  /** Adds a record row: replaces the fragment, or patches it on an upsert dataset. */
  applyRecord(primaryNamespace: string, primaryId: string, record: Record<string, unknown>, source: Source, isUpsert: boolean): void {
    const primaryKey = identityKey(primaryNamespace, primaryId);
    const key = `${source.datasetId}\u0001${primaryKey}`;
    const existing = this.records.get(key);
    const rowLeaves: Leaf[] = leaves(record);
    if (existing && isUpsert) {
      const keepMap = existing.record['identityMap'];
      for (const [path, value] of rowLeaves) {
        if (path === 'identityMap' || path.startsWith('identityMap.')) continue;
        setPath(existing.record, path, value);
        existing.sources.set(path, source);
      }
      // Identities are never removed by an upsert.
      if (keepMap !== undefined || record['identityMap'] !== undefined) existing.record['identityMap'] = identityMapUnion(keepMap, record['identityMap']);
      existing.last = source;
      return;
    }
    const sources = new Map<string, Source>();
    for (const [path] of rowLeaves) sources.set(path, source);
    this.records.set(key, { datasetId: source.datasetId, primaryKey, record: structuredClone(record), sources, last: source });
    let set = this.recordsByIdentity.get(primaryKey);
    if (!set) this.recordsByIdentity.set(primaryKey, (set = new Set()));
    set.add(key);
  }

  /** Appends an event; an `_id` already seen in the dataset is ignored (the first one stays). */
  applyEvent(primaryNamespace: string, primaryId: string, record: Record<string, unknown>, source: Source): boolean {
    const eventId = String(record['_id'] ?? '');
    const dedupe = `${source.datasetId}\u0001${eventId}`;
    if (this.eventIds.has(dedupe)) return false;
    this.eventIds.add(dedupe);
    const primaryKey = identityKey(primaryNamespace, primaryId);
    const timestamp = Date.parse(String(record['timestamp'] ?? ''));
    const list = this.eventsByIdentity.get(primaryKey) ?? [];
    list.push({ datasetId: source.datasetId, primaryKey, eventId, timestamp: Number.isNaN(timestamp) ? source.time : timestamp, record, source });
    this.eventsByIdentity.set(primaryKey, list);
    this.eventCount++;
    return true;
  }

  recordFragmentsOf(primaryKeys: Iterable<string>): RecordFragment[] {
    const out: RecordFragment[] = [];
    for (const key of primaryKeys) for (const fragmentKey of this.recordsByIdentity.get(key) ?? []) {
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
