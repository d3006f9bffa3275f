// Exact JSON round-trip for IndexedDB values: bytes and dates are tagged, everything else is JSON.
import { isBytes } from '../../util/assert';
import { base64ToBytes, bytesToBase64 } from '../../util/base64';

const BYTES = '$ps:bytes';
const DATE = '$ps:date';

/** JSON.stringify replacer that tags Uint8Array and Date values. */
export function encodeValue(value: unknown): string {
  return JSON.stringify(value, function replacer(this: unknown, key: string, v: unknown) {
    const raw = (this as Record<string, unknown>)[key];
    if (isBytes(raw)) return { [BYTES]: bytesToBase64(raw) };
    if (raw instanceof Date) return { [DATE]: raw.toISOString() };
    if (raw instanceof ArrayBuffer) return { [BYTES]: bytesToBase64(new Uint8Array(raw)) };
    if (typeof v === 'number' && !Number.isFinite(v)) {
      throw new Error(`value at "${key}" is ${String(v)}, which a snapshot cannot hold`);
    }
    return v;
  });
}

/** Parses what encodeValue wrote, restoring tagged values. */
export function decodeValue(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => {
    if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const record = v as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.length === 1) {
        if (typeof record[BYTES] === 'string') return base64ToBytes(record[BYTES]);
        if (typeof record[DATE] === 'string') return new Date(record[DATE]);
      }
    }
    return v;
  });
}
