// Guesses a CSV file's line break, delimiter, quote and escape characters from a text sample.
import Papa from 'papaparse';

export type CsvNewline = '\n' | '\r\n' | '\r';

/** What the sniffer found; each field can be overridden by the caller. */
export interface CsvDialect {
  delimiter: string;
  quote: string;
  escape: string;
  newline: CsvNewline;
}

export const CSV_DELIMITER_CANDIDATES = [',', ';', '\t', '|'] as const;

/** The line break used outside quoted fields: the one most lines end with. */
export function sniffNewline(sample: string, quote = '"'): CsvNewline {
  const text = stripQuoted(sample.slice(0, 1024 * 1024), quote);
  const crIndex = text.indexOf('\r');
  if (crIndex === -1) return '\n';
  const lfIndex = text.indexOf('\n');
  if (lfIndex !== -1 && lfIndex < crIndex) return '\n';
  const crParts = text.split('\r');
  let followedByLf = 0;
  for (let i = 1; i < crParts.length; i++) if (crParts[i]?.startsWith('\n') === true) followedByLf++;
  return followedByLf >= (crParts.length - 1) / 2 ? '\r\n' : '\r';
}

function stripQuoted(text: string, quote: string): string {
  const q = escapeRegExp(quote);
  return text.replace(new RegExp(`${q}[^]*?${q}`, 'g'), '');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `"` unless the sample has none and single quotes wrap whole fields. */
export function sniffQuote(sample: string): string {
  if (sample.includes('"')) return '"';
  return /(^|[,;\t|])'[^'\r\n]*'(?=[,;\t|\r\n]|$)/m.test(sample) ? "'" : '"';
}

/** The quote itself (doubled quotes) unless backslash-escaped quotes appear and doubled ones do not. */
export function sniffEscape(sample: string, quote: string): string {
  const doubled = quote + quote;
  const backslashed = '\\' + quote;
  if (sample.includes(backslashed) && !sample.replaceAll(backslashed, '').includes(doubled)) return '\\';
  return quote;
}

/**
 * The candidate delimiter giving the most consistent field count over the first rows (papaparse's
 * own rule), falling back to comma for one-column files.
 */
export function sniffDelimiter(sample: string, newline: CsvNewline, quote: string, escape: string): string {
  let best: string | null = null;
  let bestDelta = Infinity;
  let bestAverage = 0;
  for (const delimiter of CSV_DELIMITER_CANDIDATES) {
    const parser = new Papa.Parser({ delimiter, newline, quoteChar: quote, escapeChar: escape, preview: 10 });
    const result = parser.parse(sample, 0, false) as { data: string[][] };
    const rows = result.data.filter((row) => !(row.length === 1 && row[0] === ''));
    if (rows.length === 0) continue;
    let delta = 0;
    let total = 0;
    let previous: number | null = null;
    for (const row of rows) {
      total += row.length;
      if (previous !== null) delta += Math.abs(row.length - previous);
      previous = row.length;
    }
    const average = total / rows.length;
    if (average > 1.99 && (delta < bestDelta || (delta === bestDelta && average > bestAverage))) {
      best = delimiter;
      bestDelta = delta;
      bestAverage = average;
    }
  }
  return best ?? ',';
}

/** Sniffs every part of the dialect not given in `overrides`. */
export function sniffCsvDialect(sample: string, overrides: Partial<CsvDialect> = {}): CsvDialect {
  const quote = overrides.quote ?? sniffQuote(sample);
  const escape = overrides.escape ?? sniffEscape(sample, quote);
  const newline = overrides.newline ?? sniffNewline(sample, quote);
  const delimiter =
    overrides.delimiter ?? sniffDelimiter(completeLines(sample, newline), newline, quote, escape);
  return { delimiter, quote, escape, newline };
}

/** Drops a trailing partial line so a sample cut mid-row does not skew the field counts. */
function completeLines(sample: string, newline: CsvNewline): string {
  const last = sample.lastIndexOf(newline);
  return last > 0 ? sample.slice(0, last) : sample;
}
