// A column-wise batch check for records built by a flat (CSV) mapping: proves, from the cells alone,
// that the record scan finds nothing (no guardrail, unknown key, null or empty string) and that the
// batch-mode schema check passes, so only the identity and event rules remain to run. It answers
// "proven clean" or "cannot tell"; for the latter the caller runs the full batch validation.
import { isIsoDate, isIsoDateTime } from './datetime';
import { isJsonObject, type JsonObject, type XdmType } from './types';
import { numberFromText } from './validate-coerce';
import { isValidIdentityValue, type CompiledIdentityRules } from './validate-identity';

/** One mapped column: destination segments and the XDM type its numeric text is converted to. */
export interface MappedColumn {
  segments: readonly string[];
  xdmType?: XdmType;
}

/** What the check proved of a row: nothing, the scan and schema check, or every batch rule. */
export const MAPPED_UNKNOWN = 0;
export const MAPPED_SCHEMA_CLEAN = 1;
export const MAPPED_VALID = 2;
export type MappedProof = typeof MAPPED_UNKNOWN | typeof MAPPED_SCHEMA_CLEAN | typeof MAPPED_VALID;

/**
 * What is proven of the record the mapping builds from `cells[offset + column]` (null/undefined =
 * absent, otherwise the raw non-empty text): `MAPPED_SCHEMA_CLEAN` when it certainly passes the scan
 * and the batch schema check unchanged, `MAPPED_VALID` when the identity rules certainly pass as well.
 */
export type MappedCheck = (cells: readonly unknown[], offset: number) => MappedProof;

/** The identity rules, when the check may prove them too (not for ExperienceEvents: their rules need the record). */
export interface MappedIdentityRules {
  rules: CompiledIdentityRules;
}

/** Keywords ajv acts on; any other key of a schema node is an annotation to it. */
const ACTIVE = new Set([
  'type',
  'enum',
  'const',
  'multipleOf',
  'maximum',
  'exclusiveMaximum',
  'minimum',
  'exclusiveMinimum',
  'maxLength',
  'minLength',
  'pattern',
  'format',
  'items',
  'additionalItems',
  'maxItems',
  'minItems',
  'uniqueItems',
  'contains',
  'maxContains',
  'minContains',
  'prefixItems',
  'maxProperties',
  'minProperties',
  'required',
  'properties',
  'patternProperties',
  'additionalProperties',
  'dependencies',
  'dependentRequired',
  'dependentSchemas',
  'propertyNames',
  'if',
  'then',
  'else',
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  '$ref',
  '$dynamicRef',
  '$recursiveRef',
  'nullable',
  'discriminator',
  'unevaluatedProperties',
  'unevaluatedItems',
]);
/** What the check understands on an object on the way to a column. */
const OBJECT_KEYWORDS = new Set(['type', 'properties', 'required', 'additionalProperties']);
/** What it understands on a leaf (`pattern` and formats other than date/date-time are not batch checks). */
const LEAF_KEYWORDS = new Set([
  'type',
  'enum',
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
]);

function isUnderstood(node: JsonObject, understood: ReadonlySet<string>): boolean {
  for (const key of Object.keys(node)) if (ACTIVE.has(key) && !understood.has(key)) return false;
  return true;
}

const isNumberOrAbsent = (value: unknown) => value === undefined || typeof value === 'number';

/** A value test for a leaf schema, or undefined when the check cannot decide for it. */
function leafTest(node: JsonObject): ((value: unknown) => boolean) | undefined {
  if (!isUnderstood(node, LEAF_KEYWORDS)) return undefined;
  const type = node['type'];
  const format = node['format'];
  const min = node['minimum'];
  const max = node['maximum'];
  const exclusiveMin = node['exclusiveMinimum'];
  const exclusiveMax = node['exclusiveMaximum'];
  if (![min, max, exclusiveMin, exclusiveMax].every(isNumberOrAbsent)) return undefined;
  if (type === 'string') {
    if (min !== undefined || max !== undefined || exclusiveMin !== undefined || exclusiveMax !== undefined)
      return undefined;
    const minLength = node['minLength'];
    const maxLength = node['maxLength'];
    if (!isNumberOrAbsent(minLength) || !isNumberOrAbsent(maxLength)) return undefined;
    const enumValues = node['enum'];
    if (
      enumValues !== undefined &&
      !(Array.isArray(enumValues) && enumValues.every((v) => typeof v === 'string'))
    )
      return undefined;
    const allowed = enumValues ? new Set(enumValues as string[]) : undefined;
    const isFormatOk =
      format === 'date' ? isIsoDate : format === 'date-time' ? isIsoDateTime : (_: string) => true;
    const hasLength = minLength !== undefined || maxLength !== undefined;
    return (value) => {
      if (typeof value !== 'string') return false;
      if (allowed && !allowed.has(value)) return false;
      if (hasLength) {
        // ajv counts code points.
        let points = 0;
        for (const _ of value) points++;
        if (minLength !== undefined && points < (minLength as number)) return false;
        if (maxLength !== undefined && points > (maxLength as number)) return false;
      }
      return isFormatOk(value);
    };
  }
  if (type === 'number' || type === 'integer') {
    if (node['enum'] !== undefined || node['minLength'] !== undefined || node['maxLength'] !== undefined)
      return undefined;
    // A format on a number is not checked by ajv's batch validator (date/date-time apply to strings).
    const isInteger = type === 'integer';
    return (value) =>
      typeof value === 'number' &&
      Number.isFinite(value) &&
      (!isInteger || Number.isInteger(value)) &&
      (min === undefined || value >= (min as number)) &&
      (max === undefined || value <= (max as number)) &&
      (exclusiveMin === undefined || value > (exclusiveMin as number)) &&
      (exclusiveMax === undefined || value < (exclusiveMax as number));
  }
  // Booleans arrive as text and are converted by the full validation; other types are not leaves.
  return undefined;
}

interface ObjectNode {
  /** The record itself, which exists even when every cell is empty. */
  isRoot: boolean;
  /** Columns under this object: it exists in the record when any of them has a value. */
  columns: number[];
  /** Required keys, each with the columns under it (none: the key can never be present). */
  required: number[][];
}

/**
 * Compiles the check for a resolved schema and a mapping's columns, or returns undefined when the
 * mapping's shape needs the full validation for every row (two columns on one path, one inside the
 * other, an object on the way the check does not understand, a record deeper than `maxDepth`).
 * A column whose leaf the check cannot decide makes it answer "cannot tell" when that column has a value.
 */
export function compileMappedCheck(
  schema: JsonObject,
  columns: readonly MappedColumn[],
  maxBytes: number,
  maxDepth: number,
  identity?: MappedIdentityRules,
): MappedCheck | undefined {
  const paths = columns.map((column) => column.segments.join('\u0000'));
  for (let i = 0; i < paths.length; i++) {
    const segments = columns[i]?.segments ?? [];
    if (segments.length === 0 || segments.length >= maxDepth) return undefined;
    for (let j = 0; j < paths.length; j++) {
      if (i === j) continue;
      const a = paths[i] as string;
      const b = paths[j] as string;
      if (a === b || b.startsWith(a + '\u0000')) return undefined;
    }
  }
  const objects = new Map<string, { node: JsonObject; state: ObjectNode }>();
  const objectAt = (key: string, node: JsonObject): ObjectNode | undefined => {
    const existing = objects.get(key);
    if (existing) return existing.node === node ? existing.state : undefined;
    if (!isUnderstood(node, OBJECT_KEYWORDS)) return undefined;
    const type = node['type'];
    if (type !== undefined && type !== 'object') return undefined;
    if (!isJsonObject(node['properties'])) return undefined;
    const state: ObjectNode = { isRoot: key === '', columns: [], required: [] };
    objects.set(key, { node, state });
    return state;
  };
  // Per column: a value test, null for any text (a plain string field), undefined when undecidable.
  const tests: (((value: unknown) => boolean) | null | undefined)[] = [];
  // Upper bound of the JSON size of the record with every column present, values not counted.
  let fixedBytes = 2;
  const counted = new Set<string>();
  for (let c = 0; c < columns.length; c++) {
    const segments = columns[c]?.segments as readonly string[];
    let node: JsonObject = schema;
    let key = '';
    let test: ((value: unknown) => boolean) | null | undefined;
    for (let depth = 0; depth < segments.length; depth++) {
      const state = objectAt(key, node);
      if (!state) return undefined;
      state.columns.push(c);
      const segment = segments[depth] as string;
      const child = (node['properties'] as JsonObject)[segment];
      if (!Object.prototype.hasOwnProperty.call(node['properties'], segment) || !isJsonObject(child)) {
        test = undefined; // an unknown key: dropped by the full validation
        break;
      }
      key = key + '\u0000' + segment;
      if (!counted.has(key)) {
        counted.add(key);
        // Key in quotes, colon, comma; an object's braces.
        fixedBytes += segment.length * 6 + 5;
      }
      node = child;
      if (depth === segments.length - 1) test = isPlainString(node) ? null : leafTest(node);
    }
    tests.push(test);
  }
  // Required keys of every object the record can have: present when any column below them is.
  for (const [key, { node, state }] of objects) {
    const required = node['required'];
    if (required === undefined) continue;
    if (!Array.isArray(required) || !required.every((r) => typeof r === 'string')) return undefined;
    for (const name of required as string[]) {
      const prefix = key + '\u0000' + name;
      const under: number[] = [];
      for (let c = 0; c < paths.length; c++) {
        const path = '\u0000' + (paths[c] as string);
        if (path === prefix || path.startsWith(prefix + '\u0000')) under.push(c);
      }
      state.required.push(under);
    }
  }
  const checked = [...objects.values()]
    .map(({ state }) => state)
    .filter((state) => state.required.length > 0);
  const count = columns.length;
  const convert = columns.map((column) => column.xdmType);
  const identities = identityColumns(identity?.rules, columns, paths);
  return (cells, offset) => {
    let bytes = fixedBytes;
    for (let c = 0; c < count; c++) {
      const cell = cells[offset + c];
      if (cell === null || cell === undefined) continue;
      if (typeof cell !== 'string' || cell.length === 0) return MAPPED_UNKNOWN;
      const test = tests[c];
      if (test === undefined) return MAPPED_UNKNOWN;
      if (test !== null) {
        const target = convert[c];
        if (!test(target === undefined ? cell : (numberFromText(cell, target) ?? cell)))
          return MAPPED_UNKNOWN;
      }
      // A string takes at most 6 bytes per UTF-16 unit escaped; a number's JSON at most 24 characters more than its text.
      bytes += cell.length * 6 + 26;
    }
    if (bytes > maxBytes) return MAPPED_UNKNOWN;
    for (let o = 0; o < checked.length; o++) {
      const state = checked[o] as ObjectNode;
      if (!state.isRoot && !anyPresent(cells, offset, state.columns)) continue;
      for (const under of state.required) if (!anyPresent(cells, offset, under)) return MAPPED_UNKNOWN;
    }
    if (!identities || !identity) return MAPPED_SCHEMA_CLEAN;
    const rules = identity.rules;
    for (let i = 0; i < identities.length; i++) {
      const cell = cells[offset + (identities[i] as number)];
      if (
        typeof cell !== 'string' ||
        !isValidIdentityValue(cell, rules.fields[i]?.namespace as string, rules)
      )
        return MAPPED_SCHEMA_CLEAN;
    }
    return MAPPED_VALID;
  };
}

/** A string field with no rule a batch check applies: any non-empty text passes. */
function isPlainString(node: JsonObject): boolean {
  if (node['type'] !== 'string') return false;
  for (const key of Object.keys(node)) {
    if (!ACTIVE.has(key) || key === 'type' || key === 'pattern') continue;
    if (key === 'format' && node['format'] !== 'date' && node['format'] !== 'date-time') continue;
    return false;
  }
  return true;
}

/**
 * The column of each identity field, when every identity rule can be decided from the cells: each
 * field is a text column of its own (not converted to a number), no column writes into identityMap, the
 * fields are at most `maxIdentities`, and a primary identity is not required beyond them. A clean row
 * then passes the identity rules exactly when every identity cell is present and a valid value.
 */
function identityColumns(
  rules: CompiledIdentityRules | undefined,
  columns: readonly MappedColumn[],
  paths: readonly string[],
): number[] | undefined {
  if (!rules) return undefined;
  if (columns.some((column) => column.segments[0] === 'identityMap')) return undefined;
  const count = rules.fields.length;
  if (count > rules.maxIdentities) return undefined;
  if (rules.isPrimaryIdentityRequired && !rules.hasPrimaryField && count !== 1) return undefined;
  const found: number[] = [];
  for (const segments of rules.segments) {
    const index = paths.indexOf(segments.join('\u0000'));
    if (index < 0 || columns[index]?.xdmType !== undefined) return undefined;
    found.push(index);
  }
  return found;
}

function anyPresent(cells: readonly unknown[], offset: number, columns: readonly number[]): boolean {
  for (let i = 0; i < columns.length; i++) {
    const cell = cells[offset + (columns[i] as number)];
    if (cell !== null && cell !== undefined) return true;
  }
  return false;
}
