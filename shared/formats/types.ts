// Shared types for the streaming file readers: rows, row errors, file errors, pages and options.

/** The batch input formats AEP accepts (`inputFormat.format`). */
export type InputFormat = 'csv' | 'json' | 'parquet';

/** Character sets the text readers decode. `iso-8859-1` is read as windows-1252, as WHATWG does. */
export type Charset = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'iso-8859-1';

/** The smallest cancellation surface the readers need; a real `AbortSignal` fits. */
export interface AbortSignalLike {
  readonly aborted: boolean;
  readonly reason?: unknown;
}

/** Why a single row could not be read. The AEP code is always INGEST-1401-400; this says which way. */
export type RowErrorReason =
  | 'csv-too-many-fields'
  | 'csv-too-few-fields'
  | 'csv-unbalanced-quote'
  | 'csv-malformed-quote'
  | 'csv-value-without-header'
  | 'json-syntax'
  | 'json-not-object'
  | 'json-too-deep'
  | 'row-too-large';

/** A row that could not be parsed: AEP's "corrupted row" code plus the reader's reason and raw text. */
export interface RowError {
  /** AEP's code for a row that cannot be read or parsed. */
  code: 'INGEST-1401-400';
  reason: RowErrorReason;
  /** Names the row, line and byte offset, what is wrong and what to do. */
  message: string;
  /** The raw text of the row, cut to `RAW_TEXT_LIMIT` characters. */
  raw: string;
  isRawTruncated: boolean;
}

/** Codes for problems that make a whole file unreadable. `106` and `118` are AEP's own. */
export type FileErrorCode =
  | '106'
  | '118'
  | 'CSV-DUPLICATE-HEADER'
  | 'CSV-INVALID-HEADER'
  | 'JSON-TRUNCATED'
  | 'JSON-NOT-ARRAY'
  | 'JSON-TRAILING-DATA'
  | 'JSON-ELEMENT-TOO-LARGE'
  | 'JSON-TOO-DEEP'
  | 'PARQUET-INVALID-MAGIC'
  | 'PARQUET-CORRUPT-FOOTER'
  | 'PARQUET-CORRUPT-ROW-GROUP';

/** A problem with the file as a whole; rows already yielded stay valid but the file counts as failed. */
export interface FileError {
  code: FileErrorCode;
  message: string;
  /** Byte offset the problem was found at, when there is one. */
  offset: number | null;
}

/** Where a row came from in its file. */
export interface RowPosition {
  file: string;
  /** 1-based data row: the header and skipped blank lines are not rows. */
  row: number;
  /** 1-based line where the row starts; null for Parquet. */
  line: number | null;
  /** Byte offset of the row start in the file (BOM included); null for Parquet. */
  offset: number | null;
}

/** A row that parsed into an object. */
export interface ParsedRow extends RowPosition {
  value: Record<string, unknown>;
  error?: undefined;
  /** The row's own text (text formats, when `isRawKept`), for showing next to coerced values. */
  raw?: string;
  /**
   * CSV with `isCellsOnly`: the row's cells in header order ("" for an empty one) and the header.
   * `value` is then an empty object shared by all rows, not the row's values.
   */
  cells?: readonly string[];
  columns?: readonly string[];
}

/** A row that did not parse; ingestion keeps going. */
export interface FailedRow extends RowPosition {
  value?: undefined;
  raw?: undefined;
  cells?: undefined;
  columns?: undefined;
  error: RowError;
}

/** One row as the readers yield it. */
export type ReadRow = ParsedRow | FailedRow;

/** How far a reader has got, sent with every page so ingestion can emit progress. */
export interface ReadProgress {
  /** Bytes read from the source so far (for Parquet, bytes fetched). */
  bytesRead: number;
  totalBytes: number;
  /** Rows yielded so far, parsed or failed. */
  rowsRead: number;
  /** Failed rows yielded so far. */
  rowErrors: number;
}

/** A page of rows; the last page of an unreadable file carries `fileError`. */
export interface RowPage {
  rows: ReadRow[];
  progress: ReadProgress;
  fileError?: FileError;
}

/** Options shared by every reader. */
export interface ReadOptions {
  format: InputFormat;
  /** JSON only: the file is one top-level array (or a single object) instead of JSON Lines. */
  isMultiLineJson?: boolean;
  /** Text formats: decode with this charset; default is BOM, else sniffed from the first 64 KB. */
  charset?: Charset | string;
  /** CSV: field delimiter; default is sniffed (comma, semicolon, tab, pipe). */
  delimiter?: string;
  /** CSV: quote character; default is sniffed (`"` or `'`). */
  quote?: string;
  /** CSV: escape character inside quotes; default is the quote itself (doubled quotes). */
  escape?: string;
  /** Rows per page (default 2,000). */
  pageSize?: number;
  /** Bytes per read from the source (default 2 MiB). */
  chunkSize?: number;
  /**
   * Rows (CSV, JSON Lines) or elements (multi-line JSON) longer than this are row errors instead of
   * being buffered further; measured in decoded characters (default 8 Mi).
   */
  maxRowBytes?: number;
  /**
   * Keep each parsed row's raw text on `ParsedRow.raw` (default true). Raw text and CSV cells are
   * substrings of the decoded chunk, so keep rows only as long as needed or copy what you keep.
   */
  isRawKept?: boolean;
  /**
   * CSV: give each row its `cells` and the header as `columns` instead of building `value` (for a
   * caller that maps columns itself). Substrings of the decoded chunk, like `raw`.
   */
  isCellsOnly?: boolean;
  signal?: AbortSignalLike;
}

/** Bytes sampled from the start of a file to choose charset, format and CSV dialect. */
export const SNIFF_BYTES = 64 * 1024;
/** Raw text in errors is cut to this many characters. */
export const RAW_TEXT_LIMIT = 1024;
export const DEFAULT_PAGE_SIZE = 2000;
export const DEFAULT_CHUNK_SIZE = 1024 * 1024;
export const DEFAULT_MAX_ROW_BYTES = 8 * 1024 * 1024;
/** Nesting deeper than this is refused instead of risking stack overflows further down. */
export const MAX_JSON_DEPTH = 512;
