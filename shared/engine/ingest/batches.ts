// Batch ingestion (SPEC §3): create → add files → complete → success | failed, plus abort and revert.
// Accepted rows live in pages that nothing reads before the batch reaches `success`; a batch that
// was mid-flight when the engine stopped is marked failed ("interrupted") on the next start.
import type Dexie from 'dexie';
import type {
  BatchError,
  BatchFileInfo,
  BatchStatus,
  BatchView,
  InputFormatName,
  MappingEntry,
} from '../../contract/catalog-types';
import { EngineError } from '../../contract/errors';
import type { BlobLike } from '../../formats/blob-byte-source';
import type { CatalogService, StoredDataset } from '../catalog/service';
import { tagState } from '../catalog/tags';
import type { RegistryCore } from '../registry/service';
import { batchView, errorsOf, failureReasonOf } from './batch-view';
import type { FreshPages } from './fresh-pages';
import type { FileWorkerPool } from './file-workers';
import { ingestFile } from './ingest-file';
import { deletePages } from './pages';
import { uuidFrom } from '../ids';

export const MAX_FILES_PER_BATCH = 1500;
const ACTIVE: readonly BatchStatus[] = ['loading', 'staging'];
export const INTERRUPTED =
  'Interrupted: the engine stopped while this batch was being ingested. No rows of it were kept; ingest the files again.';

/** A batch as stored. */
export interface StoredBatch {
  id: string;
  seq: number;
  datasetId: string;
  status: BatchStatus;
  inputFormat: { format: InputFormatName; isMultiLineJson?: boolean };
  enableErrorDiagnostics: boolean;
  partialIngestionPercent?: number;
  mapping?: MappingEntry[];
  created: number;
  updated: number;
  started?: number;
  completed?: number;
  files: BatchFileInfo[];
  accepted: number;
  identitySkipped: number;
  failedByCode: Record<string, number>;
  isProfileAtIngest: boolean;
  /** Dataset switches when the batch was created (Identity, upsert). */
  isIdentityAtIngest?: boolean;
  isUpsertAtIngest?: boolean;
  errors?: BatchError[];
  failureReason?: string;
}

export interface CreateBatchInput {
  datasetId: string;
  inputFormat?: { format?: string; isMultiLineJson?: boolean };
  enableErrorDiagnostics?: boolean;
  partialIngestionPercent?: number;
  mapping?: MappingEntry[];
}

export interface AddFileInput {
  name: string;
  file: BlobLike;
  charset?: string;
  delimiter?: string;
}

export class BatchService {
  /** Interrupted-batch recovery per sandbox database (by IndexedDB name), run once. */
  private readonly recovered = new Map<string, Promise<void>>();
  private readonly running = new Map<string, { aborted: boolean; reason?: unknown }>();

  constructor(
    private readonly registry: RegistryCore,
    private readonly catalog: CatalogService,
    /** Where pages of Identity- and Profile-bound batches are kept at hand for the profile refresh. */
    private readonly fresh?: FreshPages,
    /** File workers of the host, when it has them (big files are read on a second thread). */
    private readonly workers?: FileWorkerPool,
  ) {}

  /** The sandbox database, after failing batches a previous engine left mid-flight. */
  async db(sandbox: string): Promise<Dexie> {
    const db = await this.registry.db(sandbox);
    let recovery = this.recovered.get(db.name);
    if (!recovery) {
      recovery = this.failInterrupted(sandbox, db);
      this.recovered.set(db.name, recovery);
    }
    await recovery;
    return db;
  }

  /**
   * Marks the batches of each sandbox that a stopped engine left `loading` or `staging` as failed
   * ("interrupted"), dropping their pages. The engine runs this for every sandbox when it starts;
   * a sandbox opened later (created, imported) is checked on its first batch call.
   */
  async recoverInterrupted(sandboxes: readonly string[]): Promise<void> {
    for (const sandbox of sandboxes) await this.db(sandbox);
  }

  private async failInterrupted(sandbox: string, db: Dexie): Promise<void> {
    const stale = ((await db.table('batches').toArray()) as StoredBatch[]).filter(
      (b) => ACTIVE.includes(b.status) && !this.running.has(b.id),
    );
    for (const batch of stale) {
      await this.dropPages(db, batch.id);
      await this.put(db, { ...batch, status: 'failed', accepted: 0, failureReason: INTERRUPTED });
      this.registry.ctx.events.emit('batch-finished', { sandbox, batchId: batch.id, status: 'failed' });
    }
  }

  async create(sandbox: string, input: CreateBatchInput): Promise<BatchView> {
    const db = await this.db(sandbox);
    const dataset = await this.catalog.find(sandbox, input.datasetId);
    const format = (input.inputFormat?.format ?? 'json').toLowerCase();
    if (format !== 'csv' && format !== 'json' && format !== 'parquet') {
      throw new EngineError(
        'invalid-argument',
        `inputFormat.format must be csv, json or parquet, not "${format}".`,
      );
    }
    const percent = input.partialIngestionPercent;
    if (percent !== undefined && (typeof percent !== 'number' || !(percent >= 0 && percent <= 100))) {
      throw new EngineError('invalid-argument', 'partialIngestionPercent must be a number from 0 to 100.');
    }
    const now = this.registry.ctx.now();
    const seq = ((await db.table('batches').orderBy('seq').last()) as StoredBatch | undefined)?.seq ?? 0;
    const batch: StoredBatch = {
      id: uuidFrom(this.registry.ctx.newId()),
      seq: seq + 1,
      datasetId: dataset.id,
      status: 'loading',
      inputFormat: {
        format,
        ...(format === 'json' ? { isMultiLineJson: input.inputFormat?.isMultiLineJson === true } : {}),
      },
      // Turning partial ingestion on forces error diagnostics on (SPEC §3.2).
      enableErrorDiagnostics: input.enableErrorDiagnostics === true || percent !== undefined,
      ...(percent !== undefined ? { partialIngestionPercent: percent } : {}),
      ...(input.mapping ? { mapping: input.mapping } : {}),
      created: now,
      updated: now,
      files: [],
      accepted: 0,
      identitySkipped: 0,
      failedByCode: {},
      isProfileAtIngest: tagState(dataset.tags).isProfileEnabled,
      isIdentityAtIngest: tagState(dataset.tags).isIdentityEnabled,
      isUpsertAtIngest: tagState(dataset.tags).isUpsert,
    };
    await db.table('batches').add(batch);
    return this.view(batch);
  }

  async get(sandbox: string, batchId: string): Promise<StoredBatch> {
    const batch = (await (await this.db(sandbox)).table('batches').get(batchId)) as StoredBatch | undefined;
    if (!batch)
      throw new EngineError(
        'not-found',
        `No batch "${batchId}" in this sandbox. Run "batch list" to see the batches.`,
      );
    return batch;
  }

  async list(sandbox: string, datasetId?: string): Promise<BatchView[]> {
    const db = await this.db(sandbox);
    const rows = (
      datasetId
        ? await db.table('batches').where('datasetId').equals(datasetId).toArray()
        : await db.table('batches').toArray()
    ) as StoredBatch[];
    return rows.sort((a, b) => b.seq - a.seq).map((b) => this.view(b));
  }

  /** Streams one file into a loading batch; emits `ingest-progress`; cancellable. */
  async addFile(sandbox: string, batchId: string, input: AddFileInput): Promise<BatchView> {
    const db = await this.db(sandbox);
    const batch = await this.get(sandbox, batchId);
    if (batch.status !== 'loading')
      throw new EngineError(
        'failed-precondition',
        `Batch ${batchId} is ${batch.status}; files can only be added while it is loading.`,
      );
    if (this.running.has(batchId))
      throw new EngineError(
        'failed-precondition',
        `Batch ${batchId} is already ingesting a file; add files one at a time.`,
      );
    if (batch.files.length >= MAX_FILES_PER_BATCH)
      throw new EngineError(
        'failed-precondition',
        `A batch holds at most ${MAX_FILES_PER_BATCH} files; start another batch.`,
      );
    const name = input.name?.trim();
    if (!name) throw new EngineError('invalid-argument', 'A file needs a name.');
    if (batch.files.some((f) => f.name === name))
      throw new EngineError('already-exists', `Batch ${batchId} already has a file named "${name}".`);
    if (!input.file || typeof input.file.size !== 'number' || typeof input.file.slice !== 'function')
      throw new EngineError('invalid-argument', 'addFile needs the file contents as a Blob or File.');

    const dataset = (await db.table('datasets').get(batch.datasetId)) as StoredDataset;
    const signal = { aborted: false as boolean, reason: undefined as unknown };
    this.running.set(batchId, signal);
    const started = this.registry.ctx.now();
    let last = 0;
    const emit = (
      phase: 'reading' | 'finishing' | 'done',
      p: { bytesRead: number; totalBytes: number; rowsRead: number; rowsFailed: number },
    ) => {
      const now = this.registry.ctx.now();
      if (phase === 'reading' && now - last < 100) return;
      last = now;
      this.registry.ctx.events.emit('ingest-progress', { sandbox, batchId, file: name, phase, ...p });
    };
    try {
      const result = await ingestFile({
        db,
        registry: this.registry,
        batch,
        dataset,
        name,
        input,
        signal,
        onProgress: (p) => emit('reading', p),
        ...(this.fresh ? { fresh: this.fresh } : {}),
        ...(this.workers ? { workers: this.workers } : {}),
      });
      const failedByCode = { ...batch.failedByCode };
      for (const [code, n] of result.failedByCode) failedByCode[code] = (failedByCode[code] ?? 0) + n;
      const next: StoredBatch = {
        ...batch,
        started: batch.started ?? started,
        files: [...batch.files, result.info],
        accepted: batch.accepted + result.accepted,
        identitySkipped: batch.identitySkipped + result.skippedByIdentity,
        failedByCode,
      };
      await this.put(db, next);
      emit('done', {
        bytesRead: input.file.size,
        totalBytes: input.file.size,
        rowsRead: result.info.rows,
        rowsFailed: result.info.failedRows,
      });
      return this.view(next);
    } catch (error) {
      // A cancelled or crashed file leaves nothing behind: the batch is aborted or failed as a whole.
      await this.dropPages(db, batchId);
      const isCancel = signal.aborted;
      await this.put(db, {
        ...batch,
        status: isCancel ? 'aborted' : 'failed',
        accepted: 0,
        failureReason: isCancel
          ? `Cancelled while reading ${name}.`
          : `Reading ${name} failed: ${(error as Error).message}`,
      });
      this.registry.ctx.events.emit('batch-finished', {
        sandbox,
        batchId,
        status: isCancel ? 'aborted' : 'failed',
      });
      if (isCancel)
        throw new EngineError(
          'cancelled',
          `Ingestion of ${name} was cancelled; batch ${batchId} is aborted and kept nothing.`,
        );
      throw error instanceof EngineError
        ? error
        : new EngineError('internal', `Reading ${name} failed: ${(error as Error).message}`);
    } finally {
      this.running.delete(batchId);
    }
  }

  /** Cancels the file being ingested into a batch, if any. */
  cancel(batchId: string): boolean {
    const signal = this.running.get(batchId);
    if (signal) signal.aborted = true;
    return signal !== undefined;
  }

  /** Signals completion: the batch is checked against its thresholds and becomes success or failed. Idempotent. */
  async complete(sandbox: string, batchId: string): Promise<BatchView> {
    const db = await this.db(sandbox);
    const batch = await this.get(sandbox, batchId);
    if (batch.status === 'success') return this.view(batch);
    if (batch.status !== 'loading')
      throw new EngineError(
        'failed-precondition',
        `Batch ${batchId} is ${batch.status} and cannot be completed.`,
      );
    if (this.running.has(batchId))
      throw new EngineError(
        'failed-precondition',
        `Batch ${batchId} is still reading a file; complete it when the file is done.`,
      );
    const now = this.registry.ctx.now();
    const fileErrors = batch.files.filter((f) => f.fileError);
    const reason = failureReasonOf(batch);
    const dataset = (await db.table('datasets').get(batch.datasetId)) as StoredDataset;
    const isProfile = batch.isProfileAtIngest && tagState(dataset.tags).isProfileEnabled;
    const errors = errorsOf(batch, fileErrors);
    const next: StoredBatch = {
      ...batch,
      status: reason ? 'failed' : 'success',
      updated: now,
      completed: now,
      isProfileAtIngest: isProfile,
      ...(errors.length ? { errors } : {}),
      ...(reason ? { failureReason: reason, accepted: 0 } : {}),
    };
    if (reason) await this.dropPages(db, batchId);
    await db.transaction('rw', [db.table('batches'), db.table('datasets')], async () => {
      await db.table('batches').put(next);
      if (!reason)
        await this.catalog.addRows(
          db,
          batch.datasetId,
          batch.accepted,
          isProfile ? batch.identitySkipped : batch.accepted,
        );
    });
    this.registry.ctx.events.emit('batch-finished', { sandbox, batchId, status: next.status });
    return this.view(next);
  }

  async abort(sandbox: string, batchId: string): Promise<BatchView> {
    const db = await this.db(sandbox);
    const batch = await this.get(sandbox, batchId);
    if (!ACTIVE.includes(batch.status))
      throw new EngineError(
        'failed-precondition',
        `Batch ${batchId} is ${batch.status}; only a loading or staging batch can be aborted (once loaded it cannot be aborted).`,
      );
    // A file still reading stops at its next page and sends `batch-finished` itself.
    const isReading = this.cancel(batchId);
    await this.dropPages(db, batchId);
    const next: StoredBatch = { ...batch, status: 'aborted', accepted: 0, updated: this.registry.ctx.now() };
    await this.put(db, next);
    if (!isReading) this.registry.ctx.events.emit('batch-finished', { sandbox, batchId, status: 'aborted' });
    return this.view(next);
  }

  /** Reverts a successful batch: its rows leave the dataset; the batch becomes inactive. */
  async revert(sandbox: string, batchId: string): Promise<BatchView> {
    const db = await this.db(sandbox);
    const batch = await this.get(sandbox, batchId);
    if (batch.status !== 'success')
      throw new EngineError(
        'failed-precondition',
        `Batch ${batchId} is ${batch.status}; only a successful batch can be reverted.`,
      );
    const next: StoredBatch = { ...batch, status: 'inactive', updated: this.registry.ctx.now() };
    await db.transaction(
      'rw',
      [db.table('batches'), db.table('datasets'), db.table('batchPages')],
      async () => {
        await db.table('batches').put(next);
        await db.table('batchPages').where('batchId').equals(batchId).delete();
        this.fresh?.dropBatch(db.name, batchId);
        await this.catalog.addRows(
          db,
          batch.datasetId,
          -batch.accepted,
          batch.isProfileAtIngest ? -batch.identitySkipped : -batch.accepted,
        );
      },
    );
    this.registry.ctx.events.emit('batch-finished', { sandbox, batchId, status: 'inactive' });
    return this.view(next);
  }

  view(batch: StoredBatch): BatchView {
    return batchView(batch);
  }

  /** Deletes a batch's accepted rows (and what is kept of them in memory). */
  private async dropPages(db: Dexie, batchId: string): Promise<void> {
    this.fresh?.dropBatch(db.name, batchId);
    await deletePages(db, batchId, ['batchPages']);
  }

  private async put(db: Dexie, batch: StoredBatch): Promise<void> {
    await db.table('batches').put({ ...batch, updated: this.registry.ctx.now() });
  }
}
