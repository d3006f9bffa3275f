// Sniffs a file's format, charset and CSV dialect from its first 64 KB so the UI can show and override them.
import { readExactly, type ByteSource } from './byte-source';
import { chooseCharset, createDecoder, type CharsetReason } from './charset';
import { sniffCsvDialect, type CsvDialect } from './csv-sniff';
import { isJsonObject } from './json-values';
import { SNIFF_BYTES, type Charset, type InputFormat } from './types';

/** What `detectFormat` found; every field is a suggestion the user may override. */
export interface DetectedFormat {
  /** null for an empty file. */
  format: InputFormat | null;
  isMultiLineJson: boolean;
  charset: Charset;
  charsetReason: CharsetReason;
  hasBom: boolean;
  /** The CSV dialect when the format is CSV. */
  csv: CsvDialect | null;
  isEmpty: boolean;
}

const PARQUET_MAGIC = 'PAR1';

function firstNonBlank(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return i;
  }
  return -1;
}

/** A "{" file is JSON Lines when its first line is a whole object; otherwise one pretty-printed object. */
function isFirstLineAnObject(text: string, start: number, isWholeFile: boolean): boolean {
  const end = text.indexOf('\n', start);
  if (end === -1 && !isWholeFile) return true; // a first line longer than the sample: assume JSON Lines
  try {
    return isJsonObject(JSON.parse(text.slice(start, end === -1 ? text.length : end)));
  } catch {
    return false;
  }
}

/**
 * Sniffs the format (Parquet magic "PAR1"; "[" multi-line JSON; "{" JSON Lines, or multi-line JSON when
 * the first object spans lines; anything else CSV), the charset (BOM, UTF-16 zero bytes, invalid
 * UTF-8 → windows-1252) and, for CSV, the delimiter, quote, escape and line break.
 */
export async function detectFormat(source: ByteSource): Promise<DetectedFormat> {
  const head = await readExactly(source, 0, Math.min(source.size, SNIFF_BYTES));
  const choice = chooseCharset(head);
  const base = {
    charset: choice.charset,
    charsetReason: choice.reason,
    hasBom: choice.bomLength > 0,
    isMultiLineJson: false,
    csv: null,
  };
  if (source.size === 0) return { ...base, format: null, isEmpty: true };
  if (head.byteLength >= 4 && String.fromCharCode(...head.subarray(0, 4)) === PARQUET_MAGIC) {
    return {
      ...base,
      charset: 'utf-8',
      charsetReason: 'default',
      hasBom: false,
      format: 'parquet',
      isEmpty: false,
    };
  }
  const text = createDecoder(choice.charset).decode(head.subarray(choice.bomLength), true);
  const start = firstNonBlank(text);
  const first = start === -1 ? '' : text.charAt(start);
  if (first === '[') return { ...base, format: 'json', isMultiLineJson: true, isEmpty: false };
  if (first === '{') {
    const isJsonLines = isFirstLineAnObject(text, start, head.byteLength >= source.size);
    return { ...base, format: 'json', isMultiLineJson: !isJsonLines, isEmpty: false };
  }
  return { ...base, format: 'csv', csv: sniffCsvDialect(text), isEmpty: false };
}
