// Reading a stored page's rows one item at a time straight from its JSON text, for Profile: a flat
// row (see pages.ts) gives its row number, skip flag, file and cells without `JSON.parse` building
// the array and every cell's string; any other item is parsed on its own.
import type { StoredRow } from './pages';

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const LETTER_N = 110;
const MINUS = 45;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** Cells of a flat row by index: the text of a present cell, null when absent. */
export interface FlatCells {
  cell(c: number): unknown;
}

/**
 * A cursor over the items of a page's `rows` text. `next()` moves to the next item; when it is a flat
 * row whose head (r, l, f, s) holds numbers, null or strings and whose cells are strings or null
 * (what ingestion writes), `isFlat` is true and `r`, `f`, `isSkipped` and `cell(c)` read it;
 * otherwise `item()` parses it. `cell` gives exactly what `JSON.parse` gives for that cell.
 *
 * A cell read without an escape is a slice of the page text: V8 keeps a slice of 13 characters or
 * more as a view of the whole text, so a caller keeping cells long (the identity graph keeps new
 * identities' values) keeps the page's text alive with them. With `isCopied`, every cell is a
 * string of its own instead (parsed from its JSON text, which costs about as much as parsing the row).
 */
export class FlatRowScan implements FlatCells {
  private at: number;
  private readonly end: number;
  private itemStart = 0;
  private itemEnd = 0;
  /** Start (the opening quote, or -1 for null) and end (the closing quote) of each cell. */
  private starts = new Int32Array(16);
  private ends = new Int32Array(16);
  private hasEscape = new Uint8Array(16);
  /** The last backslash found (see `backslashFrom`). */
  private backslash = -1;
  /** Cells of the current flat row. */
  cells = 0;
  isFlat = false;
  /** The current flat row's data row number, file and whether Profile skips it (`s`). */
  r = 0;
  f = 0;
  isSkipped = false;

  constructor(
    private readonly text: string,
    private readonly isCopied = false,
  ) {
    const open = text.indexOf('[');
    if (open < 0) throw new Error('The page text holds no rows.');
    this.at = open + 1;
    this.end = text.lastIndexOf(']');
  }

  /** Moves to the next item; false when there is none. */
  next(): boolean {
    const { text } = this;
    let i = skipSpace(text, this.at);
    if (i >= this.end) return false;
    this.itemStart = i;
    this.isFlat = text.charCodeAt(i) === OPEN_ARRAY && this.readFlat(i + 1);
    if (!this.isFlat) this.itemEnd = skipValue(text, i);
    i = skipSpace(text, this.itemEnd);
    if (text.charCodeAt(i) !== COMMA && i !== this.end)
      throw new Error(`The page text has no comma after its item at ${this.itemStart}.`);
    this.at = i + 1;
    return true;
  }

  /** The current item parsed on its own. */
  item(): StoredRow | unknown[] {
    return JSON.parse(this.text.slice(this.itemStart, this.itemEnd)) as StoredRow | unknown[];
  }

  cell(c: number): string | null {
    if (!(c >= 0 && c < this.cells)) return null;
    const start = this.starts[c] as number;
    if (start < 0) return null;
    const stop = this.ends[c] as number;
    if (this.isCopied || this.hasEscape[c] === 1)
      return JSON.parse(this.text.slice(start, stop + 1)) as string;
    return this.text.slice(start + 1, stop);
  }

  /**
   * Reads a flat row from `from` (just after its `[`): true with its head and cells noted and
   * `itemEnd` after its `]`; false when an element is not what ingestion writes there.
   */
  private readFlat(from: number): boolean {
    const { text } = this;
    let i = from;
    let element = 0;
    let cells = 0;
    for (;;) {
      const c = text.charCodeAt(i);
      let start = -1;
      let stop = i;
      let isEscaped = false;
      let number = Number.NaN;
      if (c === QUOTE) {
        start = i;
        stop = closingQuote(text, i);
        if (stop < 0) return false;
        isEscaped = this.backslashFrom(start) < stop;
        i = stop + 1;
      } else if (c === LETTER_N) {
        if (!text.startsWith('null', i)) return false;
        i += 4;
      } else if (element < 4 && (c === MINUS || (c >= DIGIT_0 && c <= DIGIT_9))) {
        while (i < text.length && text.charCodeAt(i) !== COMMA && text.charCodeAt(i) !== CLOSE_ARRAY) i++;
        number = Number(text.slice(stop, i));
        if (Number.isNaN(number)) return false;
      } else return false;
      if (element === 0) {
        if (Number.isNaN(number)) return false;
        this.r = number;
      } else if (element === 1) {
        if (c === QUOTE) return false;
      } else if (element === 2) {
        if (Number.isNaN(number)) return false;
        this.f = number;
      } else if (element === 3) {
        // Truthy as `JSON.parse` would give it: a number other than 0, a string other than "".
        this.isSkipped = c === QUOTE ? stop > start + 1 : c !== LETTER_N && number !== 0;
      } else {
        if (cells >= this.starts.length) this.growCells();
        this.starts[cells] = start;
        this.ends[cells] = stop;
        this.hasEscape[cells] = isEscaped ? 1 : 0;
        cells++;
      }
      element++;
      const after = text.charCodeAt(i);
      if (after === CLOSE_ARRAY) break;
      if (after !== COMMA) return false;
      i++;
    }
    if (element < 4) return false;
    this.cells = cells;
    this.itemEnd = i + 1;
    return true;
  }

  /** The first backslash at or after `from` (the text's length when there is none), found once per stretch. */
  private backslashFrom(from: number): number {
    if (this.backslash < from) {
      const at = this.text.indexOf('\\', from);
      this.backslash = at < 0 ? this.text.length : at;
    }
    return this.backslash;
  }

  private growCells(): void {
    const n = this.starts.length * 2;
    const starts = new Int32Array(n);
    starts.set(this.starts);
    const ends = new Int32Array(n);
    ends.set(this.ends);
    const escapes = new Uint8Array(n);
    escapes.set(this.hasEscape);
    this.starts = starts;
    this.ends = ends;
    this.hasEscape = escapes;
  }
}

/** The first position from `from` that is not JSON whitespace (pages are written without; one with reads the same). */
function skipSpace(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return i;
    i++;
  }
}

/**
 * The position of the quote closing the string that opens at `open`, or -1 when it never closes: the
 * first quote after an even run of backslashes (found by indexOf, as most of a page's text is in strings).
 */
export function closingQuote(text: string, open: number): number {
  let i = open;
  for (;;) {
    const end = text.indexOf('"', i + 1);
    if (end < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
    if ((slashes & 1) === 0) return end;
    i = end;
  }
}

/** The position just after the JSON value that starts at `i` (strings skipped whole, nesting counted). */
function skipValue(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = closingQuote(text, i);
      if (i < 0) break;
      if (depth === 0) return i + 1;
    } else if (c === OPEN_ARRAY || c === OPEN_OBJECT) depth++;
    else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) {
      if (depth === 0) return i;
      if (--depth === 0) return i + 1;
    } else if (c === COMMA && depth === 0) return i;
  }
  throw new Error(`The page text ends inside the item that starts at ${from}.`);
}
