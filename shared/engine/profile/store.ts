// The profile store of a sandbox: identity graph and fragments derived from successful batches of
// Identity- and Profile-enabled datasets, in ingestion order. Kept in memory and brought up to date
// on every query: new successful batches are applied; a reverted batch is taken out incrementally
// (its links, fragments and events removed, the affected fragments replayed from the other batches of
// its dataset), which equals never having applied it.
import type Dexie from 'dexie';
import type { NamespaceInfo } from '../../contract/registry-types';
import type { IngestProgress } from '../../contract/catalog-types';
import type { EventBus } from '../events';
import type { StoredBatch } from '../ingest/batches';
import { decodeRowsPage, type StoredPage } from '../ingest/pages';
import { listNamespaces } from '../registry/namespaces';
import { BatchApply, batchParams, isSameApply, type BatchParams } from './batch-apply';
import { datasetReader, forEachStoredPage, pageKeys, type FreshSource } from './batch-reader';
import { FragmentStore, PageRecords } from './fragments';
import type { IdentityConfig } from '../identity/config';
import { STANDIN_TIME } from '../identity/retime';
import type { FreshPages } from '../ingest/fresh-pages';
import type { GraphPort } from './graph-port';
import { sandboxIdentityConfig } from './identity-settings';
import { revertBatch } from './revert-batch';

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

/** A batch of events applied to the state while it is still being ingested (see `noteStored`). */
interface Staging {
  batchId: string;
  /** Keys of its pages stored and not applied yet, in order. */
  pending: number[];
  /** Keys of its pages applied, in order. */
  applied: number[];
  /** Set once the first pages are applied: from then on the state holds some of the batch. */
  run?: BatchApply;
  isScheduled: boolean;
  /** A step failed part-way: the state is rebuilt at the next refresh. */
  isBroken: boolean;
  /** The tables were sized for the batch (from ingestion's progress: its row count is not known yet). */
  isReserved?: boolean;
}

/**
 * Bytes of a file read before its row count is estimated from its progress (rows per byte so far):
 * the first chunk the reader takes. Smaller files need no reservation.
 */
const ESTIMATE_AFTER_BYTES = 1 << 20;

interface Entry {
  db: Dexie;
  /** The state as of the last refresh. */
  state?: ProfileState;
  /** The event generation the last refresh started at; the state is current while it is unchanged. */
  checked: number;
  /** The refresh running or queued: refreshes of one sandbox run one at a time. */
  queue: Promise<unknown>;
  staging?: Staging;
  /** Batches not to stage again (their staging was taken out): applied once they succeed. */
  declined: Set<string>;
}

/**
 * Builds and refreshes profile state per sandbox database. Every engine event that can change batches
 * (a batch finishing or being reverted, streaming, sandbox changes) bumps a generation; a read at an
 * unchanged generation answers from memory without touching the database, otherwise it re-reads the
 * batch list and applies what changed first. Refreshes of one sandbox are serialised, so concurrent
 * reads (and a streaming caller applying its batch) never apply a batch twice.
 *
 * A batch of events is applied while a file worker is still reading it (staged), so the engine's
 * thread does the work while it would otherwise wait, under a stand-in ingestion time. No read ever
 * sees it: the first refresh after it starts ends the staging — it commits (the rest of the pages
 * applied, the real time given) when the batch succeeded and nothing else changed, and otherwise takes
 * the staged part out (as a revert would) and applies the batch whole once it succeeds.
 */
export class ProfileStates {
  private readonly entries = new Map<string, Entry>();
  private generation = 0;
  /** Called after a refresh changed a sandbox's derived state (batches applied or reverted). */
  onChange?: (dbName: string, change: ProfileChange) => void;
  /** Called after each step that applied pages of a batch still being ingested. */
  onStaged?: (dbName: string, batchId: string, pages: number) => void;
  /** Batches applied while they were ingested: committed, or taken out again (then applied whole). */
  readonly staged = { committed: 0, takenOut: 0 };
  /** The latest `ingest-progress` (the staged batch's, when it is being read). */
  private progress?: IngestProgress;

  constructor(
    private readonly makeGraph: GraphFactory,
    events?: Pick<EventBus, 'subscribeAll'>,
    /** Pages ingestion kept in memory: a new batch's are visited from there, not read back. */
    private readonly fresh?: FreshPages,
  ) {
    events?.subscribeAll((name, payload) => {
      if (name === 'ingest-progress') this.progress = payload as IngestProgress;
      if (!QUIET_EVENTS.has(name)) this.generation++;
    });
    if (fresh) fresh.onStored = (database, key, batchId) => this.noteStored(database, key, batchId);
  }

  /** The state of a sandbox, up to date with its batches. */
  async get(db: Dexie): Promise<ProfileState> {
    let entry = this.entries.get(db.name);
    if (entry && this.isReady(entry) && entry.state) return entry.state;
    if (!entry)
      this.entries.set(db.name, (entry = { db, checked: -1, queue: Promise.resolve(), declined: new Set() }));
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
    return entry !== undefined && this.isReady(entry);
  }

  /** Whether a batch is being applied while it is ingested (a refresh ends that). */
  isStaging(batchId: string): boolean {
    for (const entry of this.entries.values()) if (entry.staging?.batchId === batchId) return true;
    return false;
  }

  /** Names of the sandbox databases whose state is held in memory. */
  held(): string[] {
    return [...this.entries.keys()];
  }

  /** Current, and holding nothing of a batch still being ingested. */
  private isReady(entry: Entry): boolean {
    return entry.state !== undefined && entry.checked === this.generation && entry.staging?.run === undefined;
  }

  /**
   * Ingestion stored a page of an Identity- or Profile-bound batch. The first page of a batch starts
   * staging it when the sandbox's state is held and nothing else is staged; each page is then applied
   * in turn, between refreshes (see the class comment).
   */
  private noteStored(dbName: string, key: number, batchId: string): void {
    const entry = this.entries.get(dbName);
    if (!entry || entry.declined.has(batchId)) return;
    let staging = entry.staging;
    if (!staging)
      entry.staging = staging = { batchId, pending: [], applied: [], isScheduled: false, isBroken: false };
    else if (staging.batchId !== batchId) return;
    staging.pending.push(key);
    if (staging.isScheduled) return;
    staging.isScheduled = true;
    const step = staging;
    const run = entry.queue.then(
      () => this.stage(entry, step),
      () => this.stage(entry, step),
    );
    entry.queue = run.catch(() => {
      step.isBroken = true;
    });
  }

  /** Applies the pages of the staged batch stored since the last step (when the state is current). */
  private async stage(entry: Entry, staging: Staging): Promise<void> {
    staging.isScheduled = false;
    const { db, state } = entry;
    if (entry.staging !== staging || !state || entry.checked !== this.generation) return;
    let run = staging.run;
    if (!run) {
      const batch = (await db.table('batches').get(staging.batchId)) as StoredBatch | undefined;
      const reader = await datasetReader(db, state.config);
      const found = batch?.status === 'loading' ? await reader(batch.datasetId) : undefined;
      if (!batch || !found?.isEvent) {
        entry.staging = undefined;
        entry.declined.add(staging.batchId);
        return;
      }
      if (entry.staging !== staging || entry.state !== state || entry.checked !== this.generation) return;
      // From the batch's first page: those stored before the state was current are read back.
      const stored = await pageKeys(db, batch.id);
      staging.pending = [...new Set([...stored, ...staging.pending])].sort((a, b) => a - b);
      run = new BatchApply(state, batchParams(batch, found), found, STANDIN_TIME, found.priority);
      staging.run = run;
    }
    if (!staging.isReserved) this.reserveStaged(staging, run);
    const keys = staging.pending;
    staging.pending = [];
    staging.applied.push(...keys);
    await forEachStoredPage(db, staging.batchId, run.visitPage, this.freshSource(run.params), keys);
    this.onStaged?.(db.name, staging.batchId, staging.applied.length);
  }

  /**
   * Sizes the tables once for the staged batch's rows, estimated from the progress of the file being
   * read (rows per byte so far × its size), so they are not grown by doubling — each doubling copies
   * every table of a graph of millions of identities — while the batch is applied. An estimate too
   * low only leaves the rest to doubling; one too high leaves room unused.
   */
  private reserveStaged(staging: Staging, run: BatchApply): void {
    const p = this.progress;
    if (p?.batchId !== staging.batchId || p.rowsRead <= 0) return;
    if (p.bytesRead < Math.min(p.totalBytes, ESTIMATE_AFTER_BYTES)) return;
    staging.isReserved = true;
    if (p.totalBytes >= ESTIMATE_AFTER_BYTES)
      run.reserve(Math.ceil((p.rowsRead * p.totalBytes) / p.bytesRead));
  }

  /**
   * Ends a staging at a refresh: commits it when its batch is the one change since the state was
   * current and succeeded, else takes it out. Returns the batches still to apply.
   */
  private async endStaging(
    entry: Entry,
    state: ProfileState,
    staging: Staging,
    run: BatchApply,
    successful: readonly StoredBatch[],
    reverted: readonly string[],
    fresh: StoredBatch[],
  ): Promise<StoredBatch[]> {
    const { db } = entry;
    const batchId = staging.batchId;
    entry.staging = undefined;
    const batch = fresh.length === 1 && reverted.length === 0 ? fresh[0] : undefined;
    if (batch?.id === batchId && (await this.commit(db, state, staging, run, batch))) {
      this.staged.committed++;
      return [];
    }
    this.staged.takenOut++;
    entry.declined.add(batchId);
    run.record();
    await revertBatch(db, state, batchId, successful, await datasetReader(db, state.config));
    state.fragments.forgetEventOrigin(batchId);
    return fresh;
  }

  /** Applies the rest of a staged batch that succeeded and gives it its time; false when it cannot. */
  private async commit(
    db: Dexie,
    state: ProfileState,
    staging: Staging,
    run: BatchApply,
    batch: StoredBatch,
  ): Promise<boolean> {
    const found = await (await datasetReader(db, state.config))(batch.datasetId);
    if (!found || !isSameApply(run.params, batchParams(batch, found))) return false;
    // Its links must stay the newest: a time not above every other one held would order them otherwise.
    const time = batch.completed ?? batch.updated;
    if (!(time < STANDIN_TIME && time > state.graph.latestTime(STANDIN_TIME))) return false;
    const keys = await pageKeys(db, batch.id);
    const done = staging.applied;
    if (keys.length < done.length || done.some((key, i) => keys[i] !== key)) return false;
    await forEachStoredPage(
      db,
      batch.id,
      run.visitPage,
      this.freshSource(run.params),
      keys.slice(done.length),
    );
    state.graph.retime(STANDIN_TIME, time);
    state.fragments.retimeEvents(batch.id, STANDIN_TIME, time);
    run.record();
    return true;
  }

  private freshSource(params: BatchParams): FreshSource | undefined {
    if (!this.fresh) return undefined;
    return { pages: this.fresh, ...(params.isEvent ? { indexKey: params.rulesKey } : {}) };
  }

  private async refresh(db: Dexie, entry: Entry): Promise<ProfileState> {
    const generation = this.generation;
    if (this.isReady(entry) && entry.state) return entry.state;
    const staging = entry.staging;
    const successful = ((await db.table('batches').toArray()) as StoredBatch[])
      .filter((b) => b.status === 'success')
      .sort((a, b) => a.seq - b.seq);
    let state = entry.state;
    const ids = new Set(successful.map((b) => b.id));
    const config = await sandboxIdentityConfig(db);
    if (staging && (!staging.run || staging.isBroken || !state)) {
      // Not started (nothing to take out), or broken part-way (the state is rebuilt below).
      if (entry.staging === staging) entry.staging = undefined;
      entry.declined.add(staging.batchId);
      if (staging.isBroken) state = entry.state = undefined;
    }
    const run = entry.staging === staging ? staging?.run : undefined;
    if (state && JSON.stringify(state.config) !== JSON.stringify(config)) {
      // Other rules: rebuild the graph (record-level rules apply at arrival, so records are re-read).
      entry.state = undefined;
      entry.staging = undefined;
      state = await this.build(db, successful, config);
      this.onChange?.(db.name, { applied: [], reverted: [], reconfigured: true });
    } else if (state) {
      const current = state;
      const reverted = current.applied.filter((id) => !ids.has(id));
      const applied = new Set(current.applied);
      let fresh = successful.filter((b) => !applied.has(b.id));
      if (reverted.length > 0 || fresh.length > 0 || run) {
        // A failure half-way leaves the state unusable: drop it so the next read rebuilds.
        entry.state = undefined;
        const changed = fresh.map((b) => b.id);
        if (staging && run)
          fresh = await this.endStaging(entry, current, staging, run, successful, reverted, fresh);
        // Reverted batches are taken out newest first, then new ones applied in order.
        if (reverted.length > 0) {
          const reader = await datasetReader(db, state.config);
          for (const batchId of [...reverted].reverse())
            await revertBatch(db, current, batchId, successful, reader);
        }
        state = await this.apply(db, current, fresh);
        if (reverted.length > 0 || changed.length > 0)
          this.onChange?.(db.name, { applied: changed, reverted });
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

  private async apply(db: Dexie, state: ProfileState, batches: StoredBatch[]): Promise<ProfileState> {
    const reader = await datasetReader(db, state.config);
    for (const batch of batches) {
      const found = await reader(batch.datasetId);
      if (!found) continue;
      const params = batchParams(batch, found);
      const run = new BatchApply(state, params, found, batch.completed ?? batch.updated, found.priority);
      run.reserve(batch.accepted);
      await forEachStoredPage(db, batch.id, run.visitPage, this.freshSource(params));
      run.record();
    }
    return state;
  }
}
