// Engine data the import wizard shows: written only from engine answers and events, never by the user.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type {
  BatchView,
  DatasetView,
  DryRunResult,
  RowDiagnostic,
  SchemaField,
} from '../../../../shared/contract';

/** A dry run of one file, with the request it answered so stale answers can be told apart. */
export interface FileDryRun {
  fileId: string;
  name: string;
  /** Identifies the settings (overrides, mapping, sample) the answer belongs to. */
  key: string;
  result: DryRunResult;
}

/** What the progress bar shows, sampled from `ingest-progress` events at most every ~100 ms. */
export interface IngestProgressView {
  file: string;
  fileIndex: number;
  fileCount: number;
  phase: 'reading' | 'finishing' | 'done';
  /** Over all files of the batch. */
  bytesRead: number;
  /** Bytes processed (estimated from the rows; ≤ bytesRead): what the bar, the rate and the time left follow. */
  bytesDone: number;
  totalBytes: number;
  rowsRead: number;
  rowsFailed: number;
  /** Milliseconds since the first file started (UI clock). */
  elapsedMs: number;
  isCancelling: boolean;
}

export type BatchDiagnostic = RowDiagnostic & { kind: string };

export interface ImportDataState {
  datasets: DatasetView[] | undefined;
  /** Leaf fields of the selected dataset's schema, for the mapping. */
  schema: { id: string; title: string; fields: SchemaField[] } | undefined;
  /** Batches of the selected dataset, newest first. */
  recentBatches: { datasetId: string; batches: BatchView[] } | undefined;
  /** Preview answers (first rows) by file id. */
  previews: Record<string, FileDryRun>;
  /** The token of the preview request each file waits for; answers with another token are stale. */
  pendingPreviews: Record<string, string>;
  /** The dry run of step 4, for every file. */
  validation: { key: string; files: FileDryRun[] } | undefined;
  progress: IngestProgressView | undefined;
  batch: BatchView | undefined;
  /** Row diagnostics of the batch (the first page), grouped by code in the UI. */
  diagnostics: { batchId: string; rows: BatchDiagnostic[]; isComplete: boolean } | undefined;
}

export type ImportDataStore = StoreApi<ImportDataState>;

export function createImportDataStore(): ImportDataStore {
  return createStore<ImportDataState>()(() => ({
    datasets: undefined,
    schema: undefined,
    recentBatches: undefined,
    previews: {},
    pendingPreviews: {},
    validation: undefined,
    progress: undefined,
    batch: undefined,
    diagnostics: undefined,
  }));
}
