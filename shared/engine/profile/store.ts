// The profile store of a sandbox: identity graph and fragments derived from successful batches of
// Identity- and Profile-enabled datasets, in ingestion order. Kept in memory and brought up to date
// on every query: new successful batches are applied; a reverted batch triggers an exact rebuild.
import type Dexie from 'dexie';
import type { IdentityDescriptor, NamespaceInfo } from '../../contract/registry-types';
import type { StoredDataset } from '../catalog/service';
import { tagState } from '../catalog/tags';
import type { StoredBatch } from '../ingest/batches';
import { forEachPage, type StoredRow } from '../ingest/pages';
import { listNamespaces } from '../registry/namespaces';
import type { StoredSchema } from '../registry/model';
import { descriptorsOf } from '../registry/store';
import { FragmentStore } from './fragments';
import type { GraphPort } from './graph-port';
import { primaryOf, recordIdentities } from './identities';

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

/** Builds and refreshes profile state per sandbox database. */
export class ProfileStates {
  private readonly states = new Map<string, Promise<ProfileState>>();

  constructor(private readonly makeGraph: GraphFactory) {}

  /** The state of a sandbox, up to date with its batches. */
  async get(db: Dexie): Promise<ProfileState> {
    const successful = ((await db.table('batches').toArray()) as StoredBatch[]).filter((b) => b.status === 'success').sort((a, b) => a.seq - b.seq);
    let pending = this.states.get(db.name);
    if (pending) {
      const state = await pending;
      const ids = new Set(successful.map((b) => b.id));
      const isStale = state.applied.some((id) => !ids.has(id));
      if (!isStale) {
        const fresh = successful.filter((b) => !state.applied.includes(b.id));
        if (fresh.length === 0) return state;
        const next = this.apply(db, state, fresh);
        this.states.set(db.name, next);
        return next;
      }
    }
    pending = this.build(db, successful);
    this.states.set(db.name, pending);
    try {
      return await pending;
    } catch (error) {
      this.states.delete(db.name);
      throw error;
    }
  }

  /** Forgets a sandbox's state (after a reset or import). */
  forget(dbName: string): void {
    this.states.delete(dbName);
  }

  private async build(db: Dexie, batches: StoredBatch[]): Promise<ProfileState> {
    const namespaces = await listNamespaces(db);
    const byLower = new Map(namespaces.map((n) => [n.code.toLowerCase(), n]));
    const graph = this.makeGraph((code) => byLower.get(code.toLowerCase()));
    const state: ProfileState = { fragments: new FragmentStore(), graph, applied: [], noPrimary: 0, touched: new Map() };
    return this.apply(db, state, batches);
  }

  private async apply(db: Dexie, state: ProfileState, batches: StoredBatch[]): Promise<ProfileState> {
    const namespaces = await listNamespaces(db);
    const byLower = new Map(namespaces.map((n) => [n.code.toLowerCase(), n.code]));
    const canonical = (code: string) => byLower.get(code.toLowerCase()) ?? code;
    const schemas = new Map<string, { schema: StoredSchema; descriptors: IdentityDescriptor[] }>();
    for (const batch of batches) {
      const dataset = (await db.table('datasets').get(batch.datasetId)) as StoredDataset | undefined;
      if (!dataset) continue;
      let entry = schemas.get(dataset.schemaId);
      if (!entry) {
        entry = { schema: (await db.table('schemas').get(dataset.schemaId)) as StoredSchema, descriptors: await descriptorsOf(db, dataset.schemaId) };
        schemas.set(dataset.schemaId, entry);
      }
      const tags = tagState(dataset.tags);
      const isIdentity = batch.isIdentityAtIngest ?? tags.isIdentityEnabled;
      const isProfile = batch.isProfileAtIngest;
      const isUpsert = batch.isUpsertAtIngest ?? tags.isUpsert;
      const isEvent = entry.schema?.behavior === 'time-series';
      const descriptors = entry.descriptors;
      const time = batch.completed ?? batch.updated;
      const touched = new Set<string>();
      await forEachPage<StoredRow>(db, 'batchPages', batch.id, (rows) => {
        for (const row of rows) {
          if (row.s) continue;
          const identities = recordIdentities(row.v, descriptors, canonical);
          const source = { datasetId: batch.datasetId, batchId: batch.id, row: row.r, time };
          if (isIdentity && identities.length > 0) state.graph.addRecord(identities, source);
          if (!isProfile) continue;
          const primary = primaryOf(identities, isEvent ? this.makeGraph.eventPriority : undefined);
          if (!primary) {
            state.noPrimary++;
            continue;
          }
          touched.add(`${primary.namespace}\u0000${primary.id}`);
          state.graph.remember(primary.namespace, primary.id);
          if (isEvent) state.fragments.applyEvent(primary.namespace, primary.id, row.v, source);
          else state.fragments.applyRecord(primary.namespace, primary.id, row.v, source, isUpsert);
        }
      });
      state.touched.set(batch.id, touched);
      state.applied.push(batch.id);
    }
    return state;
  }
}
