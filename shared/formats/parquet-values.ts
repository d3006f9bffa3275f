// Normalises hyparquet values for ingestion: safe BigInts to numbers, timestamps and dates to ISO text.
import type { ParquetParsers } from 'hyparquet';

const MILLIS_PER_DAY = 86_400_000;

/** ISO 8601 for an epoch time given as whole milliseconds plus extra sub-millisecond digits. */
function isoFromMillis(millis: bigint, fraction: string): string | bigint {
  const date = new Date(Number(millis));
  if (Number.isNaN(date.getTime())) return millis;
  const iso = date.toISOString();
  return fraction === '' ? iso : `${iso.slice(0, -1)}${fraction}Z`;
}

function floorDiv(value: bigint, divisor: bigint): [bigint, bigint] {
  let quotient = value / divisor;
  let remainder = value % divisor;
  if (remainder < 0n) {
    quotient -= 1n;
    remainder += divisor;
  }
  return [quotient, remainder];
}

function subMillis(value: bigint, divisor: bigint, digits: number): string | bigint {
  const [millis, rest] = floorDiv(value, divisor);
  return isoFromMillis(millis, rest === 0n ? '' : rest.toString().padStart(digits, '0'));
}

/**
 * hyparquet parsers producing ISO strings: TIMESTAMP as `2024-05-01T10:00:00.000Z` (micro and nano
 * digits kept), DATE as `2024-05-01`. Values outside the JS date range stay as their epoch number.
 */
export const ISO_PARSERS: Partial<ParquetParsers> = {
  timestampFromMilliseconds: (millis: bigint) =>
    typeof millis === 'bigint' ? isoFromMillis(millis, '') : millis,
  timestampFromMicroseconds: (micros: bigint) =>
    typeof micros === 'bigint' ? subMillis(micros, 1000n, 3) : micros,
  timestampFromNanoseconds: (nanos: bigint) =>
    typeof nanos === 'bigint' ? subMillis(nanos, 1_000_000n, 6) : nanos,
  dateFromDays: (days: number) => {
    if (typeof days !== 'number') return days;
    const date = new Date(days * MILLIS_PER_DAY);
    return Number.isNaN(date.getTime()) ? days : date.toISOString().slice(0, 10);
  },
};

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.byteLength; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function isTypedArray(value: object): value is ArrayLike<unknown> {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

function isRecord(value: object): value is Record<string, unknown> {
  return !Array.isArray(value);
}

/** One value made plain: BigInt → number when safe (else decimal string), Date → ISO, bytes → base64. */
export function normalizeParquetValue(value: unknown): unknown {
  switch (typeof value) {
    case 'bigint':
      return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER)
        ? Number(value)
        : value.toString();
    case 'object':
      if (value === null) return null;
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
      if (value instanceof Uint8Array) return toBase64(value);
      if (Array.isArray(value)) return value.map(normalizeParquetValue);
      if (isTypedArray(value)) return Array.from(value, normalizeParquetValue);
      return isRecord(value) ? normalizeRecord(value, false) : value;
    default:
      return value;
  }
}

/**
 * A row made plain. At the top level a null means the column has no value for the row, so the key is
 * left out, the same as an empty CSV cell; nested nulls are kept.
 */
export function normalizeRecord(row: Record<string, unknown>, isTopLevel = true): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(row)) {
    const value = row[key];
    if (isTopLevel && (value === null || value === undefined)) continue;
    const plain =
      typeof value === 'object' || typeof value === 'bigint' ? normalizeParquetValue(value) : value;
    if (key === '__proto__') {
      Object.defineProperty(out, key, { value: plain, enumerable: true, writable: true, configurable: true });
    } else out[key] = plain;
  }
  return out;
}
