// Custom (tenant) fields: where they live (`_{tenantId}`), the naming rules, and their JSON Schema.
import { EngineError } from '../../contract/errors';
import { isJsonObject, type JsonObject, type JsonSchema } from '../../xdm/types';

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

/** The field types `schema add-field --type` accepts, with the JSON Schema each one is. */
const FIELD_TYPES: Record<string, () => JsonObject> = {
  string: () => ({ type: 'string' }),
  number: () => ({ type: 'number' }),
  double: () => ({ type: 'number' }),
  long: () => ({
    type: 'integer',
    minimum: -9007199254740991,
    maximum: 9007199254740991,
    'meta:xdmType': 'long',
  }),
  int: () => ({ type: 'integer', minimum: -2147483648, maximum: 2147483648, 'meta:xdmType': 'int' }),
  integer: () => ({ type: 'integer', minimum: -2147483648, maximum: 2147483648, 'meta:xdmType': 'int' }),
  short: () => ({ type: 'integer', minimum: -32768, maximum: 32768, 'meta:xdmType': 'short' }),
  byte: () => ({ type: 'integer', minimum: -128, maximum: 128, 'meta:xdmType': 'byte' }),
  date: () => ({ type: 'string', format: 'date' }),
  'date-time': () => ({ type: 'string', format: 'date-time' }),
  datetime: () => ({ type: 'string', format: 'date-time' }),
  boolean: () => ({ type: 'boolean' }),
  uri: () => ({ type: 'string', format: 'uri' }),
  object: () => ({ type: 'object', properties: {} }),
};

export const CUSTOM_FIELD_TYPES = Object.keys(FIELD_TYPES);

export interface CustomFieldInput {
  /** Dotted path; `_{tenant}.` is added in front when missing. */
  path: string;
  type: string;
  title?: string;
  enum?: string[];
  isRequired?: boolean;
}

/** Splits and checks a custom field path, returning the segments under the tenant object. */
export function customFieldSegments(path: string, tenantId: string): string[] {
  const tenantRoot = `_${tenantId}`;
  const raw = path.split('.').filter((s) => s !== '');
  const segments = raw[0] === tenantRoot ? raw.slice(1) : raw;
  if (segments.length === 0)
    throw new EngineError(
      'invalid-argument',
      `A custom field needs a name under ${tenantRoot}, e.g. ${tenantRoot}.loyaltyTier.`,
    );
  if (raw[0]?.startsWith('_') && raw[0] !== tenantRoot) {
    throw new EngineError('invalid-argument', `Custom fields live under ${tenantRoot}, not ${raw[0]}.`);
  }
  for (const segment of segments) {
    if (!SEGMENT.test(segment)) {
      throw new EngineError(
        'invalid-argument',
        `Field name "${segment}" is not allowed: use letters, digits, "-" and "_", not starting with "_" (camelCase recommended, e.g. loyaltyTier).`,
      );
    }
  }
  return segments;
}

/** JSON Schema of a new custom field. */
export function customFieldSchema(input: CustomFieldInput): JsonObject {
  const make = FIELD_TYPES[input.type.toLowerCase()];
  if (input.enum && input.enum.length > 0) {
    if (input.type.toLowerCase() !== 'string')
      throw new EngineError('invalid-argument', 'Only string fields can have an enum of allowed values.');
    return { type: 'string', enum: [...new Set(input.enum)], ...(input.title ? { title: input.title } : {}) };
  }
  if (!make)
    throw new EngineError(
      'invalid-argument',
      `Field type "${input.type}" is not one of ${CUSTOM_FIELD_TYPES.join(', ')}.`,
    );
  return { ...make(), ...(input.title ? { title: input.title } : {}) };
}

/** `loyaltyTier` → `Loyalty Tier`. */
export function titleFromName(name: string): string {
  const words = name
    .replace(/[-_]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A new, empty tenant field group document holding custom fields under `_{tenantId}`. */
export function emptyCustomFieldGroup(
  id: string,
  altId: string,
  title: string,
  tenantId: string,
  classId: string,
): JsonSchema {
  return {
    $id: id,
    'meta:altId': altId,
    'meta:resourceType': 'mixins',
    title,
    type: 'object',
    'meta:intendedToExtend': [classId],
    'meta:tenantNamespace': `_${tenantId}`,
    definitions: { customFields: { properties: { [`_${tenantId}`]: { type: 'object', properties: {} } } } },
    allOf: [{ $ref: '#/definitions/customFields' }],
  };
}

/** Returns a copy of the field group with the field added; refuses a field that already exists. */
export function withCustomField(
  doc: JsonSchema,
  tenantId: string,
  segments: readonly string[],
  field: JsonObject,
  isRequired: boolean,
): JsonSchema {
  const copy = structuredClone(doc);
  const definitions = copy['definitions'];
  const holder = isJsonObject(definitions) ? definitions['customFields'] : undefined;
  if (!isJsonObject(holder) || !isJsonObject(holder['properties']))
    throw new EngineError('internal', 'Custom field group is malformed.');
  const root = (holder['properties'] as JsonObject)[`_${tenantId}`];
  if (!isJsonObject(root)) throw new EngineError('internal', 'Custom field group has no tenant object.');
  let node: JsonObject = root;
  for (const [i, segment] of segments.entries()) {
    const properties = (node['properties'] ??= {}) as JsonObject;
    const isLast = i === segments.length - 1;
    const existing = properties[segment];
    if (isLast) {
      if (existing !== undefined)
        throw new EngineError('already-exists', `Field _${tenantId}.${segments.join('.')} already exists.`);
      properties[segment] = { title: titleFromName(segment), ...field };
      if (isRequired)
        node['required'] = [
          ...new Set([...(Array.isArray(node['required']) ? (node['required'] as string[]) : []), segment]),
        ];
    } else {
      if (existing === undefined)
        properties[segment] = { type: 'object', title: titleFromName(segment), properties: {} };
      const next = properties[segment];
      if (!isJsonObject(next) || (next['type'] !== undefined && next['type'] !== 'object')) {
        throw new EngineError(
          'invalid-argument',
          `Cannot add a field under "${segment}": it is not an object.`,
        );
      }
      node = next;
    }
  }
  return copy;
}
