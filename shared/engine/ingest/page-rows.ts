// Reading one row out of a stored page's text without parsing the rest (see `PageRows`).
import { closingQuote } from './flat-scan';
import { decodeItem, rowsText, type FileSteps, type StoredPage, type StoredRow } from './pages';

/**
 * One stored page's rows kept as their text, read a row at a time: `row(i)` parses only item `i`
 * (its bounds found by one scan of the text, on the first read) and decodes it as `decodeRowsPage`
 * would. Profile keeps record fragments this way: a page's text is one string, where its rows parsed
 * are a dozen objects each for the garbage collector to trace.
 */
export class PageRows {
  private readonly rows: string;
  private readonly plans: StoredPage['plans'];
  /** Where each item starts, then the position after the closing bracket: item i ends one before i + 1's start. */
  private bounds: Int32Array | undefined;
  private readonly steps = new Map<number, FileSteps>();

  constructor(page: StoredPage) {
    this.rows = rowsText(page);
    this.plans = page.plans;
  }

  /** Row `i` of the page (0-based), decoded afresh on every call. */
  row(i: number): StoredRow {
    const bounds = (this.bounds ??= itemBounds(this.rows));
    if (!(i >= 0 && i < bounds.length - 1)) throw new RangeError(`The page has no row ${i}.`);
    const text = this.rows.slice(bounds[i], (bounds[i + 1] as number) - 1);
    return decodeItem(JSON.parse(text) as StoredRow | unknown[], this.plans, this.steps);
  }
}

/**
 * The start of each item of a JSON array's text, then the position after its closing bracket (so item
 * `i` is the text from `bounds[i]` to one before `bounds[i + 1]`, a comma or the bracket): a scan that skips strings and counts nesting, so an item holding commas or
 * brackets, in values or in text, stays whole. An empty array has no item.
 */
export function itemBounds(text: string): Int32Array {
  const starts: number[] = [];
  let depth = 0;
  let isEmpty = true;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      // A string: on to its closing quote (to the end when it has none).
      const end = closingQuote(text, i);
      i = end < 0 ? n : end;
      isEmpty = false;
    } else if (c === 91 || c === 123) {
      if (depth === 0) starts.push(i + 1);
      else isEmpty = false;
      depth++;
    } else if (c === 93 || c === 125) {
      depth--;
      if (depth === 0) {
        if (isEmpty) starts.pop();
        starts.push(i + 1);
        break;
      }
    } else if (c === 44 && depth === 1) starts.push(i + 1);
    else if (c > 32) isEmpty = false;
  }
  if (depth !== 0) throw new Error('The page text ends inside its rows.');
  return Int32Array.from(starts);
}
