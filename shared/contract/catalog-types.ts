// Types of the Catalog (datasets, batches) and Batch Ingestion domains (SPEC §2, §3).
import type { DetectedFormat } from '../formats/detect-format';

export interface SchemaRef {
  id: string;
  contentType: string;
}

/** Dataset tags as the Catalog API shows them: arrays of `key:value` strings. */
export interface DatasetTags {
  unifiedProfile?: string[];
  unifiedIdentity?: string[];
  [tag: string]: string[] | undefined;
}

/** A dataset in the Catalog's shape (`GET /dataSets/{id}` is keyed by id) plus local facts. */
export interface DatasetView {
  id: string;
  name: string;
  description?: string;
  imsOrg: string;
  tags: DatasetTags;
  version: string;
  created: number;
  updated: number;
  createdClient: string;
  createdUser: string;
  updatedUser: string;
  files: string;
  schemaRef: SchemaRef;
  /** Local: resolved from tags. */
  isProfileEnabled: boolean;
  isIdentityEnabled: boolean;
  isUpsert: boolean;
  /** Local: the schema's title and class behaviour. */
  schemaTitle: string;
  behavior: string;
  /** Local: rows in successful batches, and how many of them never reached Profile. */
  rowCount: number;
  rowsNotInProfile: number;
  notes: string[];
}

export type InputFormatName = 'csv' | 'json' | 'parquet';

export type BatchStatus = 'loading' | 'staging' | 'success' | 'failed' | 'aborted' | 'inactive' | 'deleted';

export interface BatchError {
  code: string;
  description: string;
  recordCount?: number;
}

export interface BatchMetrics {
  inputByteSize: number;
  inputFileCount: number;
  inputRecordCount: number;
  outputRecordCount: number;
  failedRecordCount: number;
}

/** A batch in the Catalog's shape (`GET /catalog/batches/{id}` is keyed by id). */
export interface BatchView {
  id: string;
  externalId: string;
  imsOrg: string;
  status: BatchStatus;
  tags: Record<string, unknown>;
  relatedObjects: { type: 'dataSet'; id: string }[];
  inputFormat: { format: InputFormatName; isMultiLineJson?: boolean };
  created: number;
  updated: number;
  started?: number;
  completed?: number;
  metrics?: BatchMetrics;
  errors?: BatchError[];
  version: string;
  createdUser: string;
  updatedUser: string;
  createdClient: string;
  /** Local: files, reasons and Profile facts. */
  files: BatchFileInfo[];
  isProfileAtIngest: boolean;
  /** Rows kept in the dataset but skipped by Identity and Profile (identity value rules). */
  identitySkippedCount: number;
  failureReason?: string;
}

export interface BatchFileInfo {
  name: string;
  bytes: number;
  rows: number;
  failedRows: number;
  fileError?: { code: string; message: string };
  /** CSV columns that mapped to no schema field. */
  unmappedColumns?: string[];
}

/** One diagnostic line for a failed row (what `batch errors --json` prints). */
export interface RowDiagnostic {
  file: string;
  row: number;
  line: number | null;
  code: string;
  message: string;
  path?: string;
  raw?: string;
}

/** Progress of a file being ingested (engine event `ingest-progress`). */
export interface IngestProgress {
  sandbox: string;
  batchId: string;
  file: string;
  phase: 'reading' | 'finishing' | 'done';
  bytesRead: number;
  totalBytes: number;
  rowsRead: number;
  rowsFailed: number;
}

/** A CSV/flat-file mapping entry, shaped like the platform's Data Prep mapping set. */
export interface MappingEntry {
  sourceAttribute: string;
  destinationXdmPath: string;
}

/** One accepted row as stored: data row, line, file index, the converted record, Profile skip, coercions. */
export interface AcceptedRow {
  r: number;
  l: number | null;
  f: number;
  v: Record<string, unknown>;
  s?: 'identity' | 'size';
  c?: { pointer: string; from: unknown; to: unknown }[];
}

export interface DryRunRow {
  row: number;
  line: number | null;
  raw?: string;
  record?: Record<string, unknown>;
  outcome: 'accepted' | 'skipped' | 'failed';
  code?: string;
  errors: { pointerToViolation: string; message: string }[];
  coercions: { pointer: string; from: unknown; to: unknown }[];
}

export interface DryRunResult {
  detected: DetectedFormat;
  mapping: MappingEntry[];
  unmapped: string[];
  headers: string[];
  rows: DryRunRow[];
  byCode: Record<string, number>;
  /**
   * Why the file as a whole cannot be ingested (empty file `106`, CSV empty header `118`, an
   * unsupported charset, truncated JSON, a corrupt Parquet footer…); rows before it are still listed.
   */
  fileError?: { code: string; message: string; offset: number | null };
}
