// Pure conversion of XDM schema documents from the JSON-LD prefixed form to the AEP (XED) form.
import { convertPropertyName, convertRef, toAltId } from './names';
import type { JsonObject, LibraryBehavior, LibraryEntry, LibraryKind } from './types';
import { isJsonObject } from './types';

/** Keywords dropped everywhere they appear as schema keywords: prose and licence text. */
const PROSE_KEYWORDS = new Set([
  'description',
  'meta:titleId',
  'meta:descriptionId',
  'meta:license',
  'examples',
  '$schema',
]);

/** The JSON-LD check that every property name is prefixed; meaningless in AEP form. */
export const EXTENSIBLE_ID = 'https://ns.adobe.com/xdm/common/extensible';
const CONTEXT_DEFINITION = '@context';

/** The three behaviours a class can extend. */
export const BEHAVIOR_IDS: Readonly<Record<string, LibraryBehavior>> = {
  'https://ns.adobe.com/xdm/data/record': 'record',
  'https://ns.adobe.com/xdm/data/time-series': 'time-series',
  'https://ns.adobe.com/xdm/data/adhoc': 'adhoc',
};

/** Pattern-property keys that only match JSON-LD names (URIs, `@` names), dropped in AEP form. */
const JSON_LD_PATTERNS = new Set(['.+://.+', '@.*', '^@.*$']);

/** True for `{"$ref": ".../extensible#/definitions/@context"}` (or `#/...` inside extensible). */
export function isPrefixCheckRef(ref: string, baseId = ''): boolean {
  const hash = ref.indexOf('#');
  if (hash < 0) return false;
  const base = hash === 0 ? baseId : ref.slice(0, hash);
  return base === EXTENSIBLE_ID && ref.slice(hash + 1) === '/definitions/' + CONTEXT_DEFINITION;
}

/**
 * Converts one schema document (or any schema node) to AEP form: property names, `required`
 * lists and `$ref` pointers are converted, the prefix check is dropped, and description prose,
 * title/description ids, licence text and examples are removed.
 */
export function convertSchema(node: JsonObject, baseId = String(node['$id'] ?? '')): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (PROSE_KEYWORDS.has(key)) continue;
    switch (key) {
      case 'properties':
        if (isJsonObject(value)) mergeInto(out, { properties: convertProperties(value, baseId) });
        break;
      case 'definitions':
        if (isJsonObject(value)) out[key] = convertDefinitions(value, baseId);
        break;
      case 'patternProperties':
        if (isJsonObject(value)) {
          const kept = convertNamedSchemas(value, baseId, (name) => !JSON_LD_PATTERNS.has(name));
          if (Object.keys(kept).length > 0) out[key] = kept;
        }
        break;
      case 'allOf':
      case 'anyOf':
      case 'oneOf':
        if (Array.isArray(value)) {
          const branches = value
            .filter((branch) => !(isJsonObject(branch) && isPrefixRefOnly(branch, baseId)))
            .map((branch) => (isJsonObject(branch) ? convertSchema(branch, baseId) : branch));
          if (branches.length > 0) out[key] = branches;
        }
        break;
      case 'items':
        out[key] = Array.isArray(value)
          ? value.map((item) => (isJsonObject(item) ? convertSchema(item, baseId) : item))
          : isJsonObject(value)
            ? convertSchema(value, baseId)
            : value;
        break;
      case 'additionalProperties':
      case 'additionalItems':
      case 'not':
      case 'contains':
      case 'propertyNames':
        out[key] = isJsonObject(value) ? convertSchema(value, baseId) : value;
        break;
      case 'required':
        if (Array.isArray(value))
          addRequired(
            out,
            value.filter((name) => typeof name === 'string'),
          );
        break;
      case '$ref':
        if (typeof value === 'string' && !isPrefixCheckRef(value, baseId)) out[key] = convertRef(value);
        break;
      default:
        out[key] = value;
    }
  }
  return out;
}

/**
 * Converts a `properties` map. Names that become paths (`repo:createDate` → `_repo.createDate`)
 * are nested into parent objects; two names that land on the same path are merged.
 */
export function convertProperties(properties: JsonObject, baseId = ''): JsonObject {
  const out: JsonObject = {};
  for (const [name, schema] of Object.entries(properties)) {
    const path = convertPropertyName(name);
    const converted = isJsonObject(schema) ? convertSchema(schema, baseId) : {};
    let level = out;
    for (let i = 0; i < path.length - 1; i++) {
      const segment = path[i] as string;
      const existing = level[segment];
      const parent: JsonObject = isJsonObject(existing) ? existing : { type: 'object' };
      if (!isJsonObject(parent['properties'])) parent['properties'] = {};
      level[segment] = parent;
      level = parent['properties'] as JsonObject;
    }
    const leaf = path[path.length - 1] as string;
    const existing = level[leaf];
    level[leaf] = isJsonObject(existing) ? mergeInto(existing, converted) : converted;
  }
  return out;
}

/**
 * Converts a `required` list into `node`: `repo:createDate` makes `_repo` required here and
 * `createDate` required inside `properties._repo`.
 */
function addRequired(node: JsonObject, names: readonly string[]): void {
  for (const name of names) {
    const path = convertPropertyName(name);
    let level = node;
    for (let i = 0; i < path.length; i++) {
      const segment = path[i] as string;
      const required = Array.isArray(level['required']) ? (level['required'] as unknown[]) : [];
      if (!required.includes(segment)) required.push(segment);
      level['required'] = required;
      if (i === path.length - 1) break;
      const properties: JsonObject = isJsonObject(level['properties']) ? level['properties'] : {};
      level['properties'] = properties;
      const child: JsonObject = isJsonObject(properties[segment]) ? properties[segment] : {};
      properties[segment] = child;
      level = child;
    }
  }
}

function convertDefinitions(definitions: JsonObject, baseId: string): JsonObject {
  return convertNamedSchemas(
    definitions,
    baseId,
    (name) => !(baseId === EXTENSIBLE_ID && name === CONTEXT_DEFINITION),
  );
}

function convertNamedSchemas(map: JsonObject, baseId: string, keep: (name: string) => boolean): JsonObject {
  const out: JsonObject = {};
  for (const [name, schema] of Object.entries(map)) {
    if (!keep(name)) continue;
    out[name] = isJsonObject(schema) ? convertSchema(schema, baseId) : schema;
  }
  return out;
}

function isPrefixRefOnly(branch: JsonObject, baseId: string): boolean {
  const ref = branch['$ref'];
  return typeof ref === 'string' && isPrefixCheckRef(ref, baseId) && Object.keys(branch).length === 1;
}

/**
 * Deep-merges `source` into `target` (both already converted): properties merge by name,
 * `required` lists union, other keywords of `source` fill gaps in `target`. Returns `target`.
 */
export function mergeInto(target: JsonObject, source: JsonObject): JsonObject {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (key === 'properties' && isJsonObject(existing) && isJsonObject(value)) {
      for (const [name, schema] of Object.entries(value)) {
        const current = existing[name];
        existing[name] =
          isJsonObject(current) && isJsonObject(schema) ? mergeInto(current, schema) : (current ?? schema);
      }
    } else if (key === 'required' && Array.isArray(existing) && Array.isArray(value)) {
      for (const name of value) if (!existing.includes(name)) existing.push(name);
    } else if (existing === undefined) {
      target[key] = value;
    }
  }
  return target;
}

/** What the classifier needs to know about every document in the source library. */
export interface SourceDocument {
  $id: string;
  doc: JsonObject;
}

/**
 * Classifies every document: behaviours by `$id`; field groups by `meta:intendedToExtend`;
 * classes extend a behaviour directly; schemas (ready-made compositions) extend or name a class;
 * the rest are data types. Returns the behaviour of classes and schemas too.
 */
export function classifyDocuments(
  docs: readonly SourceDocument[],
): Map<string, { kind: LibraryKind; behavior?: LibraryBehavior; classId?: string }> {
  const byId = new Map(docs.map((entry) => [entry.$id, entry.doc]));
  const result = new Map<string, { kind: LibraryKind; behavior?: LibraryBehavior; classId?: string }>();
  const classBehavior = new Map<string, LibraryBehavior>();
  for (const { $id, doc } of docs) {
    if (BEHAVIOR_IDS[$id] || doc['meta:intendedToExtend'] !== undefined) continue;
    // `meta:extends` normally names the behaviour; a few sources only have it in `allOf`.
    const behavior = [...stringList(doc['meta:extends']), ...allOfRefs(doc)]
      .map((id) => BEHAVIOR_IDS[id])
      .find((b) => b !== undefined);
    if (behavior) classBehavior.set($id, behavior);
  }
  for (const { $id, doc } of docs) {
    const behavior = BEHAVIOR_IDS[$id];
    if (behavior) {
      result.set($id, { kind: 'behavior', behavior });
      continue;
    }
    if (doc['meta:intendedToExtend'] !== undefined) {
      result.set($id, { kind: 'fieldgroup' });
      continue;
    }
    const metaClass = typeof doc['meta:class'] === 'string' ? doc['meta:class'] : undefined;
    const parentClass =
      metaClass ?? stringList(doc['meta:extends']).find((id) => id !== $id && classBehavior.has(id));
    if (parentClass && byId.has(parentClass) && classBehavior.has(parentClass)) {
      const parentBehavior = classBehavior.get(parentClass);
      result.set($id, {
        kind: 'schema',
        classId: parentClass,
        ...(parentBehavior && { behavior: parentBehavior }),
      });
      continue;
    }
    const ownBehavior = classBehavior.get($id);
    result.set($id, ownBehavior ? { kind: 'class', behavior: ownBehavior } : { kind: 'datatype' });
  }
  return result;
}

/** Builds the index entry of one converted document. */
export function buildLibraryEntry(
  converted: JsonObject,
  classification: { kind: LibraryKind; behavior?: LibraryBehavior; classId?: string },
  chunk: string,
): LibraryEntry {
  const id = String(converted['$id']);
  const entry: LibraryEntry = {
    $id: id,
    'meta:altId': toAltId(id),
    title: typeof converted['title'] === 'string' ? converted['title'] : id,
    kind: classification.kind,
    'meta:status': typeof converted['meta:status'] === 'string' ? converted['meta:status'] : 'stable',
    chunk,
  };
  const intended = converted['meta:intendedToExtend'];
  if (Array.isArray(intended)) entry['meta:intendedToExtend'] = stringList(intended);
  const extendsList = stringList(converted['meta:extends']);
  if (extendsList.length > 0) entry['meta:extends'] = extendsList;
  if (classification.behavior && classification.kind !== 'behavior') entry.behavior = classification.behavior;
  if (classification.classId) entry['meta:class'] = classification.classId;
  return entry;
}

/** Every `$ref` in a converted document, made absolute against the document's `$id`. */
export function collectRefs(doc: JsonObject): string[] {
  const base = String(doc['$id'] ?? '');
  const refs: string[] = [];
  const stack: unknown[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) stack.push(item);
    } else if (isJsonObject(node)) {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string')
          refs.push(value.startsWith('#') ? base + value : value);
        else stack.push(value);
      }
    }
  }
  return refs;
}

function allOfRefs(doc: JsonObject): string[] {
  const allOf = doc['allOf'];
  if (!Array.isArray(allOf)) return [];
  return allOf.flatMap((branch) =>
    isJsonObject(branch) && typeof branch['$ref'] === 'string' ? [branch['$ref']] : [],
  );
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
