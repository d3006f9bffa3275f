// Lists the fields of a flattened XDM schema with their XDM types (string, long, date-time, map, ...).
import { isJsonObject, type JsonObject, type XdmType } from './types';

/** One field of a resolved schema. Paths are dotted; `[]` marks array items, `{}` map values. */
export interface XdmField {
  /** e.g. `person.name.firstName`, `identityMap{}[].id`, `productListItems[].SKU`. */
  path: string;
  xdmType: XdmType;
  /** Listed in its parent object's `required`. */
  isRequired: boolean;
  title?: string;
  format?: string;
  /** For arrays: the item type; for maps: the value type. */
  itemType?: XdmType;
  /** For enums: the allowed values. */
  enum?: unknown[];
}

const DECLARED_TYPES = new Set<XdmType>([
  'string',
  'number',
  'long',
  'int',
  'short',
  'byte',
  'date',
  'date-time',
  'boolean',
  'array',
  'object',
  'map',
  'enum',
]);

const BYTE_LIMIT = 128;
const SHORT_LIMIT = 32768;
const INT_LIMIT = 2147483648;

/** The JSON type a schema node declares (first non-null type of a union). */
export function jsonTypeOf(schema: JsonObject): string | undefined {
  const type = schema['type'];
  if (typeof type === 'string') return type;
  if (Array.isArray(type)) return type.find((t): t is string => typeof t === 'string' && t !== 'null');
  if (isJsonObject(schema['properties'])) return 'object';
  return undefined;
}

/**
 * The XDM type of a schema node: `meta:xdmType` when given, else derived from JSON Schema
 * (`integer` ranges give byte/short/int/long; `format` gives date/date-time; string enums give
 * `enum`; objects with only `additionalProperties` are maps).
 */
export function xdmTypeOf(schema: JsonObject): XdmType {
  const type = jsonTypeOf(schema);
  const declared = schema['meta:xdmType'];
  if (typeof declared === 'string' && DECLARED_TYPES.has(declared as XdmType)) {
    if (declared === 'string' && Array.isArray(schema['enum'])) return 'enum';
    return declared as XdmType;
  }
  switch (type) {
    case 'string': {
      if (Array.isArray(schema['enum'])) return 'enum';
      const format = schema['format'];
      if (format === 'date') return 'date';
      if (format === 'date-time') return 'date-time';
      return 'string';
    }
    case 'integer':
      return integerKind(schema);
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'array':
      return 'array';
    default:
      return isMap(schema) ? 'map' : 'object';
  }
}

/** True for XDM maps: an object with an `additionalProperties` schema and no `properties`. */
export function isMap(schema: JsonObject): boolean {
  if (schema['meta:xdmType'] === 'map') return true;
  return isJsonObject(schema['additionalProperties']) && !isJsonObject(schema['properties']);
}

function integerKind(schema: JsonObject): XdmType {
  const min = typeof schema['minimum'] === 'number' ? schema['minimum'] : undefined;
  const max = typeof schema['maximum'] === 'number' ? schema['maximum'] : undefined;
  if (min === undefined || max === undefined) return 'long';
  const bound = Math.max(Math.abs(min), Math.abs(max));
  if (bound <= BYTE_LIMIT) return 'byte';
  if (bound <= SHORT_LIMIT) return 'short';
  if (bound <= INT_LIMIT) return 'int';
  return 'long';
}

/** Lists every field of a flattened schema (objects, arrays and maps included), depth first. */
export function listFields(schema: JsonObject): XdmField[] {
  const fields: XdmField[] = [];
  collectFields(schema, '', fields);
  return fields;
}

function collectFields(node: JsonObject, prefix: string, fields: XdmField[]): void {
  const properties = node['properties'];
  if (!isJsonObject(properties)) return;
  const required = Array.isArray(node['required']) ? node['required'] : [];
  for (const [name, child] of Object.entries(properties)) {
    if (!isJsonObject(child)) continue;
    const path = prefix ? `${prefix}.${name}` : name;
    fields.push(describeField(path, child, required.includes(name)));
    let inner: JsonObject = child;
    let innerPath = path;
    // Step through arrays and maps (possibly nested) to the object that carries properties.
    for (;;) {
      const items = inner['items'];
      const values = inner['additionalProperties'];
      if (jsonTypeOf(inner) === 'array' && isJsonObject(items)) {
        inner = items;
        innerPath += '[]';
      } else if (isMap(inner) && isJsonObject(values)) {
        inner = values;
        innerPath += '{}';
      } else break;
    }
    collectFields(inner, innerPath, fields);
  }
}

function describeField(path: string, schema: JsonObject, isRequired: boolean): XdmField {
  const field: XdmField = { path, xdmType: xdmTypeOf(schema), isRequired };
  if (typeof schema['title'] === 'string') field.title = schema['title'];
  if (typeof schema['format'] === 'string') field.format = schema['format'];
  if (Array.isArray(schema['enum'])) field.enum = schema['enum'];
  const inner =
    field.xdmType === 'array'
      ? schema['items']
      : field.xdmType === 'map'
        ? schema['additionalProperties']
        : undefined;
  if (isJsonObject(inner)) field.itemType = xdmTypeOf(inner);
  return field;
}
