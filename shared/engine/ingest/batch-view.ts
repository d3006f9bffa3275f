// The platform's view of a stored batch: the Catalog batch object with its metrics and `errors`.
import type { BatchError, BatchFileInfo, BatchMetrics, BatchView } from '../../contract/catalog-types';
import { ORG, USER } from '../catalog/service';
import type { StoredBatch } from './batches';
import { CODE_DESCRIPTIONS, CODE_GENERIC, CODE_SUMMARY } from './classify';

/** The platform's batch object (Catalog `GET /batches/{id}` shape) of a stored batch. */
export function batchView(batch: StoredBatch): BatchView {
  const metrics = metricsOf(batch);
  const isFinal = batch.status !== 'loading' && batch.status !== 'staging';
  return {
    id: batch.id,
    externalId: batch.id,
    imsOrg: ORG,
    status: batch.status,
    tags: {
      ...(batch.enableErrorDiagnostics ? { acp_enableErrorDiagnostics: true } : {}),
      ...(batch.partialIngestionPercent !== undefined
        ? { acp_partialIngestionPercent: batch.partialIngestionPercent }
        : {}),
    },
    relatedObjects: [{ type: 'dataSet', id: batch.datasetId }],
    inputFormat: batch.inputFormat,
    created: batch.created,
    updated: batch.updated,
    ...(batch.started !== undefined ? { started: batch.started } : {}),
    ...(batch.completed !== undefined ? { completed: batch.completed } : {}),
    ...(isFinal ? { metrics } : {}),
    ...(batch.errors ? { errors: batch.errors } : {}),
    version: '1.0.0',
    createdUser: USER,
    updatedUser: USER,
    createdClient: USER,
    files: batch.files,
    isProfileAtIngest: batch.isProfileAtIngest,
    identitySkippedCount: batch.identitySkipped,
    ...(batch.failureReason ? { failureReason: batch.failureReason } : {}),
  };
}

/** Row and byte counts of a batch; output rows only once it succeeded. */
export function metricsOf(batch: StoredBatch): BatchMetrics {
  const input = batch.files.reduce((sum, f) => sum + f.rows, 0);
  const failed = batch.files.reduce((sum, f) => sum + f.failedRows, 0);
  return {
    inputByteSize: batch.files.reduce((sum, f) => sum + f.bytes, 0),
    inputFileCount: batch.files.length,
    inputRecordCount: input,
    outputRecordCount: batch.status === 'success' || batch.status === 'inactive' ? batch.accepted : 0,
    failedRecordCount: failed,
  };
}

/** The batch `errors` array: with diagnostics a summary plus per-code counts, else the generic error. */
export function errorsOf(batch: StoredBatch, fileErrors: BatchFileInfo[]): BatchError[] {
  const errors: BatchError[] = fileErrors.map((f) => ({
    code: f.fileError?.code ?? 'FILE',
    description: `${f.name}: ${f.fileError?.message ?? ''}`,
  }));
  const failed = Object.values(batch.failedByCode).reduce((a, b) => a + b, 0);
  if (failed === 0) return errors;
  if (!batch.enableErrorDiagnostics)
    return [...errors, { code: CODE_GENERIC, description: CODE_DESCRIPTIONS[CODE_GENERIC] ?? '' }];
  errors.push({
    code: CODE_SUMMARY,
    description: `Encountered ${failed} errors in the data. Successfully ingested ${batch.accepted} rows. Please review the associated diagnostic files for more details.`,
  });
  for (const [code, recordCount] of Object.entries(batch.failedByCode).sort()) {
    errors.push({
      code,
      description:
        CODE_DESCRIPTIONS[code] ??
        `Rows failed validation (${code}). See the row diagnostics for the field and value.`,
      recordCount,
    });
  }
  return errors;
}

/**
 * Why completing a batch fails it, or undefined when it succeeds: no files, a whole-file error, any
 * failed row without partial ingestion, or failed rows above the partial ingestion threshold.
 */
export function failureReasonOf(batch: StoredBatch): string | undefined {
  const metrics = metricsOf(batch);
  const failed = metrics.failedRecordCount;
  const total = metrics.inputRecordCount;
  const fileErrors = batch.files.filter((f) => f.fileError);
  if (batch.files.length === 0)
    return 'The batch has no files; upload at least one file before completing it.';
  if (fileErrors.length > 0)
    return fileErrors.map((f) => `${f.name}: ${f.fileError?.message ?? ''}`).join(' ');
  const percent = batch.partialIngestionPercent;
  if (percent === undefined && failed > 0)
    return `${failed} of ${total} rows failed and partial ingestion is off, so the whole batch fails.`;
  if (percent !== undefined && total > 0 && (failed / total) * 100 > percent)
    return `${failed} of ${total} rows failed (${((failed / total) * 100).toFixed(2)}%), above the partial ingestion threshold of ${percent}%.`;
  return undefined;
}
