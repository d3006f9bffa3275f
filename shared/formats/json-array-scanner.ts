// Incremental scanner for multi-line JSON: finds top-level array elements across chunks, parses each.
import { assertNever } from '../util/assert';
import type { ByteCounter } from './charset';
import { describeJsonKind, isJsonObject, jsonErrorText } from './json-values';
import { describePlace, fileError, rowError, type PageCollector } from './pages';
import { MAX_JSON_DEPTH, RAW_TEXT_LIMIT, type FileError, type RowErrorReason } from './types';

type Phase = 'before' | 'value-or-end' | 'value' | 'comma-or-end' | 'after';

interface OpenElement {
  start: number;
  line: number;
  byte: number;
  isScalar: boolean;
  depth: number;
  isInString: boolean;
  isEscaped: boolean;
  isTooDeep: boolean;
  isMissingComma: boolean;
  /** Set once the element outgrew the row limit; its text is then dropped as it is scanned. */
  rawPrefix: string | null;
}

const QUOTE = 0x22;

/**
 * Scans a JSON document that is one top-level array, element by element, tracking string, escape and
 * depth state so boundaries are found without parsing the whole file; each element is then parsed on
 * its own with JSON.parse. A top-level object (not an array) is read as a single record: AEP's
 * multi-line JSON is "one JSON array", but a file holding one pretty-printed record is common and
 * unambiguous. Only the open element and the unscanned rest are kept in memory.
 */
export class JsonArrayScanner {
  fileError: FileError | null = null;
  private pending = '';
  private pos = 0;
  private phase: Phase = 'before';
  private isSingleObject = false;
  private element: OpenElement | null = null;
  private accounted = 0;
  private line = 1;
  private byte: number;
  private row = 0;
  private arrayOffset = 0;
  private nextBackslash = -2;

  constructor(
    private readonly file: string,
    private readonly counter: ByteCounter,
    private readonly collector: PageCollector,
    startByte: number,
    private readonly maxRowChars: number,
    private readonly isRawKept: boolean,
  ) {
    this.byte = startByte;
  }

  /** Scans the next decoded text; with `isLast`, checks that the document was complete. */
  feed(text: string, isLast: boolean, endByte: number): void {
    this.pending = this.pending.length === 0 ? text : this.pending + text;
    this.counter.prepare(this.pending);
    this.nextBackslash = -2;
    this.scan();
    if (this.fileError === null && isLast) this.finish(endByte);
    if (this.fileError !== null) return;
    this.trim();
  }

  private scan(): void {
    const text = this.pending;
    let i = this.pos;
    while (i < text.length && this.fileError === null) {
      if (this.element !== null) {
        i = this.continueElement(i);
        if (this.element !== null) break;
        continue;
      }
      const code = text.charCodeAt(i);
      if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) {
        i++;
        continue;
      }
      i = this.structural(code, i);
    }
    this.pos = Math.min(i, text.length);
  }

  /** Handles a non-blank character between elements; returns the next scan position. */
  private structural(code: number, i: number): number {
    switch (this.phase) {
      case 'before':
        if (code === 0x5b) {
          this.advanceTo(i);
          this.arrayOffset = this.byte;
          this.phase = 'value-or-end';
          return i + 1;
        }
        if (code === 0x7b) {
          this.isSingleObject = true;
          this.openElement(i, false);
          return i;
        }
        this.advanceTo(i);
        this.fileError = fileError(
          'JSON-NOT-ARRAY',
          `Multi-line JSON must be one array of objects ([{...}, {...}]), but byte ${this.byte} starts with "${this.pending.slice(i, i + 20)}". Check the file, or upload it as JSON Lines or CSV.`,
          this.byte,
        );
        return i;
      case 'value-or-end':
      case 'value':
        if (code === 0x5d) {
          this.phase = 'after';
          return i + 1;
        }
        if (code === 0x2c) {
          this.emptyElement(i);
          return i + 1;
        }
        this.openElement(i, false);
        return i;
      case 'comma-or-end':
        if (code === 0x2c) {
          this.phase = 'value';
          return i + 1;
        }
        if (code === 0x5d) {
          this.phase = 'after';
          return i + 1;
        }
        this.openElement(i, true);
        return i;
      case 'after':
        this.advanceTo(i);
        this.fileError = fileError(
          'JSON-TRAILING-DATA',
          `Unexpected content at byte ${this.byte} (line ${this.line}) after the end of the top-level ${this.isSingleObject ? 'object' : 'array'}. ${this.isSingleObject ? 'If the file has one object per line, upload it as JSON Lines (isMultiLineJson: false).' : 'Remove it or put it inside the array.'}`,
          this.byte,
        );
        return i;
      default:
        return assertNever(this.phase, 'scanner phase');
    }
  }

  private openElement(i: number, isMissingComma: boolean): void {
    this.advanceTo(i);
    const isScalar =
      this.pending.charCodeAt(i) !== 0x7b &&
      this.pending.charCodeAt(i) !== 0x5b &&
      this.pending.charCodeAt(i) !== QUOTE;
    this.element = {
      start: i,
      line: this.line,
      byte: this.byte,
      isScalar,
      depth: 0,
      isInString: false,
      isEscaped: false,
      isTooDeep: false,
      isMissingComma,
      rawPrefix: null,
    };
  }

  /** Scans inside the open element from `i`; closes it when its end is found. */
  private continueElement(i: number): number {
    const element = this.element;
    if (element === null) return i;
    const text = this.pending;
    const length = text.length;
    if (element.isScalar) {
      // A scalar takes at least its first character, so a stray "}" cannot stall the scan.
      if (i === element.start) i++;
      while (i < length) {
        const code = text.charCodeAt(i);
        if (
          code === 0x2c ||
          code === 0x5d ||
          code === 0x7d ||
          code === 0x20 ||
          code === 0x0a ||
          code === 0x0d ||
          code === 0x09
        ) {
          this.closeElement(i);
          return i;
        }
        i++;
      }
      return this.checkElementSize(i);
    }
    while (i < length) {
      if (element.isInString) {
        if (element.isEscaped) {
          element.isEscaped = false;
          i++;
          continue;
        }
        const quoteAt = text.indexOf('"', i);
        const backslashAt = this.findBackslash(i);
        if (backslashAt !== -1 && (quoteAt === -1 || backslashAt < quoteAt)) {
          element.isEscaped = true;
          i = backslashAt + 1;
          continue;
        }
        if (quoteAt === -1) {
          i = length;
          break;
        }
        element.isInString = false;
        i = quoteAt + 1;
        if (element.depth === 0) {
          this.closeElement(i);
          return i;
        }
        continue;
      }
      const code = text.charCodeAt(i);
      if (code === QUOTE) element.isInString = true;
      else if (code === 0x7b || code === 0x5b) {
        if (++element.depth > MAX_JSON_DEPTH) element.isTooDeep = true;
      } else if (code === 0x7d || code === 0x5d) {
        if (--element.depth === 0) {
          this.closeElement(i + 1);
          return i + 1;
        }
      }
      i++;
    }
    return this.checkElementSize(i);
  }

  private findBackslash(from: number): number {
    if (this.nextBackslash === -2 || (this.nextBackslash !== -1 && this.nextBackslash < from)) {
      this.nextBackslash = this.pending.indexOf('\\', from);
    }
    return this.nextBackslash;
  }

  /** Past the row limit, keep the first characters for the error and stop buffering the element. */
  private checkElementSize(i: number): number {
    const element = this.element;
    if (element !== null && element.rawPrefix === null && i - element.start > this.maxRowChars) {
      element.rawPrefix = this.pending.slice(element.start, element.start + RAW_TEXT_LIMIT);
    }
    return i;
  }

  private closeElement(end: number): void {
    const element = this.element;
    if (element === null) return;
    this.element = null;
    this.phase = this.isSingleObject ? 'after' : 'comma-or-end';
    this.row++;
    if (element.rawPrefix !== null) {
      this.fail(
        element,
        'row-too-large',
        `is longer than ${this.maxRowChars} characters. Split it into smaller records and resend`,
        element.rawPrefix,
      );
      return;
    }
    const raw = this.pending.slice(element.start, end);
    if (element.isTooDeep) {
      this.fail(
        element,
        'json-too-deep',
        `nests objects or arrays deeper than ${MAX_JSON_DEPTH} levels. Flatten the record and resend`,
        raw,
      );
      return;
    }
    if (element.isMissingComma) {
      this.fail(
        element,
        'json-syntax',
        'is not separated from the previous element by a comma. Add the comma and resend',
        raw,
      );
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      this.fail(
        element,
        'json-syntax',
        `is not valid JSON (${jsonErrorText(error)}). Fix the element and resend`,
        raw,
      );
      return;
    }
    if (!isJsonObject(value)) {
      this.fail(
        element,
        'json-not-object',
        `is ${describeJsonKind(value)}, not an object. The array must hold only objects ({...}); remove or wrap the element`,
        raw,
      );
      return;
    }
    const { file, row } = this;
    if (this.isRawKept)
      this.collector.push({ file, row, line: element.line, offset: element.byte, value, raw });
    else this.collector.push({ file, row, line: element.line, offset: element.byte, value });
  }

  private emptyElement(i: number): void {
    this.advanceTo(i);
    this.row++;
    const place = { line: this.line, byte: this.byte };
    this.fail(
      place,
      'json-syntax',
      'is empty: two commas follow each other. Remove the extra comma and resend',
      ',',
    );
  }

  private fail(
    place: { line: number; byte: number },
    reason: RowErrorReason,
    detail: string,
    raw: string,
  ): void {
    const message = `${describePlace(this.row, place.line, place.byte)} ${detail}.`;
    this.collector.push({
      file: this.file,
      row: this.row,
      line: place.line,
      offset: place.byte,
      error: rowError(reason, message, raw),
    });
  }

  /** At end of file the document must have been closed. */
  private finish(endByte: number): void {
    const element = this.element;
    if (this.phase === 'before' && element === null) {
      this.fileError = fileError(
        'JSON-NOT-ARRAY',
        'The file holds no JSON value. Multi-line JSON must be one array of objects.',
        endByte,
      );
      return;
    }
    if (this.phase === 'after') return;
    const where =
      element !== null
        ? `inside the element that starts at byte ${element.byte} (line ${element.line})`
        : `before the top-level array opened at byte ${this.arrayOffset} is closed with "]"`;
    this.fileError = fileError(
      'JSON-TRUNCATED',
      `The JSON ends at byte ${endByte} ${where}; the file looks truncated. Upload the complete file.`,
      element !== null ? element.byte : endByte,
    );
  }

  /** Moves the line and byte count up to `index` of the pending text. */
  private advanceTo(index: number): void {
    if (index <= this.accounted) return;
    let at = this.pending.indexOf('\n', this.accounted);
    while (at !== -1 && at < index) {
      this.line++;
      at = this.pending.indexOf('\n', at + 1);
    }
    this.byte += this.counter.count(this.pending, this.accounted, index);
    this.accounted = index;
  }

  /** Drops text that is no longer needed: everything before the open element, or all scanned text. */
  private trim(): void {
    const element = this.element;
    const keepFrom = element !== null && element.rawPrefix === null ? element.start : this.pos;
    if (keepFrom === 0) return;
    this.advanceTo(keepFrom);
    this.pending = this.pending.slice(keepFrom);
    this.pos -= keepFrom;
    this.accounted -= keepFrom;
    if (element !== null) element.start -= keepFrom;
  }
}
