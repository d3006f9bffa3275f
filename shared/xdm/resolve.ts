// Flattens an XDM schema (AEP form) into one self-contained JSON Schema: $refs inlined, allOf merged.
import { parsePointer } from './names';
import { isJsonObject, type JsonObject } from './types';

/** Why a schema could not be resolved. */
export type XdmResolveErrorCode =
  'unknown-ref' | 'cyclic-ref' | 'field-conflict' | 'unknown-entry' | 'wrong-kind' | 'too-deep';

/** Deepest schema nesting accepted; a hostile tenant schema must not exhaust the stack. */
export const MAX_SCHEMA_DEPTH = 200;

/** A composition problem: names the `$ref` chain (outermost first) that led to it. */
export class XdmResolveError extends Error {
  override readonly name = 'XdmResolveError';
  constructor(
    readonly code: XdmResolveErrorCode,
    message: string,
    readonly chain: readonly string[] = [],
  ) {
    super(message);
  }
}

/** Finds a schema document by its absolute `$id` (without fragment). */
export type SchemaLookup = (id: string) => JsonObject | undefined;

/** Annotations of a library document that mean nothing in a flattened, validating schema. */
const DROPPED_KEYWORDS = new Set([
  '$id',
  '$schema',
  '$ref',
  'allOf',
  'definitions',
  'meta:extensible',
  'meta:abstract',
  'meta:tags',
  'meta:createdDate',
  'meta:extends',
  'meta:intendedToExtend',
  'meta:auditable',
  'meta:keys',
  'meta:class',
  'meta:altId',
  'meta:resourceType',
  'meta:immutableTags',
  'auditable',
]);

interface ResolveContext {
  lookup: SchemaLookup;
  memo: Map<string, JsonObject>;
  chain: string[];
  depth: number;
}

/**
 * Resolves `root` (whose relative refs are relative to `baseId`) into one schema with every
 * `$ref` inlined and every `allOf` merged into a single object schema, so that closing objects
 * (`additionalProperties: false`) and listing fields work. Throws `XdmResolveError` for an
 * unknown `$ref`, a cyclic `$ref` (message names the chain), a field defined with two types or
 * nesting deeper than `MAX_SCHEMA_DEPTH`.
 */
export function flattenSchema(root: JsonObject, baseId: string, lookup: SchemaLookup): JsonObject {
  const context: ResolveContext = { lookup, memo: new Map(), chain: [], depth: 0 };
  return resolveNode(root, baseId, context, '');
}

function resolveNode(node: JsonObject, baseId: string, context: ResolveContext, path: string): JsonObject {
  if (++context.depth > MAX_SCHEMA_DEPTH) {
    throw new XdmResolveError(
      'too-deep',
      `Schema nesting deeper than ${MAX_SCHEMA_DEPTH} levels at ${path || '(root)'}`,
      [...context.chain],
    );
  }
  try {
    return resolveParts(node, baseId, context, path);
  } finally {
    context.depth--;
  }
}

function resolveParts(node: JsonObject, baseId: string, context: ResolveContext, path: string): JsonObject {
  const own: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (DROPPED_KEYWORDS.has(key)) continue;
    own[key] = resolveKeyword(key, value, baseId, context, path);
  }
  const parts: JsonObject[] = [own];
  const ref = node['$ref'];
  if (typeof ref === 'string') parts.push(resolveRef(ref, baseId, context, path));
  const allOf = node['allOf'];
  if (Array.isArray(allOf)) {
    for (const branch of allOf)
      if (isJsonObject(branch)) parts.push(resolveNode(branch, baseId, context, path));
  }
  if (parts.length === 1) return own;
  return parts.reduce((merged, part) => mergeSchemas(merged, part, path));
}

function resolveKeyword(
  key: string,
  value: unknown,
  baseId: string,
  context: ResolveContext,
  path: string,
): unknown {
  switch (key) {
    case 'properties':
    case 'patternProperties': {
      if (!isJsonObject(value)) return value;
      const out: JsonObject = {};
      for (const [name, schema] of Object.entries(value)) {
        out[name] = isJsonObject(schema) ? resolveNode(schema, baseId, context, join(path, name)) : schema;
      }
      return out;
    }
    case 'items':
      if (Array.isArray(value)) {
        return value.map((item) =>
          isJsonObject(item) ? resolveNode(item, baseId, context, path + '[]') : item,
        );
      }
      return isJsonObject(value) ? resolveNode(value, baseId, context, path + '[]') : value;
    case 'additionalProperties':
      return isJsonObject(value) ? resolveNode(value, baseId, context, path + '{}') : value;
    case 'anyOf':
    case 'oneOf':
      return Array.isArray(value)
        ? value.map((branch) => (isJsonObject(branch) ? resolveNode(branch, baseId, context, path) : branch))
        : value;
    case 'not':
    case 'additionalItems':
    case 'contains':
    case 'propertyNames':
      return isJsonObject(value) ? resolveNode(value, baseId, context, path) : value;
    default:
      return value;
  }
}

function resolveRef(ref: string, baseId: string, context: ResolveContext, path: string): JsonObject {
  const absolute = ref.startsWith('#') ? baseId + ref : ref;
  const cycleStart = context.chain.indexOf(absolute);
  if (cycleStart >= 0) {
    const cycle = [...context.chain.slice(cycleStart), absolute];
    throw new XdmResolveError('cyclic-ref', `Cyclic $ref${path ? ` at ${path}` : ''}: ${cycle.join(' → ')}`, [
      ...context.chain,
      absolute,
    ]);
  }
  const memoized = context.memo.get(absolute);
  if (memoized) return memoized;
  const hash = absolute.indexOf('#');
  const docId = hash < 0 ? absolute : absolute.slice(0, hash);
  const doc = context.lookup(docId);
  const target = doc && hash >= 0 ? walkPointer(doc, absolute.slice(hash + 1)) : doc;
  if (!target) {
    const chain = [...context.chain, absolute];
    const what = doc ? `points at nothing in ${docId}` : 'names no known schema';
    throw new XdmResolveError(
      'unknown-ref',
      `Unknown $ref ${absolute}${path ? ` at ${path}` : ''}: it ${what} (via ${chain.join(' → ')})`,
      chain,
    );
  }
  context.chain.push(absolute);
  const resolved = resolveNode(target, docId, context, path);
  context.chain.pop();
  context.memo.set(absolute, resolved);
  return resolved;
}

function walkPointer(doc: JsonObject, fragment: string): JsonObject | undefined {
  let node: unknown = doc;
  for (const segment of parsePointer(fragment)) {
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isJsonObject(node)) node = node[segment];
    else return undefined;
  }
  return isJsonObject(node) ? node : undefined;
}

/**
 * Merges two resolved schemas as `allOf` would: properties by name (recursively), `required`
 * unioned, other keywords of `a` win. Never mutates its inputs (resolved refs are shared).
 * Throws `field-conflict` when the two give a field different types.
 */
export function mergeSchemas(a: JsonObject, b: JsonObject, path: string): JsonObject {
  const out: JsonObject = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const current = out[key];
    if (current === undefined) {
      out[key] = value;
      continue;
    }
    if (key === 'properties' && isJsonObject(current) && isJsonObject(value)) {
      const properties: JsonObject = { ...current };
      for (const [name, schema] of Object.entries(value)) {
        const existing = properties[name];
        properties[name] =
          isJsonObject(existing) && isJsonObject(schema)
            ? mergeSchemas(existing, schema, join(path, name))
            : (existing ?? schema);
      }
      out[key] = properties;
    } else if (key === 'required' && Array.isArray(current) && Array.isArray(value)) {
      out[key] = [...current, ...value.filter((name) => !current.includes(name))];
    } else if (
      (key === 'items' || key === 'additionalProperties') &&
      isJsonObject(current) &&
      isJsonObject(value)
    ) {
      out[key] = mergeSchemas(current, value, path + (key === 'items' ? '[]' : '{}'));
    } else if (key === 'type' && JSON.stringify(current) !== JSON.stringify(value)) {
      throw new XdmResolveError(
        'field-conflict',
        `Field ${path || '(root)'} is defined with two types: ${JSON.stringify(current)} and ${JSON.stringify(value)}`,
      );
    }
  }
  return out;
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}
