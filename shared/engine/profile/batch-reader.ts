// How the profile store reads batches: their stored pages in order, and each dataset's identity reader.
import type Dexie from 'dexie';
import type { StoredDataset } from '../catalog/service';
import type { IdentityConfig } from '../identity/config';
import type { StoredPage } from '../ingest/pages';
import { listNamespaces } from '../registry/namespaces';
import type { StoredSchema } from '../registry/model';
import { descriptorsOf } from '../registry/store';
import type { FreshPages } from '../ingest/fresh-pages';
import { identityRules, isIndexOf, type IdentityRules } from './event-index';
import type { RecordIdentity } from './identities';
import { yieldToEvents } from '../../util/yield';

/** Pages read from IndexedDB in one request; the next request runs while a chunk is visited. */
const PAGES_PER_READ = 4;

/** Pages kept in memory since ingestion stored them, and the index rules the visit can use. */
export interface FreshSource {
  pages: FreshPages;
  /** The identity rules key of the batch's dataset: a kept page holding only its index needs this one. */
  indexKey?: string;
}

/**
 * Visits a batch's stored pages in order with their keys (the `batchPages` records ingestion writes,
 * see ingest/pages.ts), so events can point at their page instead of being copied.
 * The next pages are read while the current ones are decoded and visited: in the web host IndexedDB
 * works in another process, so reading overlaps with the apply work instead of waiting for it.
 * With `fresh`, pages ingestion kept in memory are visited from there (under the keys the database
 * lists, so a deleted page is never seen) and only the others are read. A visit may pause part-way
 * (it returns a promise): the next page waits for it. With `only`, just those pages (keys in order)
 * are visited; one no longer stored is passed over.
 */
export async function forEachStoredPage(
  db: Dexie,
  batchId: string,
  visit: (page: StoredPage, key: number) => void | Promise<void>,
  fresh?: FreshSource,
  only?: readonly number[],
): Promise<void> {
  const keys = only ? [...only] : await pageKeys(db, batchId);
  const kept = (key: number): StoredPage | undefined => {
    const page = fresh?.pages.take(db.name, key, batchId);
    if (page === undefined) return undefined;
    if (page.rows !== undefined) return page as StoredPage;
    // Only the index is kept: visited (without rows) when written under the rules the visit reads
    // with, so the visit reads the index; otherwise the page is read whole.
    const isUsable =
      fresh?.indexKey !== undefined && page.ix !== undefined && isIndexOf(page.ix, fresh.indexKey);
    return isUsable ? (page as StoredPage) : undefined;
  };
  const read = async (from: number): Promise<(StoredPage | undefined)[]> => {
    const chunk = keys.slice(from, from + PAGES_PER_READ);
    const pages = chunk.map(kept);
    const missing = chunk.filter((_, i) => pages[i] === undefined);
    if (missing.length === 0) return pages;
    const stored = (await db.table('batchPages').bulkGet(missing)) as (StoredPage | undefined)[];
    let next = 0;
    return pages.map((page) => page ?? stored[next++]);
  };
  let pending = keys.length > 0 ? read(0) : undefined;
  try {
    for (let from = 0; pending; from += PAGES_PER_READ) {
      const pages = await pending;
      pending = from + PAGES_PER_READ < keys.length ? read(from + PAGES_PER_READ) : undefined;
      for (let i = 0; i < pages.length; i++) {
        const page = pages[i];
        if (page) await visit(page, keys[from + i] as number);
        // A turn for the event loop after each page (a file worker's page stores and byte reads
        // wait for it; pages kept in memory would otherwise be visited without one).
        await yieldToEvents();
      }
    }
  } finally {
    // A visit that threw leaves a read in flight: settle it quietly (its pages are not needed).
    pending?.catch(() => undefined);
  }
}

/** The keys of a batch's stored pages, in the order they were stored. */
export async function pageKeys(db: Dexie, batchId: string): Promise<number[]> {
  const keys = (await db.table('batchPages').where('batchId').equals(batchId).primaryKeys()) as number[];
  return keys.sort((a, b) => a - b);
}

/** A dataset's identity reader and kind. */
export interface DatasetReading {
  dataset: StoredDataset;
  read: (record: Record<string, unknown>) => RecordIdentity[];
  /** Whether a field at this path can change what `read` gives (see IdentityRules). */
  readsPath: (segments: readonly string[]) => boolean;
  /** `read` for a file's flat stored rows (see IdentityRules). */
  readFlat: IdentityRules['readFlat'];
  /** The key of these identity rules: a page's event index written under another is not used. */
  rulesKey: string;
  isEvent: boolean;
  priority: Readonly<Record<string, number>> | undefined;
}

/** A dataset's identity reader and kind, or undefined when the dataset is gone. */
export type DatasetReader = (datasetId: string) => Promise<DatasetReading | undefined>;

/** Reads datasets' identities: namespaces resolved and schemas compiled once per refresh. */
export async function datasetReader(db: Dexie, config: IdentityConfig): Promise<DatasetReader> {
  const namespaces = await listNamespaces(db);
  const schemas = new Map<string, { schema: StoredSchema; rules: IdentityRules }>();
  const priority = config.namespacePriority;
  const eventPriority = priority && Object.keys(priority).length > 0 ? priority : undefined;
  return async (datasetId) => {
    const dataset = (await db.table('datasets').get(datasetId)) as StoredDataset | undefined;
    if (!dataset) return undefined;
    let entry = schemas.get(dataset.schemaId);
    if (!entry) {
      entry = {
        schema: (await db.table('schemas').get(dataset.schemaId)) as StoredSchema,
        rules: identityRules(await descriptorsOf(db, dataset.schemaId), namespaces),
      };
      schemas.set(dataset.schemaId, entry);
    }
    const isEvent = entry.schema?.behavior === 'time-series';
    const { read, key, readsPath, readFlat } = entry.rules;
    return {
      dataset,
      read,
      readsPath,
      readFlat,
      rulesKey: key,
      isEvent,
      priority: isEvent ? eventPriority : undefined,
    };
  };
}
