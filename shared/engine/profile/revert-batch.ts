// Taking a batch out of the profile state, as if it had never been applied (a revert, or a batch
// applied while it was being ingested that then failed or was read before it succeeded).
import type Dexie from 'dexie';
import type { StoredBatch } from '../ingest/batches';
import { decodeRowsPage, type StoredRow } from '../ingest/pages';
import { PageRows } from '../ingest/page-rows';
import { forEachStoredPage, type DatasetReader } from './batch-reader';
import type { Source } from './fragments';
import { identityKey, primaryOf } from './identities';
import { touchedKeys, type ProfileState } from './store';

/**
 * Takes a batch out: its links (the graph replays the touched components), its events (later
 * duplicates it had hidden come back), and the record fragments it contributed to, which are rebuilt
 * from the remaining batches of its dataset. Other datasets and untouched profiles stay.
 */
export async function revertBatch(
  db: Dexie,
  state: ProfileState,
  batchId: string,
  successful: readonly StoredBatch[],
  reader: DatasetReader,
): Promise<void> {
  state.graph.removeBatch(batchId);
  const info = state.batches.get(batchId);
  const touched = touchedKeys(state, batchId);
  // An event hides only events of the same `_id` applied after it (the first one stays).
  const later = new Set(state.applied.slice(state.applied.indexOf(batchId) + 1));
  state.applied = state.applied.filter((id) => id !== batchId);
  state.touched.delete(batchId);
  state.batches.delete(batchId);
  if (!info) return;
  state.noPrimary -= info.noPrimary;
  if (!info.isProfile) return;
  const { fragments } = state;
  const replayKeys = new Set<string>();
  const hiddenEvents = new Set<string>();
  for (const key of touched) {
    if (info.isEvent) {
      for (const eventId of fragments.removeEventsOfBatch(key, batchId)) hiddenEvents.add(eventId);
      continue;
    }
    const fragment = fragments.recordFragment(info.datasetId, key);
    // A fragment last replaced by another batch and never patched since owes nothing to this one.
    if (!fragment || (fragment.sources === undefined && fragment.base.batchId !== batchId)) continue;
    fragments.removeRecord(info.datasetId, key);
    replayKeys.add(key);
  }
  if (info.isEvent && later.size === 0) hiddenEvents.clear();
  if (replayKeys.size === 0 && hiddenEvents.size === 0) return;
  const read = await reader(info.datasetId);
  if (!read) return;
  const byId = new Map(successful.map((b) => [b.id, b]));
  for (const otherId of state.applied) {
    const other = state.batches.get(otherId);
    const batch = byId.get(otherId);
    if (!other || !batch || other.datasetId !== info.datasetId || !other.isProfile) continue;
    if (other.isEvent && !later.has(otherId)) continue;
    const time = batch.completed ?? batch.updated;
    await forEachStoredPage(db, otherId, (stored, page) => {
      const rows = decodeRowsPage(stored);
      const text = other.isEvent ? undefined : new PageRows(stored);
      for (let index = 0; index < rows.length; index++) {
        const row = rows[index] as StoredRow;
        if (row.s) continue;
        if (other.isEvent) {
          const eventId = String(row.v['_id'] ?? '');
          if (!hiddenEvents.has(eventId) || fragments.hasEvent(info.datasetId, eventId)) continue;
        }
        const primary = primaryOf(read.read(row.v), read.priority);
        if (!primary) continue;
        const key = identityKey(primary.namespace, primary.id);
        const source: Source = { datasetId: info.datasetId, batchId: otherId, row: row.r, time };
        if (other.isEvent) fragments.applyEvent(key, row.v, source, { page, index });
        else if (replayKeys.has(key) && text)
          fragments.applyRecord(key, row.v, source, other.isUpsert, { rows: text, index });
      }
    });
  }
}
