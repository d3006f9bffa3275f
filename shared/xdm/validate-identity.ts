// Identity and ExperienceEvent checks on a record: required identity fields, SPEC §5.4 value rules, event rules.
import { dateTimeToEpochMs } from './datetime';
import { parsePointer } from './names';
import { isJsonObject, type JsonObject } from './types';
import { schemaLocationFor } from './validate-checks';
import { childPointer, makeError, type XdmValidationError } from './validate-errors';

/** A field marked as identity on the schema (descriptor), by dotted path or `/a/b` pointer. */
export interface IdentityFieldSpec {
  path: string;
  /** Namespace code, e.g. `Email`, `ECID`, `CRMID`. */
  namespace: string;
  isPrimary?: boolean;
}

/** Identity rules of one schema, fixed when its validator is created. */
export interface IdentityRules {
  fields: readonly IdentityFieldSpec[];
  /** With no primary descriptor: require an identityMap item flagged `primary` (or a single identity). */
  isPrimaryIdentityRequired: boolean;
  maxIdentities: number;
  maxIdentityLength: number;
}

const BLOCKED_IDENTITY_VALUES = new Set(['null', 'anonymous', 'invalid']);
const BLOCKED_MAX_LENGTH = Math.max(...[...BLOCKED_IDENTITY_VALUES].map((word) => word.length));
/** First letters of the blocked words, lower case (all ASCII letters, so `code | 0x20` lowers a code). */
const BLOCKED_FIRST_LOWER = new Set([...BLOCKED_IDENTITY_VALUES].map((word) => word.charCodeAt(0)));
const NO_SKIP: ReadonlySet<string> = new Set();

/** Splits an identity path (`a.b` or `/a/b`) into segments. */
export function identitySegments(path: string): string[] {
  return path.startsWith('/') ? parsePointer(path) : path.split('.').filter((segment) => segment !== '');
}

/** Identity rules with each field's path split once. */
export interface CompiledIdentityRules extends IdentityRules {
  segments: readonly (readonly string[])[];
  hasPrimaryField: boolean;
}

/** Splits the identity paths once, for `identityErrors`. */
export function compileIdentityRules(rules: IdentityRules): CompiledIdentityRules {
  return {
    ...rules,
    segments: rules.fields.map((field) => identitySegments(field.path)),
    hasPrimaryField: rules.fields.some((field) => field.isPrimary),
  };
}

function pointerOf(segments: readonly string[], count: number): string {
  let pointer = '';
  for (let i = 0; i < count; i++) pointer = childPointer(pointer, segments[i] as string);
  return pointer;
}

/**
 * Identity checks: identity fields (and their parents) present, a primary identity present,
 * identity values valid for their namespace (SPEC §5.4), at most `maxIdentities` identities.
 * Pointers in `skip` (already reported as null/empty) are not reported again.
 */
export function identityErrors(
  record: unknown,
  schema: JsonObject,
  rules: CompiledIdentityRules,
  skip: ReadonlySet<string> = NO_SKIP,
): XdmValidationError[] {
  const errors: XdmValidationError[] = [];
  let count = 0;
  let hasPrimary = false;
  for (let index = 0; index < rules.fields.length; index++) {
    const field = rules.fields[index] as IdentityFieldSpec;
    const segments = rules.segments[index] as readonly string[];
    let node: unknown = record;
    let missingAt = -1;
    for (let depth = 0; depth < segments.length; depth++) {
      const next = isJsonObject(node) ? node[segments[depth] as string] : undefined;
      if (next === undefined) {
        missingAt = depth;
        break;
      }
      node = next;
    }
    if (missingAt >= 0) {
      const pointer = pointerOf(segments, missingAt);
      const code = field.isPrimary ? 'primary-identity-missing' : 'identity-field-missing';
      const what = field.isPrimary ? 'primary identity' : 'identity';
      const message = `required key [${segments[missingAt] ?? ''}] not found (${what} field ${field.path})`;
      errors.push(makeError(code, 'required', pointer, schemaLocationFor(schema, pointer), message));
      continue;
    }
    if (typeof node !== 'string') continue;
    if (skip.size > 0 && skip.has(pointerOf(segments, segments.length))) continue;
    count++;
    if (field.isPrimary) hasPrimary = true;
    if (!isValidIdentityValue(node, field.namespace, rules)) {
      errors.push(
        identityValueError(node, field.namespace, pointerOf(segments, segments.length), schema, rules),
      );
    }
  }
  const identityMap = isJsonObject(record) ? record['identityMap'] : undefined;
  if (isJsonObject(identityMap)) {
    for (const namespace in identityMap) {
      const items = identityMap[namespace];
      if (!Array.isArray(items)) continue;
      for (let position = 0; position < items.length; position++) {
        const item: unknown = items[position];
        count++;
        const id = isJsonObject(item) ? item['id'] : undefined;
        if (isJsonObject(item) && item['primary'] === true) hasPrimary = true;
        if (typeof id === 'string' && isValidIdentityValue(id, namespace, rules)) continue;
        const itemPointer = childPointer(childPointer('/identityMap', namespace), position);
        const idPointer = childPointer(itemPointer, 'id');
        if (skip.has(idPointer)) continue;
        errors.push(
          typeof id === 'string'
            ? identityValueError(id, namespace, idPointer, schema, rules)
            : makeError(
                'identity-value-blocked',
                'identity',
                itemPointer,
                schemaLocationFor(schema, itemPointer),
                `identity in namespace ${namespace} has no id`,
              ),
        );
      }
    }
  }
  if (rules.isPrimaryIdentityRequired && !rules.hasPrimaryField && !hasPrimary && count !== 1) {
    errors.push(
      makeError(
        'primary-identity-missing',
        'required',
        '',
        '',
        'the record has no primary identity (no identityMap item has primary: true)',
      ),
    );
  }
  if (count > rules.maxIdentities) {
    errors.push(
      makeError(
        'identity-count-exceeded',
        'maxIdentities',
        '',
        '',
        `the record has ${count} identities; at most ${rules.maxIdentities} are accepted`,
      ),
    );
  }
  return errors;
}

/** The ECID namespace code, in any letter case. */
function isEcid(namespace: string): boolean {
  return namespace === 'ECID' || (namespace.length === 4 && namespace.toUpperCase() === 'ECID');
}

/** SPEC §5.4: ECID is exactly 38 digits; other values are ≤ 1024 characters and not blank/null/anonymous/invalid. */
export function isValidIdentityValue(
  value: string,
  namespace: string,
  rules: Pick<IdentityRules, 'maxIdentityLength'>,
): boolean {
  if (isEcid(namespace)) return isEcidValue(value);
  const length = value.length;
  if (length > rules.maxIdentityLength || length === 0) return false;
  // Fast path (validation is hot): starting and ending with a printable ASCII character that is not a
  // space, so not blank.
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(length - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127) {
    // Nothing to trim, so blocked only when it is a blocked word in some letter case: no longer than
    // the longest, starting with the (ASCII) first letter of one.
    if (length > BLOCKED_MAX_LENGTH || !BLOCKED_FIRST_LOWER.has(first | 0x20)) return true;
  }
  const trimmed = value.trim();
  return trimmed !== '' && !BLOCKED_IDENTITY_VALUES.has(trimmed.toLowerCase());
}

function isEcidValue(value: string): boolean {
  if (value.length !== 38) return false;
  for (let i = 0; i < 38; i++) {
    const code = value.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

function identityValueError(
  value: string,
  namespace: string,
  pointer: string,
  schema: JsonObject,
  rules: IdentityRules,
): XdmValidationError {
  const location = schemaLocationFor(schema, pointer);
  if (isEcid(namespace)) {
    return makeError(
      'identity-ecid-invalid',
      'identity',
      pointer,
      location,
      `ECID [${clip(value)}] must be exactly 38 digits`,
    );
  }
  if (value.length > rules.maxIdentityLength) {
    return makeError(
      'identity-value-too-long',
      'identity',
      pointer,
      location,
      `${namespace} identity is ${value.length} characters; at most ${rules.maxIdentityLength} are accepted`,
    );
  }
  return makeError(
    'identity-value-blocked',
    'identity',
    pointer,
    location,
    `${namespace} identity value [${clip(value)}] is blocked (blank, "null", "anonymous" or "invalid")`,
  );
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}

/** ExperienceEvent rules: `_id` and `timestamp` present, the timestamp not after `now`. */
export function eventErrors(record: unknown, now: number): XdmValidationError[] {
  if (!isJsonObject(record)) return [];
  const errors: XdmValidationError[] = [];
  if (record['_id'] === undefined) {
    errors.push(
      makeError(
        'event-id-missing',
        'required',
        '',
        '',
        'required key [_id] not found (every ExperienceEvent needs a unique _id)',
      ),
    );
  }
  const timestamp = record['timestamp'];
  if (timestamp === undefined) {
    errors.push(
      makeError(
        'event-timestamp-missing',
        'required',
        '',
        '',
        'required key [timestamp] not found (every ExperienceEvent needs a timestamp)',
      ),
    );
  } else if (typeof timestamp === 'string') {
    const ms = dateTimeToEpochMs(timestamp);
    if (ms > now) {
      errors.push(
        makeError(
          'event-timestamp-in-future',
          'timestamp',
          '/timestamp',
          '/properties/timestamp',
          `timestamp [${timestamp}] is in the future; an ExperienceEvent timestamp must be in the past`,
        ),
      );
    }
  }
  return errors;
}
