// The profile store of a sandbox: identity graph and fragments derived from successful batches of
// Identity- and Profile-enabled datasets, in ingestion order. Kept in memory and brought up to date
// on every query: new successful batches are applied; a reverted batch is taken out incrementally
// (its links, fragments and events removed, the affected fragments replayed from the other batches of
// its dataset), which equals never having applied it.
import type Dexie from 'dexie';
import type { NamespaceInfo } from '../../contract/registry-types';
import { tagState } from '../catalog/tags';
import type { EventBus } from '../events';
import type { StoredBatch } from '../ingest/batches';
import { decodeRowsPage, type StoredPage, type StoredRow } from '../ingest/pages';
import { listNamespaces } from '../registry/namespaces';
import { datasetReader, forEachStoredPage, type DatasetReader } from './batch-reader';
import { FragmentStore, PageRecords, type Source } from './fragments';
import type { IdentityConfig } from '../identity/config';
import type { FreshPages } from '../ingest/fresh-pages';
import type { GraphPort } from './graph-port';
import { sandboxIdentityConfig } from './identity-settings';
import { eventTimestamp, readEventIndex, visitIndexedEvents, type IndexedEventVisitor } from './event-index';
import { TimeSlices } from '../../util/yield';
import { identityKey, primaryOf, type RecordIdentity } from './identities';

export interface ProfileState {
  fragments: FragmentStore;
  graph: GraphPort;
  /** Batch ids applied, in order. */
  applied: string[];
  /** Rows of Profile datasets with no primary identity (they cannot become fragments). */
  noPrimary: number;
  /**
   * Per batch: primary identity keys its rows touched, in the order first touched; a key may repeat
   * (`touchedKeys` gives each once). A list, not a set: a batch of millions of rows adds each key
   * without hashing it an extra time.
   */
  touched: Map<string, string[]>;
  /** Per applied batch: what a revert needs to know about it. */
  batches: Map<string, AppliedBatch>;
  /** The identity configuration the state was built under. */
  config: IdentityConfig;
  /** Event records read back from their stored pages (events keep only where their row is). */
  pages: PageRecords;
}

/** How a batch was applied (its pages are deleted when it is reverted). */
export interface AppliedBatch {
  datasetId: string;
  seq: number;
  isEvent: boolean;
  isUpsert: boolean;
  isProfile: boolean;
  noPrimary: number;
}

/** What changed in a refresh: batches applied and reverted, and the primary identities touched. */
export interface ProfileChange {
  applied: string[];
  reverted: string[];
  /** The identity configuration changed: everything was rebuilt under it. */
  reconfigured?: boolean;
}

/** The primary identity keys a batch touched, each once, in the order first touched. */
export function touchedKeys(state: ProfileState, batchId: string): string[] {
  return [...new Set(state.touched.get(batchId))];
}

/** Makes the identity graph of a sandbox under its configuration. */
export type GraphFactory = (
  lookup: (code: string) => NamespaceInfo | undefined,
  config: IdentityConfig,
) => GraphPort;

/** Engine events that cannot change which batches are successful. */
const QUIET_EVENTS: ReadonlySet<string> = new Set(['ingest-progress', 'engine-health', 'profile-changed']);

interface Entry {
  /** The state as of the last refresh. */
  state?: ProfileState;
  /** The event generation the last refresh started at; the state is current while it is unchanged. */
  checked: number;
  /** The refresh running or queued: refreshes of one sandbox run one at a time. */
  queue: Promise<unknown>;
}

/**
 * Builds and refreshes profile state per sandbox database. Every engine event that can change batches
 * (a batch finishing or being reverted, streaming, sandbox changes) bumps a generation; a read at an
 * unchanged generation answers from memory without touching the database, otherwise it re-reads the
 * batch list and applies what changed first. Refreshes of one sandbox are serialised, so concurrent
 * reads (and a streaming caller applying its batch) never apply a batch twice.
 */
export class ProfileStates {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  /** Called after a refresh changed a sandbox's derived state (batches applied or reverted). */
  onChange?: (dbName: string, change: ProfileChange) => void;

  constructor(
    private readonly makeGraph: GraphFactory,
    events?: Pick<EventBus, 'subscribeAll'>,
    /** Pages ingestion kept in memory: a new batch's are visited from there, not read back. */
    private readonly fresh?: FreshPages,
  ) {
    events?.subscribeAll((name) => {
      if (!QUIET_EVENTS.has(name)) this.generation++;
    });
  }

  /** The state of a sandbox, up to date with its batches. */
  async get(db: Dexie): Promise<ProfileState> {
    let entry = this.entries.get(db.name);
    if (entry?.state && entry.checked === this.generation) return entry.state;
    if (!entry) this.entries.set(db.name, (entry = { checked: -1, queue: Promise.resolve() }));
    const current = entry;
    const run = current.queue.then(
      () => this.refresh(db, current),
      () => this.refresh(db, current),
    );
    current.queue = run;
    return run;
  }

  /** Marks every sandbox's state as possibly stale (the next read re-reads the batch list). */
  invalidate(): void {
    this.generation++;
  }

  /** Forgets a sandbox's state (its database was deleted: sandbox reset, deleted or replaced). */
  forget(dbName: string): void {
    this.entries.delete(dbName);
    this.fresh?.forget(dbName);
  }

  /** Whether a sandbox's state is built and up to date with every batch (a read would apply nothing). */
  isCurrent(dbName: string): boolean {
    const entry = this.entries.get(dbName);
    return entry?.state !== undefined && entry.checked === this.generation;
  }

  /** Names of the sandbox databases whose state is held in memory. */
  held(): string[] {
    return [...this.entries.keys()];
  }

  private async refresh(db: Dexie, entry: Entry): Promise<ProfileState> {
    const generation = this.generation;
    if (entry.state && entry.checked === generation) return entry.state;
    const successful = ((await db.table('batches').toArray()) as StoredBatch[])
      .filter((b) => b.status === 'success')
      .sort((a, b) => a.seq - b.seq);
    let state = entry.state;
    const ids = new Set(successful.map((b) => b.id));
    const config = await sandboxIdentityConfig(db);
    if (state && JSON.stringify(state.config) !== JSON.stringify(config)) {
      // Other rules: rebuild the graph (record-level rules apply at arrival, so records are re-read).
      entry.state = undefined;
      state = await this.build(db, successful, config);
      this.onChange?.(db.name, { applied: [], reverted: [], reconfigured: true });
    } else if (state) {
      const current = state;
      const reverted = current.applied.filter((id) => !ids.has(id));
      const applied = new Set(current.applied);
      const fresh = successful.filter((b) => !applied.has(b.id));
      if (reverted.length > 0 || fresh.length > 0) {
        // A failure half-way leaves the state unusable: drop it so the next read rebuilds.
        entry.state = undefined;
        // Reverted batches are taken out newest first, then new ones applied in order.
        if (reverted.length > 0) {
          const reader = await datasetReader(db, state.config);
          for (const batchId of [...reverted].reverse())
            await this.revert(db, current, batchId, successful, reader);
        }
        state = await this.apply(db, current, fresh);
        this.onChange?.(db.name, { applied: fresh.map((b) => b.id), reverted });
      }
    } else {
      state = await this.build(db, successful, config);
    }
    entry.state = state;
    entry.checked = generation;
    return state;
  }

  private async build(db: Dexie, batches: StoredBatch[], config: IdentityConfig): Promise<ProfileState> {
    const namespaces = await listNamespaces(db);
    const byLower = new Map(namespaces.map((n) => [n.code.toLowerCase(), n]));
    const graph = this.makeGraph((code) => byLower.get(code.toLowerCase()), config);
    const state: ProfileState = {
      fragments: new FragmentStore(),
      graph,
      applied: [],
      noPrimary: 0,
      touched: new Map(),
      batches: new Map(),
      config,
      pages: new PageRecords(async (key) => {
        const page = (await db.table('batchPages').get(key)) as StoredPage | undefined;
        return page ? decodeRowsPage(page) : undefined;
      }),
    };
    return this.apply(db, state, batches);
  }

  /**
   * Takes a reverted batch out: its links (the graph replays the touched components), its events
   * (later duplicates it had hidden come back), and the record fragments it contributed to, which are
   * rebuilt from the remaining batches of its dataset. Other datasets and untouched profiles stay.
   */
  private async revert(
    db: Dexie,
    state: ProfileState,
    batchId: string,
    successful: readonly StoredBatch[],
    reader: DatasetReader,
  ): Promise<void> {
    state.graph.removeBatch(batchId);
    const info = state.batches.get(batchId);
    const touched = touchedKeys(state, batchId);
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
    if (replayKeys.size === 0 && hiddenEvents.size === 0) return;
    const read = await reader(info.datasetId);
    if (!read) return;
    const byId = new Map(successful.map((b) => [b.id, b]));
    for (const otherId of state.applied) {
      const other = state.batches.get(otherId);
      const batch = byId.get(otherId);
      if (!other || !batch || other.datasetId !== info.datasetId || !other.isProfile) continue;
      const time = batch.completed ?? batch.updated;
      await forEachStoredPage(db, otherId, (stored, page) => {
        const rows = decodeRowsPage(stored);
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
          else if (replayKeys.has(key)) fragments.applyRecord(key, row.v, source, other.isUpsert);
        }
      });
    }
  }

  private async apply(db: Dexie, state: ProfileState, batches: StoredBatch[]): Promise<ProfileState> {
    const reader = await datasetReader(db, state.config);
    for (const batch of batches) {
      const found = await reader(batch.datasetId);
      if (!found) continue;
      const { dataset, read, isEvent, rulesKey } = found;
      const tags = tagState(dataset.tags);
      const isIdentity = batch.isIdentityAtIngest ?? tags.isIdentityEnabled;
      const isProfile = batch.isProfileAtIngest;
      const isUpsert = batch.isUpsertAtIngest ?? tags.isUpsert;
      const eventPriority = found.priority;
      const batchTime = batch.completed ?? batch.updated;
      const touched: string[] = [];
      let noPrimary = 0;
      const { graph, fragments } = state;
      const datasetId = batch.datasetId;
      const batchId = batch.id;
      const graphSource = { datasetId, batchId, time: batchTime };
      if (isIdentity && batch.accepted > 0) graph.reserve(batch.accepted);
      if (isProfile && isEvent && batch.accepted > 0) fragments.reserveEvents(datasetId, batch.accepted);
      // One row: its links are collected for the page, its fragment or event applied at once.
      let linking: RecordIdentity[][] = [];
      let linkingRows: number[] = [];
      const applyRow = (
        identities: RecordIdentity[],
        row: number,
        page: number,
        index: number,
        record: Record<string, unknown> | undefined,
        eventId: string,
        time: number,
      ): void => {
        if (isIdentity && identities.length > 0) {
          linking.push(identities);
          linkingRows.push(row);
        }
        if (!isProfile) return;
        const primary = primaryOf(identities, isEvent ? eventPriority : undefined);
        if (!primary) {
          state.noPrimary++;
          noPrimary++;
          return;
        }
        const key = identityKey(primary.namespace, primary.id);
        if (!isIdentity) graph.remember(primary.namespace, primary.id);
        if (isEvent) {
          if (fragments.applyStoredEvent(key, eventId, time, graphSource, row, page, index))
            touched.push(key);
        } else if (record) {
          touched.push(key);
          fragments.applyRecord(key, record, { datasetId, batchId, row, time: batchTime }, isUpsert);
        }
      };
      // Links of the rows visited since the last call, made in one call (row order is kept).
      const link = (): void => {
        if (linking.length > 0) graph.addRecords(linking, linkingRows, graphSource);
        linking = [];
        linkingRows = [];
      };
      // A page is applied in slices of a few ms, its links made before each pause: the event loop
      // turns in between store the pages a file worker is handing over meanwhile.
      const slices = new TimeSlices();
      const pause = async (): Promise<void> => {
        link();
        await slices.pause();
      };
      const visitPage = async (stored: StoredPage, page: number): Promise<void> => {
        const index = isEvent && stored.ix !== undefined ? readEventIndex(stored.ix, rulesKey) : undefined;
        if (index) {
          const visit: IndexedEventVisitor = (position, row, identities, eventId, eventTime) =>
            applyRow(identities, row, page, position, undefined, eventId, eventTime);
          let at = visitIndexedEvents(index, 0, visit, slices.isSpent);
          while (at < index.e.length) {
            await pause();
            at = visitIndexedEvents(index, at, visit, slices.isSpent);
          }
        } else {
          const rows = decodeRowsPage(stored);
          for (let index = 0; index < rows.length; index++) {
            const row = rows[index] as StoredRow;
            if (row.s) continue;
            const v = row.v;
            if (isEvent)
              applyRow(read(v), row.r, page, index, undefined, String(v['_id'] ?? ''), eventTimestamp(v));
            else applyRow(read(v), row.r, page, index, v, '', Number.NaN);
            if (slices.isSpent()) await pause();
          }
        }
        link();
      };
      const fresh = this.fresh
        ? { pages: this.fresh, ...(isEvent ? { indexKey: rulesKey } : {}) }
        : undefined;
      await forEachStoredPage(db, batch.id, visitPage, fresh);
      state.touched.set(batch.id, touched);
      state.applied.push(batch.id);
      state.batches.set(batch.id, { datasetId, seq: batch.seq, isEvent, isUpsert, isProfile, noPrimary });
    }
    return state;
  }
}
