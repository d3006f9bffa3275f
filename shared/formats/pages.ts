// Collects rows into pages with progress counters, and builds row errors with bounded raw text.
import {
  RAW_TEXT_LIMIT,
  type FileError,
  type FileErrorCode,
  type ReadRow,
  type RowError,
  type RowErrorReason,
  type RowPage,
} from './types';

/** Queues rows and hands them out in pages of `pageSize`, with running progress counters. */
export class PageCollector {
  private queue: ReadRow[] = [];
  private rowsTaken = 0;
  private errorsTaken = 0;

  constructor(
    private readonly pageSize: number,
    private readonly totalBytes: number,
  ) {}

  push(row: ReadRow): void {
    this.queue.push(row);
  }

  /** True when at least one full page is waiting. */
  get hasFullPage(): boolean {
    return this.queue.length >= this.pageSize;
  }

  /** Takes one page of up to `pageSize` rows (all queued rows when fewer). */
  take(bytesRead: number, fileError?: FileError): RowPage {
    let rows: ReadRow[];
    if (this.queue.length <= this.pageSize) {
      rows = this.queue;
      this.queue = [];
    } else {
      rows = this.queue.slice(0, this.pageSize);
      this.queue = this.queue.slice(this.pageSize);
    }
    this.rowsTaken += rows.length;
    for (const row of rows) if (row.error !== undefined) this.errorsTaken++;
    const page: RowPage = {
      rows,
      progress: {
        bytesRead,
        totalBytes: this.totalBytes,
        rowsRead: this.rowsTaken,
        rowErrors: this.errorsTaken,
      },
    };
    if (fileError !== undefined) page.fileError = fileError;
    return page;
  }
}

/** A row error with its raw text cut to a sane length. */
export function rowError(reason: RowErrorReason, message: string, raw: string): RowError {
  const isRawTruncated = raw.length > RAW_TEXT_LIMIT;
  return {
    code: 'INGEST-1401-400',
    reason,
    message,
    raw: detachString(isRawTruncated ? raw.slice(0, RAW_TEXT_LIMIT) : raw),
    isRawTruncated,
  };
}

/**
 * A copy of `text` that does not share memory with the chunk it was cut from. Engines keep a substring
 * as a view of its parent, so an error row kept for diagnostics would otherwise pin a whole chunk.
 */
export function detachString(text: string): string {
  if (text.length < 16) return text;
  const copy: string = JSON.parse(JSON.stringify(text));
  return copy;
}

/** A file-level error. */
export function fileError(code: FileErrorCode, message: string, offset: number | null = null): FileError {
  return { code, message, offset };
}

/** AEP's own wording for a 0-byte file. */
export function emptyFileError(): FileError {
  return fileError('106', 'Dataset file is empty. Please upload file with data.', 0);
}

/** "row 12 (line 14, byte 803)" — how every row message names its place. */
export function describePlace(row: number, line: number | null, offset: number | null): string {
  const parts: string[] = [];
  if (line !== null) parts.push(`line ${line}`);
  if (offset !== null) parts.push(`byte ${offset}`);
  return parts.length > 0 ? `Row ${row} (${parts.join(', ')})` : `Row ${row}`;
}
