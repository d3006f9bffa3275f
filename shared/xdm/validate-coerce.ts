// Batch-mode type coercion (SPEC §3.6): converts values ajv rejected, copying only the containers that change.
import type { ErrorObject } from 'ajv';
import { toDate, toDateTime } from './datetime';
import { xdmTypeOf } from './fields';
import { parsePointer } from './names';
import { isJsonObject, type JsonObject, type XdmType } from './types';
import { foundTypeName, fromAjvError, makeError, type XdmValidationError } from './validate-errors';

/** A value batch ingestion converted; the raw value is kept so it can be shown beside the result. */
export interface Coercion {
  /** JSON pointer into the record (as a fragment: `#/person/birthYear`). */
  pointer: string;
  from: unknown;
  to: unknown;
  xdmType: XdmType;
}

const NUMERIC_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER_TYPES = new Set<XdmType>(['byte', 'short', 'int', 'long']);

/** The platform's (Java) name of an XDM type, for messages. */
export const XDM_TYPE_NAMES: Record<XdmType, string> = {
  string: 'String',
  enum: 'String',
  number: 'Double',
  long: 'Long',
  int: 'Integer',
  short: 'Short',
  byte: 'Byte',
  date: 'Date',
  'date-time': 'DateTime',
  boolean: 'Boolean',
  array: 'Array',
  object: 'Object',
  map: 'Map',
};

/**
 * Converts one inbound value to the type of `schema` by the batch coercion table, or returns
 * `undefined` when it cannot: numbers ↔ strings, numeric strings to integer types (integral values
 * only) and numbers, ISO 8601 strings and epoch-millisecond integers to date/date-time. Booleans,
 * arrays and objects are never converted.
 */
export function coerceValue(value: unknown, schema: JsonObject): unknown {
  const target = xdmTypeOf(schema);
  if (target === 'date') return toDate(value);
  if (target === 'date-time') return toDateTime(value);
  if (target === 'string' || target === 'enum') {
    return typeof value === 'number' && Number.isFinite(value) ? String(value) : undefined;
  }
  return typeof value === 'string' ? numberFromText(value, target) : undefined;
}

/**
 * The batch conversion of numeric text for a number or integer field (`"12"` → 12, `"12.0"` → 12 for
 * integers); undefined when the text is not a number of that type or the type is not numeric.
 */
export function numberFromText(value: string, target: XdmType): number | undefined {
  if (target !== 'number' && !INTEGER_TYPES.has(target)) return undefined;
  // Fast path (hot in ingestion and page decoding): up to 15 plain digits are a safe integer, summed
  // exactly here, the same number `Number` gives.
  const length = value.length;
  if (length > 0 && length <= 15) {
    let number = 0;
    let i = 0;
    for (; i < length; i++) {
      const digit = value.charCodeAt(i) - 48;
      if (digit < 0 || digit > 9) break;
      number = number * 10 + digit;
    }
    if (i === length) return number;
  }
  if (!NUMERIC_TEXT.test(value)) return undefined;
  const number = Number(value);
  return target === 'number' || Number.isSafeInteger(number) ? number : undefined;
}

/** Copies a record container by container as values are changed; the input is never mutated. */
export class CopyOnWrite {
  private clones: Map<object, Record<string, unknown> | unknown[]> | undefined;
  constructor(public root: unknown) {}

  /** Sets (or with `undefined`, deletes) the value at `segments`. */
  write(segments: readonly string[], value: unknown): void {
    if (segments.length === 0) {
      this.root = value;
      return;
    }
    let copy = this.cloneOf(this.root);
    if (!copy) return;
    this.root = copy;
    for (let i = 0; i < segments.length - 1; i++) {
      const segment = segments[i] as string;
      const child = this.cloneOf((copy as Record<string, unknown>)[segment]);
      if (!child) return;
      (copy as Record<string, unknown>)[segment] = child;
      copy = child;
    }
    const last = segments[segments.length - 1] as string;
    if (value === undefined && !Array.isArray(copy)) delete copy[last];
    else (copy as Record<string, unknown>)[last] = value;
  }

  private cloneOf(value: unknown): Record<string, unknown> | unknown[] | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    this.clones ??= new Map();
    const existing = this.clones.get(value);
    if (existing) return existing;
    const copy = Array.isArray(value) ? value.slice() : { ...(value as Record<string, unknown>) };
    this.clones.set(value, copy);
    this.clones.set(copy, copy);
    return copy;
  }
}

/**
 * Applies the coercion table to the values behind ajv's `type` (and date/date-time `format`)
 * errors, writing converted values through `writer`. Returns what was converted.
 */
export function coerceErrors(writer: CopyOnWrite, errors: readonly ErrorObject[]): Coercion[] {
  const coercions: Coercion[] = [];
  for (const error of errors) {
    // Batch schemas keep only the date and date-time formats, which are conversions here.
    if (error.keyword !== 'type' && error.keyword !== 'format') continue;
    const schema = error.parentSchema;
    if (!isJsonObject(schema)) continue;
    const converted = coerceValue(error.data, schema);
    if (converted === undefined || converted === error.data) continue;
    writer.write(parsePointer(error.instancePath), converted);
    coercions.push({
      pointer: '#' + error.instancePath,
      from: error.data,
      to: converted,
      xdmType: xdmTypeOf(schema),
    });
  }
  return coercions;
}

/**
 * Maps an ajv error of the final batch pass: a `type` error, or a date/date-time `format` error,
 * means the value could not be converted (the platform's TypeCompatibilityException).
 */
export function batchErrorFromAjv(error: ErrorObject): XdmValidationError {
  const schema = error.parentSchema;
  if (
    (error.keyword === 'type' || error.keyword === 'format') &&
    isJsonObject(schema) &&
    error.data !== null
  ) {
    const target = XDM_TYPE_NAMES[xdmTypeOf(schema)];
    const base = fromAjvError(error);
    const shown = typeof error.data === 'string' ? error.data : JSON.stringify(error.data);
    return makeError(
      'type-mismatch',
      'type',
      error.instancePath,
      base.schemaLocation.slice(1),
      `value [${shown.length > 200 ? shown.slice(0, 200) + '…' : shown}] of type ${foundTypeName(error.data)} cannot be converted to ${target}`,
    );
  }
  return fromAjvError(error);
}
