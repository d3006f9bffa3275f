// Turns decoded CSV text, fed chunk by chunk, into rows with line, byte offset and raw text via papaparse.
import Papa from 'papaparse';
import type { ByteCounter } from './charset';
import type { CsvDialect } from './csv-sniff';
import { describePlace, fileError, rowError, type PageCollector } from './pages';
import type { FileError, RowErrorReason } from './types';

interface PapaStepResult {
  data: string[][];
  errors: { type: string; code: string; message: string }[];
  meta: { cursor: number };
}

export interface CsvRowsOptions {
  file: string;
  dialect: CsvDialect;
  counter: ByteCounter;
  collector: PageCollector;
  /** Byte offset of the first character fed (the BOM length). */
  startByte: number;
  /** A pending row longer than this many characters is reported instead of buffered further. */
  maxRowChars: number;
  isRawKept: boolean;
  /** Rows carry `cells` and `columns` instead of a `value` object (see `ReadOptions.isCellsOnly`). */
  isCellsOnly?: boolean;
}

/** The `value` of every row read with `isCellsOnly`. */
const NO_VALUE: Record<string, unknown> = Object.freeze({}) as Record<string, unknown>;

/**
 * Incremental CSV row assembly. Papaparse's Parser runs in step mode on the text not yet consumed;
 * the step's cursor gives each row's extent, from which line, byte offset and raw text follow. The
 * incomplete last row is carried to the next chunk. Quote problems are resynchronised at the next
 * physical line so one bad quote does not swallow the rest of the file.
 */
export class CsvRowAssembler {
  /** Set when the file cannot be read further (bad header). */
  fileError: FileError | null = null;
  private pending = '';
  private line = 1;
  private byte: number;
  private row = 0;
  private header: string[] | null = null;
  /** Whether some header cell is blank (a value under it is a row error). */
  private hasBlankName = false;
  private nextBreak = -2;
  private readonly lineBreak: string;

  constructor(private readonly options: CsvRowsOptions) {
    this.byte = options.startByte;
    this.lineBreak = options.dialect.newline === '\r' ? '\r' : '\n';
  }

  get hasHeader(): boolean {
    return this.header !== null;
  }

  /** Byte offset of the first unconsumed character. */
  get bytesConsumed(): number {
    return this.byte;
  }

  /** Feeds the next decoded text; with `isLast` the final row is flushed. */
  feed(text: string, isLast: boolean): void {
    this.pending = this.pending.length === 0 ? text : this.pending + text;
    this.options.counter.prepare(this.pending);
    this.nextBreak = -2;
    let base = 0;
    for (;;) {
      const outcome = this.parseFrom(base, isLast);
      if (this.fileError !== null) return;
      base = outcome.at;
      if (outcome.isResync) continue;
      if (isLast) break;
      const resync = this.checkStall(base);
      if (this.fileError !== null) return;
      if (resync === null) break;
      base = resync;
    }
    this.pending = isLast ? '' : this.pending.slice(base);
  }

  /** Parses from `base`; returns where consumption ended, or a resync point after a quote error. */
  private parseFrom(base: number, isLast: boolean): { at: number; isResync: boolean } {
    const input = base === 0 ? this.pending : this.pending.slice(base);
    let rowStart = 0;
    let resyncAt = -1;
    const { delimiter, newline, quote, escape } = this.options.dialect;
    const parser = new Papa.Parser({
      delimiter,
      newline,
      quoteChar: quote,
      escapeChar: escape,
      step: (result: PapaStepResult) => {
        const rowEnd = result.meta.cursor;
        const resync = this.handleRow(result.data[0] ?? [''], result.errors, base + rowStart, base + rowEnd);
        if (resync !== null || this.fileError !== null) {
          resyncAt = resync ?? -1;
          parser.abort();
          return;
        }
        rowStart = rowEnd;
      },
    });
    parser.parse(input, 0, !isLast);
    return resyncAt >= 0 ? { at: resyncAt, isResync: true } : { at: base + rowStart, isResync: false };
  }

  /** Handles one parsed row spanning `[start, end)` of `pending`; returns a resync point or null. */
  private handleRow(
    fields: string[],
    errors: PapaStepResult['errors'],
    start: number,
    end: number,
  ): number | null {
    const header = this.header;
    if (header === null) {
      this.acceptHeader(fields, errors.length > 0);
      this.advance(start, end);
      return null;
    }
    if (fields.length === 1 && fields[0] === '') {
      this.advance(start, end);
      return null;
    }
    this.row++;
    if (errors.length > 0) return this.quoteErrorRow(start, this.classifyQuoteProblem(start));
    this.trimStrayCarriageReturn(fields, start, end);
    if (fields.length !== header.length) {
      const firstBreak = this.pending.indexOf(this.lineBreak, start);
      // A ragged row spanning lines is a quote opened by mistake, not a quoted line break.
      const isMultiLine = firstBreak !== -1 && firstBreak < this.rawEnd(start, end);
      if (isMultiLine) return this.quoteErrorRow(start, 'csv-unbalanced-quote');
      this.raggedRow(fields.length, header.length, start, end);
      return null;
    }
    if (this.options.isCellsOnly) return this.pushCells(fields, header, start, end);
    const value: Record<string, unknown> = {};
    for (let j = 0; j < fields.length; j++) {
      const cell = fields[j];
      if (cell === undefined || cell === '') continue;
      const name = header[j] ?? '';
      if (name === '') {
        this.failRow(
          'csv-value-without-header',
          `column ${j + 1} has a value but no header name`,
          start,
          end,
        );
        return null;
      }
      setKey(value, name, cell);
    }
    const rowEnd = this.rawEnd(start, end);
    const line = this.line;
    const offset = this.byte;
    this.advance(start, end);
    if (this.options.isRawKept) {
      const raw = this.pending.slice(start, rowEnd);
      this.options.collector.push({ file: this.options.file, row: this.row, line, offset, value, raw });
    } else this.options.collector.push({ file: this.options.file, row: this.row, line, offset, value });
    return null;
  }

  /** A row as its cells and the header, with the same check as `value` rows: no value without a name. */
  private pushCells(fields: string[], header: string[], start: number, end: number): null {
    if (this.hasBlankName) {
      for (let j = 0; j < fields.length; j++) {
        if (fields[j] !== '' && header[j] === '') {
          this.failRow(
            'csv-value-without-header',
            `column ${j + 1} has a value but no header name`,
            start,
            end,
          );
          return null;
        }
      }
    }
    const rowEnd = this.rawEnd(start, end);
    const line = this.line;
    const offset = this.byte;
    this.advance(start, end);
    const { file, collector } = this.options;
    const row = this.row;
    if (this.options.isRawKept) {
      const raw = this.pending.slice(start, rowEnd);
      collector.push({ file, row, line, offset, value: NO_VALUE, raw, cells: fields, columns: header });
    } else collector.push({ file, row, line, offset, value: NO_VALUE, cells: fields, columns: header });
    return null;
  }

  private acceptHeader(fields: string[], hasQuoteErrors: boolean): void {
    if (fields.every((field) => field.trim() === '')) {
      this.fileError = fileError('118', 'CSV file contains empty header row.', this.byte);
      return;
    }
    if (hasQuoteErrors) {
      this.fileError = fileError(
        'CSV-INVALID-HEADER',
        'CSV header row has a quote that is not closed or is followed by other text. Fix the header row and upload the file again.',
        this.byte,
      );
      return;
    }
    const seen = new Set<string>();
    for (const name of fields) {
      if (name !== '' && seen.has(name)) {
        this.fileError = fileError(
          'CSV-DUPLICATE-HEADER',
          `CSV header names column "${name}" more than once. Rename one of them and upload the file again.`,
          this.byte,
        );
        return;
      }
      seen.add(name);
    }
    this.header = fields;
    this.hasBlankName = fields.includes('');
  }

  private raggedRow(found: number, expected: number, start: number, end: number): void {
    const reason: RowErrorReason = found > expected ? 'csv-too-many-fields' : 'csv-too-few-fields';
    const what = found > expected ? 'too many' : 'too few';
    this.failRow(
      reason,
      `has ${what} fields: expected ${expected} as in the header but found ${found}. Check for a missing or extra delimiter "${this.options.dialect.delimiter}", or quote values that contain it`,
      start,
      end,
    );
  }

  /** Reports the row starting at `start` as far as its first line break, and resumes after it. */
  private quoteErrorRow(start: number, reason: RowErrorReason): number {
    const breakAt = this.pending.indexOf(this.lineBreak, start);
    const resync = breakAt === -1 ? this.pending.length : breakAt + 1;
    const quote = this.options.dialect.quote;
    const detail =
      reason === 'csv-malformed-quote'
        ? `has a closing quote ${quote} followed by other text instead of a delimiter or line break`
        : reason === 'row-too-large'
          ? `is longer than ${this.options.maxRowChars} characters without ending, most likely because a quote ${quote} is never closed`
          : `has a quote ${quote} that is never closed`;
    this.failRow(
      reason,
      `${detail}. The rest of this line was skipped; close the quote or double it (${quote}${quote}) inside quoted values and resend`,
      start,
      resync,
    );
    return resync;
  }

  private failRow(reason: RowErrorReason, detail: string, start: number, end: number): void {
    const raw = this.pending.slice(start, this.rawEnd(start, end));
    const { file } = this.options;
    const message = `${describePlace(this.row, this.line, this.byte)} ${detail}.`;
    this.options.collector.push({
      file,
      row: this.row,
      line: this.line,
      offset: this.byte,
      error: rowError(reason, message, raw),
    });
    this.advance(start, end);
  }

  /**
   * After a non-final parse the unconsumed rest is an incomplete row. If it has grown past the row
   * limit, or it already spans a line break and its first row has a malformed quote, report it now
   * instead of buffering to the end of the file.
   */
  private checkStall(base: number): number | null {
    const restLength = this.pending.length - base;
    if (restLength === 0) return null;
    if (restLength > this.options.maxRowChars) {
      if (this.header === null) {
        this.fileError = fileError(
          'CSV-INVALID-HEADER',
          `CSV header row is longer than ${this.options.maxRowChars} characters, most likely because a quote is never closed. Fix the header row and upload the file again.`,
          this.byte,
        );
        return null;
      }
      this.row++;
      return this.quoteErrorRow(base, 'row-too-large');
    }
    const lastBreak = this.pending.lastIndexOf(this.lineBreak);
    if (this.header === null || lastBreak < base) return null;
    let isMalformed = false;
    const { delimiter, newline, quote, escape } = this.options.dialect;
    const probe = new Papa.Parser({
      delimiter,
      newline,
      quoteChar: quote,
      escapeChar: escape,
      step: (result: PapaStepResult) => {
        isMalformed = result.errors.some((error) => error.code === 'InvalidQuotes');
        probe.abort();
      },
    });
    // Probe complete lines only: a closing quote before a half-arrived "\r\n" must not look malformed.
    probe.parse(this.pending.slice(base, lastBreak + 1), 0, false);
    if (!isMalformed) return null;
    this.row++;
    return this.quoteErrorRow(base, this.classifyQuoteProblem(base));
  }

  /** Looks at the row's first line alone: a stray closing quote there, or a quote left open. */
  private classifyQuoteProblem(start: number): RowErrorReason {
    const breakAt = this.pending.indexOf(this.lineBreak, start);
    const { delimiter, newline, quote, escape } = this.options.dialect;
    let lineEnd = breakAt === -1 ? this.pending.length : breakAt;
    if (newline === '\r\n' && lineEnd > start && this.pending.charCodeAt(lineEnd - 1) === 0x0d) lineEnd--;
    const firstLine = this.pending.slice(start, lineEnd);
    const parser = new Papa.Parser({ delimiter, newline, quoteChar: quote, escapeChar: escape });
    const result = parser.parse(firstLine, 0, false) as PapaStepResult;
    return result.errors.some((error) => error.code === 'InvalidQuotes')
      ? 'csv-malformed-quote'
      : 'csv-unbalanced-quote';
  }

  /** Moves the line and byte position over `[start, end)`. */
  private advance(start: number, end: number): void {
    this.line += this.countBreaksWithin(start, end);
    this.byte += this.options.counter.count(this.pending, start, end);
  }

  /** Line breaks in `[start, end)`, remembering the next one so each is searched for once. */
  private countBreaksWithin(start: number, end: number): number {
    if (this.nextBreak === -2 || (this.nextBreak !== -1 && this.nextBreak < start)) {
      this.nextBreak = this.pending.indexOf(this.lineBreak, start);
    }
    let count = 0;
    let at = this.nextBreak;
    while (at !== -1 && at < end) {
      count++;
      at = this.pending.indexOf(this.lineBreak, at + 1);
    }
    this.nextBreak = at;
    return count;
  }

  /** End of the row's text without its line terminator. */
  private rawEnd(start: number, end: number): number {
    const { newline } = this.options.dialect;
    if (end - start < newline.length || !this.pending.startsWith(newline, end - newline.length)) return end;
    const lineEnd = end - newline.length;
    // A stray CRLF line in an LF file: the "\r" belongs to the line break, not to the last value.
    return newline === '\n' && lineEnd > start && this.pending.charCodeAt(lineEnd - 1) === 0x0d
      ? lineEnd - 1
      : lineEnd;
  }

  /** Drops a "\r" the LF parser left on the last value of a CRLF-terminated line (not a quoted one). */
  private trimStrayCarriageReturn(fields: string[], start: number, end: number): void {
    const last = fields.length - 1;
    const value = fields[last];
    if (value === undefined || !value.endsWith('\r') || this.options.dialect.newline !== '\n') return;
    if (this.pending.charCodeAt(this.rawEnd(start, end)) === 0x0d) fields[last] = value.slice(0, -1);
  }
}

/** Sets a key; "__proto__" is defined as an own property so a header cannot change the prototype. */
function setKey(target: Record<string, unknown>, name: string, value: string): void {
  if (name === '__proto__') {
    Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
  } else target[name] = value;
}
