// Batches written by streaming ingestion: accepted messages become a successful batch at once, and
// invalid ones (asynchronous validation) a failed batch with diagnostics, as the platform stores them.
import type Dexie from 'dexie';
import type { RegistryCore } from '../registry/service';
import type { CatalogService, StoredDataset } from '../catalog/service';
import { tagState } from '../catalog/tags';
import type { StoredBatch } from './batches';
import type { StoredDiagnostic, StoredRow } from './pages';

/** Writes one streaming request's messages for one dataset; returns the batch ids written. */
export async function writeStreamed(
  registry: RegistryCore,
  catalog: CatalogService,
  db: Dexie,
  dataset: StoredDataset,
  accepted: StoredRow[],
  failed: StoredDiagnostic[],
  uuid: (id: string) => string,
  /** Extra fields of the batch records: the streaming requests they hold (so a replay skips them). */
  marks: { streamRequests?: string[] } = {},
): Promise<{ successId?: string; failedId?: string }> {
  const now = registry.ctx.now();
  const tags = tagState(dataset.tags);
  const result: { successId?: string; failedId?: string } = {};
  await db.transaction(
    'rw',
    [db.table('batches'), db.table('batchPages'), db.table('batchErrors'), db.table('datasets')],
    async () => {
      let seq = ((await db.table('batches').orderBy('seq').last()) as StoredBatch | undefined)?.seq ?? 0;
      const base = (status: StoredBatch['status'], rows: number, failedRows: number): StoredBatch => ({
        id: uuid(registry.ctx.newId()),
        seq: ++seq,
        datasetId: dataset.id,
        status,
        inputFormat: { format: 'json', isMultiLineJson: false },
        enableErrorDiagnostics: true,
        created: now,
        updated: now,
        started: now,
        completed: now,
        files: [{ name: 'streaming', bytes: 0, rows: rows + failedRows, failedRows }],
        accepted: rows,
        identitySkipped: accepted.filter((r) => r.s).length,
        failedByCode: failedRows ? { 'XDM-STREAMING-VALIDATION-400': failedRows } : {},
        isProfileAtIngest: tags.isProfileEnabled,
        isIdentityAtIngest: tags.isIdentityEnabled,
        isUpsertAtIngest: tags.isUpsert,
        ...(failedRows
          ? { failureReason: 'Streaming messages that failed validation (asynchronous validation).' }
          : {}),
        ...marks,
      });
      if (accepted.length > 0) {
        const batch = base('success', accepted.length, 0);
        await db.table('batches').add(batch);
        await db
          .table('batchPages')
          .add({ batchId: batch.id, count: accepted.length, rows: JSON.stringify(accepted) });
        await catalog.addRows(
          db,
          dataset.id,
          accepted.length,
          tags.isProfileEnabled ? batch.identitySkipped : accepted.length,
        );
        result.successId = batch.id;
      }
      if (failed.length > 0) {
        const batch = base('failed', 0, failed.length);
        await db.table('batches').add(batch);
        await db
          .table('batchErrors')
          .add({ batchId: batch.id, count: failed.length, rows: JSON.stringify(failed) });
        result.failedId = batch.id;
      }
    },
  );
  return result;
}
