// Pure helpers of the batches view: filtering, newest-first order and the outcome totals the chart draws.
import type { BatchStatus, BatchView } from '../../../shared/contract';

/** The batch summary code only repeats the row counts; it is not a failure cause of its own. */
export const SUMMARY_CODES: ReadonlySet<string> = new Set(['INGEST-1212-400']);

/** Every status a batch can have, in the order the filter offers them. */
export const BATCH_STATUSES: readonly BatchStatus[] = [
  'loading',
  'staging',
  'success',
  'failed',
  'aborted',
  'inactive',
  'deleted',
];

export interface BatchFilter {
  status: BatchStatus | undefined;
  datasetId: string | undefined;
}

export function datasetOf(batch: BatchView): string | undefined {
  return batch.relatedObjects.find((object) => object.type === 'dataSet')?.id;
}

/** Newest first: by creation time, then by id so equal times keep one order. */
export function newestFirst(batches: readonly BatchView[]): BatchView[] {
  return [...batches].sort((a, b) => b.created - a.created || b.id.localeCompare(a.id));
}

export function filterBatches(batches: readonly BatchView[], filter: BatchFilter): BatchView[] {
  return batches.filter(
    (batch) =>
      (!filter.status || batch.status === filter.status) &&
      (!filter.datasetId || datasetOf(batch) === filter.datasetId),
  );
}

/** One bar of the outcome chart: accepted rows, or the rows that failed with one code. */
export interface OutcomeBar {
  /** `accepted`, an error code, or `other` for failed rows no code accounts for. */
  key: string;
  kind: 'accepted' | 'code' | 'other';
  rows: number;
}

/**
 * Accepted rows and failed rows per error code over some batches. Reverted, aborted and failed batches
 * keep no rows, so only their failures count; rows the per-code counts do not cover show as `other`.
 */
export function batchOutcomes(batches: readonly BatchView[]): OutcomeBar[] {
  let accepted = 0;
  let other = 0;
  const byCode = new Map<string, number>();
  for (const batch of batches) {
    const metrics = batch.metrics;
    if (!metrics) continue;
    if (batch.status === 'success') accepted += metrics.outputRecordCount;
    let coded = 0;
    for (const error of batch.errors ?? []) {
      if (SUMMARY_CODES.has(error.code) || !error.recordCount) continue;
      byCode.set(error.code, (byCode.get(error.code) ?? 0) + error.recordCount);
      coded += error.recordCount;
    }
    other += Math.max(0, metrics.failedRecordCount - coded);
  }
  const codes = [...byCode.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))
    .map(([code, rows]): OutcomeBar => ({ key: code, kind: 'code', rows }));
  return [
    { key: 'accepted', kind: 'accepted', rows: accepted },
    ...codes,
    ...(other > 0 ? [{ key: 'other', kind: 'other' as const, rows: other }] : []),
  ];
}
