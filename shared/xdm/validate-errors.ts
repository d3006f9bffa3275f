// Validation error codes and the platform's error shape, built from ajv errors and our own checks.
import type { ErrorObject } from 'ajv';
import { DATE_TIME_SHAPES } from './datetime';
import { formatPointer } from './names';

/** Every problem the XDM validator reports. */
export type XdmErrorCode =
  /** Wrong JSON type (streaming), or a value batch ingestion cannot convert. */
  | 'type-mismatch'
  | 'required-missing'
  /** A key the schema does not define (streaming; batch drops such keys instead). */
  | 'extraneous-key'
  | 'enum-mismatch'
  | 'const-mismatch'
  | 'out-of-range'
  | 'length-out-of-range'
  | 'pattern-mismatch'
  | 'format-invalid'
  | 'not-unique'
  | 'schema-violation'
  | 'null-value'
  | 'empty-value'
  | 'identity-field-missing'
  | 'primary-identity-missing'
  | 'event-id-missing'
  | 'event-timestamp-missing'
  | 'event-timestamp-in-future'
  /** Identity value rules (SPEC §5.4): the platform skips such records rather than failing them. */
  | 'identity-ecid-invalid'
  | 'identity-value-too-long'
  | 'identity-value-blocked'
  | 'identity-count-exceeded'
  | 'record-too-large'
  | 'record-too-deep';

/** Codes for which ingestion skips the record ("record skipped by identity") instead of failing it. */
export const IDENTITY_SKIP_CODES: ReadonlySet<XdmErrorCode> = new Set<XdmErrorCode>([
  'identity-ecid-invalid',
  'identity-value-too-long',
  'identity-value-blocked',
  'identity-count-exceeded',
]);

/** Codes of the size and depth guardrails (the record is dropped before schema validation). */
export const GUARDRAIL_CODES: ReadonlySet<XdmErrorCode> = new Set<XdmErrorCode>([
  'record-too-large',
  'record-too-deep',
]);

/** One violation, in the platform's `_validationErrors` / `_streamingValidation` shape plus a code. */
export interface XdmValidationError {
  code: XdmErrorCode;
  keyword: string;
  /** JSON pointer into the record, as a URI fragment: `#/person/name`. */
  pointerToViolation: string;
  /** JSON pointer into the resolved schema: `#/properties/person/properties/name`. */
  schemaLocation: string;
  message: string;
  causingExceptions: XdmValidationError[];
}

/** True when ingestion treats this error as "record skipped by identity". */
export function isIdentitySkip(error: XdmValidationError): boolean {
  return IDENTITY_SKIP_CODES.has(error.code);
}

/** Builds an error; `pointer` and `schemaLocation` are fragments without the leading `#`. */
export function makeError(
  code: XdmErrorCode,
  keyword: string,
  pointer: string,
  schemaLocation: string,
  message: string,
): XdmValidationError {
  return {
    code,
    keyword,
    pointerToViolation: '#' + pointer,
    schemaLocation: '#' + schemaLocation,
    message,
    causingExceptions: [],
  };
}

/** The Java-style type name the platform's validator prints for a JSON value. */
export function foundTypeName(value: unknown): string {
  if (value === null) return 'Null';
  if (Array.isArray(value)) return 'JSONArray';
  switch (typeof value) {
    case 'string':
      return 'String';
    case 'boolean':
      return 'Boolean';
    case 'number':
      if (!Number.isInteger(value)) return 'Double';
      return Math.abs(value) <= 2147483647 ? 'Integer' : 'Long';
    case 'object':
      return 'JSONObject';
    default:
      return typeof value;
  }
}

const EXPECTED_TYPE_NAMES: Record<string, string> = {
  string: 'String',
  integer: 'Integer',
  number: 'Number',
  boolean: 'Boolean',
  object: 'JSONObject',
  array: 'JSONArray',
  null: 'Null',
};

/** The platform's name for a schema type (`integer` → `Integer`). */
export function expectedTypeName(type: unknown): string {
  if (Array.isArray(type)) return type.map(expectedTypeName).join(' or ');
  return typeof type === 'string' ? (EXPECTED_TYPE_NAMES[type] ?? type) : String(type);
}

function show(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** Drops the failing keyword from an ajv schema path: `#/properties/a/type` → `/properties/a`. */
function schemaLocationOf(error: ErrorObject): string {
  const path = error.schemaPath.startsWith('#') ? error.schemaPath.slice(1) : error.schemaPath;
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '' : path.slice(0, cut);
}

/** Converts one ajv error (compiled with `verbose: true`) to the platform's shape and wording. */
export function fromAjvError(error: ErrorObject): XdmValidationError {
  const pointer = error.instancePath;
  const location = schemaLocationOf(error);
  const params = error.params as Record<string, unknown>;
  const data: unknown = error.data;
  switch (error.keyword) {
    case 'type':
      return makeError(
        data === null ? 'null-value' : 'type-mismatch',
        'type',
        pointer,
        location,
        `expected type: ${expectedTypeName(params['type'])}, found: ${foundTypeName(data)}`,
      );
    case 'required':
      return makeError(
        'required-missing',
        'required',
        pointer,
        location,
        `required key [${String(params['missingProperty'])}] not found`,
      );
    case 'additionalProperties':
      return makeError(
        'extraneous-key',
        'additionalProperties',
        pointer,
        location,
        `extraneous key [${String(params['additionalProperty'])}] is not permitted`,
      );
    case 'enum':
      return makeError('enum-mismatch', 'enum', pointer, location, `${show(data)} is not a valid enum value`);
    case 'const':
      return makeError(
        'const-mismatch',
        'const',
        pointer,
        location,
        `${show(data)} does not match the constant ${show(params['allowedValue'])}`,
      );
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return makeError(
        'out-of-range',
        error.keyword,
        pointer,
        location,
        rangeMessage(error.keyword, data, params['limit']),
      );
    case 'minLength':
    case 'maxLength':
      return makeError(
        'length-out-of-range',
        error.keyword,
        pointer,
        location,
        `expected ${error.keyword}: ${String(params['limit'])}, actual: ${typeof data === 'string' ? data.length : '?'}`,
      );
    case 'minItems':
    case 'maxItems':
      return makeError(
        'length-out-of-range',
        error.keyword,
        pointer,
        location,
        `expected ${error.keyword === 'minItems' ? 'minimum' : 'maximum'} item count: ${String(params['limit'])}, found: ${Array.isArray(data) ? data.length : '?'}`,
      );
    case 'minProperties':
    case 'maxProperties':
      return makeError(
        'length-out-of-range',
        error.keyword,
        pointer,
        location,
        `${error.keyword === 'minProperties' ? 'minimum' : 'maximum'} size: [${String(params['limit'])}], found: [${data !== null && typeof data === 'object' ? Object.keys(data).length : '?'}]`,
      );
    case 'pattern':
      return makeError(
        'pattern-mismatch',
        'pattern',
        pointer,
        location,
        `string [${show(data)}] does not match pattern ${String(params['pattern'])}`,
      );
    case 'format':
      return makeError(
        'format-invalid',
        'format',
        pointer,
        location,
        formatMessage(data, String(params['format'])),
      );
    case 'uniqueItems':
      return makeError('not-unique', 'uniqueItems', pointer, location, 'array items are not unique');
    default:
      return makeError(
        'schema-violation',
        error.keyword,
        pointer,
        location,
        `${pointer || '#'}: ${error.message ?? 'is invalid'}`,
      );
  }
}

function rangeMessage(keyword: string, value: unknown, limit: unknown): string {
  const relation =
    keyword === 'minimum'
      ? 'greater or equal to'
      : keyword === 'maximum'
        ? 'less or equal to'
        : keyword === 'exclusiveMinimum'
          ? 'greater than'
          : 'less than';
  return `${show(value)} is not ${relation} ${String(limit)}`;
}

/** The platform's format message, e.g. `[2018-00-23T22:07:01Z] is not a valid date-time. Expected [...]`. */
export function formatMessage(value: unknown, format: string): string {
  const base = `[${show(value)}] is not a valid ${format}.`;
  if (format === 'date-time') return `${base} Expected ${DATE_TIME_SHAPES}`;
  if (format === 'date') return `${base} Expected [yyyy-MM-dd]`;
  return base;
}

/** One escaped JSON-pointer segment with its leading slash: `a/b` → `/a~1b`. */
export function formatPointerSegment(key: string): string {
  return key.includes('~') || key.includes('/') ? formatPointer([key]) : '/' + key;
}

/** Appends a key to a JSON pointer (without `#`), escaping `~` and `/`. */
export function childPointer(pointer: string, key: string | number): string {
  if (typeof key === 'number') return pointer + '/' + key;
  return pointer + (key.includes('~') || key.includes('/') ? formatPointer([key]) : '/' + key);
}

/**
 * Wraps errors the way the streaming endpoint reports them: one error as is; several under a
 * `"N schema violations found"` parent (SPEC §4.3).
 */
export function toStreamingReport(
  errors: readonly XdmValidationError[],
  totalCount = errors.length,
): {
  _streamingValidation: XdmValidationError[];
} {
  if (errors.length === 1 && totalCount === 1) return { _streamingValidation: [...errors] };
  return {
    _streamingValidation: [
      {
        code: errors[0]?.code ?? 'schema-violation',
        keyword: '',
        schemaLocation: '#',
        pointerToViolation: '#',
        causingExceptions: [...errors],
        message: `${totalCount} schema violations found`,
      },
    ],
  };
}
