// The profile store of a sandbox: identity graph and fragments derived from successful batches of
// Identity- and Profile-enabled datasets, in ingestion order. Kept in memory and brought up to date
// on every query: new successful batches are applied; a reverted batch triggers an exact rebuild.
import type Dexie from 'dexie';
import type { NamespaceInfo } from '../../contract/registry-types';
import type { StoredDataset } from '../catalog/service';
import { tagState } from '../catalog/tags';
import type { EventBus } from '../events';
import type { StoredBatch } from '../ingest/batches';
import { forEachPage, type StoredRow } from '../ingest/pages';
import { listNamespaces } from '../registry/namespaces';
import type { StoredSchema } from '../registry/model';
import { descriptorsOf } from '../registry/store';
import { FragmentStore, type Source } from './fragments';
import type { GraphPort } from './graph-port';
import { identityKey, identityReader, primaryOf, type RecordIdentity } from './identities';

export interface ProfileState {
  fragments: FragmentStore;
  graph: GraphPort;
  /** Batch ids applied, in order. */
  applied: string[];
  /** Rows of Profile datasets with no primary identity (they cannot become fragments). */
  noPrimary: number;
  /** Per batch: primary identity keys its rows touched. */
  touched: Map<string, Set<string>>;
}

export interface GraphFactory {
  (lookup: (code: string) => NamespaceInfo | undefined): GraphPort;
  /** Namespace priority for choosing an event's primary identity, when configured. */
  eventPriority?: Readonly<Record<string, number>>;
}

/** Engine events that cannot change which batches are successful. */
const QUIET_EVENTS: ReadonlySet<string> = new Set(['ingest-progress', 'engine-health']);

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

  constructor(
    private readonly makeGraph: GraphFactory,
    events?: Pick<EventBus, 'subscribeAll'>,
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

  /** Forgets a sandbox's state (after a reset or import). */
  forget(dbName: string): void {
    this.entries.delete(dbName);
  }

  private async refresh(db: Dexie, entry: Entry): Promise<ProfileState> {
    const generation = this.generation;
    if (entry.state && entry.checked === generation) return entry.state;
    const successful = ((await db.table('batches').toArray()) as StoredBatch[])
      .filter((b) => b.status === 'success')
      .sort((a, b) => a.seq - b.seq);
    let state = entry.state;
    const ids = new Set(successful.map((b) => b.id));
    if (state && state.applied.every((id) => ids.has(id))) {
      const applied = new Set(state.applied);
      const fresh = successful.filter((b) => !applied.has(b.id));
      if (fresh.length > 0) {
        // A failure half-way leaves the state unusable: drop it so the next read rebuilds.
        entry.state = undefined;
        state = await this.apply(db, state, fresh);
      }
    } else {
      entry.state = undefined;
      state = await this.build(db, successful);
    }
    entry.state = state;
    entry.checked = generation;
    return state;
  }

  private async build(db: Dexie, batches: StoredBatch[]): Promise<ProfileState> {
    const namespaces = await listNamespaces(db);
    const byLower = new Map(namespaces.map((n) => [n.code.toLowerCase(), n]));
    const graph = this.makeGraph((code) => byLower.get(code.toLowerCase()));
    const state: ProfileState = {
      fragments: new FragmentStore(),
      graph,
      applied: [],
      noPrimary: 0,
      touched: new Map(),
    };
    return this.apply(db, state, batches);
  }

  private async apply(db: Dexie, state: ProfileState, batches: StoredBatch[]): Promise<ProfileState> {
    const namespaces = await listNamespaces(db);
    const byLower = new Map(namespaces.map((n) => [n.code.toLowerCase(), n.code]));
    const canonical = (code: string) => byLower.get(code.toLowerCase()) ?? code;
    const schemas = new Map<
      string,
      { schema: StoredSchema; read: (record: Record<string, unknown>) => RecordIdentity[] }
    >();
    const eventPriority =
      this.makeGraph.eventPriority && Object.keys(this.makeGraph.eventPriority).length > 0
        ? this.makeGraph.eventPriority
        : undefined;
    for (const batch of batches) {
      const dataset = (await db.table('datasets').get(batch.datasetId)) as StoredDataset | undefined;
      if (!dataset) continue;
      let entry = schemas.get(dataset.schemaId);
      if (!entry) {
        entry = {
          schema: (await db.table('schemas').get(dataset.schemaId)) as StoredSchema,
          read: identityReader(await descriptorsOf(db, dataset.schemaId), canonical),
        };
        schemas.set(dataset.schemaId, entry);
      }
      const tags = tagState(dataset.tags);
      const isIdentity = batch.isIdentityAtIngest ?? tags.isIdentityEnabled;
      const isProfile = batch.isProfileAtIngest;
      const isUpsert = batch.isUpsertAtIngest ?? tags.isUpsert;
      const isEvent = entry.schema?.behavior === 'time-series';
      const read = entry.read;
      const time = batch.completed ?? batch.updated;
      const touched = new Set<string>();
      const { graph, fragments } = state;
      const datasetId = batch.datasetId;
      const batchId = batch.id;
      const graphSource = { datasetId, batchId, time };
      await forEachPage<StoredRow>(db, 'batchPages', batch.id, (rows) => {
        // Identity records of the page, linked in one call after the loop (row order is kept).
        const linking: RecordIdentity[][] = [];
        const linkingRows: number[] = [];
        for (const row of rows) {
          if (row.s) continue;
          const identities = read(row.v);
          if (isIdentity && identities.length > 0) {
            linking.push(identities);
            linkingRows.push(row.r);
          }
          if (!isProfile) continue;
          const source: Source = { datasetId, batchId, row: row.r, time };
          const primary = primaryOf(identities, isEvent ? eventPriority : undefined);
          if (!primary) {
            state.noPrimary++;
            continue;
          }
          const key = identityKey(primary.namespace, primary.id);
          touched.add(key);
          if (!isIdentity) graph.remember(primary.namespace, primary.id);
          if (isEvent) fragments.applyEvent(key, row.v, source);
          else fragments.applyRecord(key, row.v, source, isUpsert);
        }
        if (linking.length > 0) graph.addRecords(linking, linkingRows, graphSource);
      });
      state.touched.set(batch.id, touched);
      state.applied.push(batch.id);
    }
    return state;
  }
}
