// Character sets: names, BOMs, sniffing, streaming decoders and char-to-byte counting.
import type { Charset } from './types';

/** How a charset was chosen, so the UI can say why and offer an override. */
export type CharsetReason = 'option' | 'bom' | 'utf16-zero-bytes' | 'invalid-utf8' | 'default';

export interface CharsetChoice {
  charset: Charset;
  /** Bytes of byte-order mark at the start of the file (0 when none). */
  bomLength: number;
  reason: CharsetReason;
}

/** A streaming decoder: `decode(bytes, true)` keeps a split multi-byte character for the next call. */
export interface StreamDecoder {
  decode(bytes: Uint8Array, isStreaming: boolean): string;
}

const CHARSET_ALIASES: Record<string, Charset> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  'utf-16be': 'utf-16be',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'iso-8859-1': 'iso-8859-1',
  iso88591: 'iso-8859-1',
  'iso_8859-1': 'iso-8859-1',
  latin1: 'iso-8859-1',
  'us-ascii': 'windows-1252',
  ascii: 'windows-1252',
};

/** Maps a user-given charset label (any case, common aliases) to a supported charset, or null. */
export function normalizeCharset(label: string): Charset | null {
  return CHARSET_ALIASES[label.trim().toLowerCase()] ?? null;
}

/** Recognises a byte-order mark at the start of `head`. */
export function detectBom(head: Uint8Array): { charset: Charset; length: number } | null {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (head[0] === 0xff && head[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (head[0] === 0xfe && head[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/**
 * Chooses the charset for a file from its first bytes: an explicit option wins (a BOM matching it is
 * skipped), then a BOM, then UTF-16 recognised by its zero bytes, then UTF-8 unless the sample is
 * invalid UTF-8, in which case windows-1252 (the usual culprit: Excel "CSV" exports).
 */
export function chooseCharset(head: Uint8Array, option?: string): CharsetChoice {
  const bom = detectBom(head);
  if (option !== undefined) {
    const charset = normalizeCharset(option);
    if (charset === null) throw new RangeError(`Unsupported charset "${option}".`);
    const bomLength = bom !== null && bom.charset === charset ? bom.length : 0;
    return { charset, bomLength, reason: 'option' };
  }
  if (bom !== null) return { charset: bom.charset, bomLength: bom.length, reason: 'bom' };
  const utf16 = sniffUtf16(head);
  if (utf16 !== null) return { charset: utf16, bomLength: 0, reason: 'utf16-zero-bytes' };
  if (!isValidUtf8Prefix(head)) return { charset: 'windows-1252', bomLength: 0, reason: 'invalid-utf8' };
  return { charset: 'utf-8', bomLength: 0, reason: 'default' };
}

/** UTF-16 text of mostly ASCII has a zero in every other byte; which side tells the byte order. */
function sniffUtf16(head: Uint8Array): Charset | null {
  const length = Math.min(head.byteLength, 4096) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (head[i] === 0) evenZeros++;
    if (head[i + 1] === 0) oddZeros++;
  }
  const pairs = length / 2;
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return null;
}

/** True when `bytes` is valid UTF-8, allowing a character cut off at the very end. */
export function isValidUtf8Prefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

// windows-1252 bytes 0x80–0x9F; Node's TextDecoder wrongly decodes these as C1 controls.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];
let windows1252Table: Uint16Array | null = null;

function getWindows1252Table(): Uint16Array {
  if (windows1252Table === null) {
    windows1252Table = new Uint16Array(256);
    for (let i = 0; i < 256; i++) windows1252Table[i] = i;
    WINDOWS_1252_HIGH.forEach((code, i) => {
      if (windows1252Table !== null) windows1252Table[0x80 + i] = code;
    });
  }
  return windows1252Table;
}

/** Single-byte decoding by table, identical in Node and Chromium. */
function singleByteDecoder(table: Uint16Array): StreamDecoder {
  const utf16 = new TextDecoder('utf-16le');
  return {
    decode(bytes) {
      const units = new Uint16Array(bytes.byteLength);
      for (let i = 0; i < bytes.byteLength; i++) units[i] = table[bytes[i] ?? 0] ?? 0;
      // Platform byte order is little-endian on every host the app runs on.
      return utf16.decode(units);
    },
  };
}

/**
 * Bytes at the end of `bytes` that begin a UTF-8 sequence the end cuts short (0–3): from the last
 * lead byte within four bytes of the end, when fewer bytes follow it than it announces.
 */
export function utf8CutShort(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(4, n); back++) {
    const byte = bytes[n - back] ?? 0;
    if (byte < 0x80) return 0;
    if (byte >= 0xc0) {
      const length = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
      return back < length ? back : 0;
    }
  }
  return 0;
}

/**
 * UTF-8 decoding chunk by chunk: each chunk is decoded whole up to its last complete character, the
 * bytes of a character it cuts short carried into the next. Same text as a streaming `TextDecoder`
 * (decoding resumes at a character boundary, so invalid bytes give the same U+FFFD), but Node's
 * streaming mode returns two-byte strings even for ASCII text, which doubled the memory of every line,
 * cell and stored page read from a file and the time to copy them; one-shot decoding gives one-byte
 * strings where the text allows.
 */
function utf8Decoder(): StreamDecoder {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  let carry: Uint8Array | undefined;
  return {
    decode(input, isStreaming) {
      let bytes = input;
      if (carry !== undefined) {
        bytes = new Uint8Array(carry.length + input.length);
        bytes.set(carry);
        bytes.set(input, carry.length);
        carry = undefined;
      }
      const cut = isStreaming ? utf8CutShort(bytes) : 0;
      if (cut > 0) {
        carry = bytes.slice(bytes.length - cut);
        bytes = bytes.subarray(0, bytes.length - cut);
      }
      return decoder.decode(bytes);
    },
  };
}

/** A streaming decoder for `charset`; the BOM must already be skipped by the caller. */
export function createDecoder(charset: Charset): StreamDecoder {
  if (charset === 'windows-1252' || charset === 'iso-8859-1') return singleByteDecoder(getWindows1252Table());
  if (charset === 'utf-8') return utf8Decoder();
  const decoder = new TextDecoder(charset, { ignoreBOM: true });
  return {
    decode(bytes, isStreaming) {
      return decoder.decode(bytes, { stream: isStreaming });
    },
  };
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Counts the bytes a decoded text span took in the file, for row byte offsets. */
export interface ByteCounter {
  /** Call once per new text buffer before counting spans of it. */
  prepare(text: string): void;
  /** Bytes of `text.slice(start, end)`; fastest when spans are asked for in increasing order. */
  count(text: string, start: number, end: number): number;
}

/**
 * Byte counting for a charset. UTF-8 offsets are exact for valid input; after invalid bytes (decoded
 * as U+FFFD) they are approximate.
 */
export function createByteCounter(charset: Charset): ByteCounter {
  if (charset === 'utf-16le' || charset === 'utf-16be') {
    return { prepare() {}, count: (_text, start, end) => (end - start) * 2 };
  }
  if (charset === 'windows-1252' || charset === 'iso-8859-1') {
    return { prepare() {}, count: (_text, start, end) => end - start };
  }
  return new Utf8ByteCounter();
}

/**
 * UTF-8 counting that only looks at runs of non-ASCII characters, found with a native regex search,
 * so mostly-ASCII text costs one search per run instead of a loop over every character.
 */
class Utf8ByteCounter implements ByteCounter {
  private readonly runs = /[\u0080-\uffff]+/g;
  private isAscii = true;
  private runStart = -1;
  private runEnd = -1;
  private lastEnd = 0;

  prepare(text: string): void {
    this.isAscii = !NON_ASCII.test(text);
    this.runStart = -1;
    this.runEnd = -1;
    this.lastEnd = 0;
  }

  count(text: string, start: number, end: number): number {
    if (this.isAscii) return end - start;
    // The run state describes text from the previous span's end on; look again when going back.
    if (start < this.lastEnd || this.runEnd <= start) this.findRun(text, start);
    this.lastEnd = end;
    let bytes = end - start;
    while (this.runStart < end) {
      bytes += utf8ExtraBytes(text, Math.max(this.runStart, start), Math.min(this.runEnd, end));
      if (this.runEnd > end) break;
      this.findRun(text, this.runEnd);
    }
    return bytes;
  }

  private findRun(text: string, from: number): void {
    this.runs.lastIndex = from;
    const match = this.runs.exec(text);
    this.runStart = match === null ? Infinity : match.index;
    this.runEnd = match === null ? Infinity : match.index + match[0].length;
  }
}

/** Bytes beyond one per UTF-16 unit for the non-ASCII units in `[start, end)`. */
function utf8ExtraBytes(text: string, start: number, end: number): number {
  let extra = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x800) extra += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        extra += 2; // four bytes for two units
        i++;
      } else extra += 2;
    } else extra += 2;
  }
  return extra;
}
