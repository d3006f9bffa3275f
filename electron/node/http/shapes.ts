// The platform's response shapes built from engine views: local-only keys dropped, resolved
// `properties` derived from the flat field list for the `xed-full` Accept formats.
import type { BatchView, DatasetView, SchemaField, SchemaView, UnionView } from '../../../shared/contract';
import type { LibraryEntry } from '../../../shared/xdm/types';
import { IMS_ORG } from './context';

type Json = Record<string, unknown>;

/** Lookup formats this server answers (SPEC §1.7); `-desc` and `-deprecatefield` are not offered. */
export const LOOKUP_KINDS = ['xed', 'xed-full', 'xed-notext', 'xed-full-notext'] as const;
export type LookupKind = (typeof LOOKUP_KINDS)[number];

export const LIST_KINDS = ['xed-id', 'xed'] as const;
export type ListKind = (typeof LIST_KINDS)[number];

const LOCAL_SCHEMA_KEYS = new Set([
  'behavior',
  'isProfileEnabled',
  'isInUse',
  'fieldGroups',
  'identities',
  'fields',
]);

/** A tenant schema as the registry returns it (raw `allOf` form). */
export function platformSchema(view: SchemaView): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(view)) if (!LOCAL_SCHEMA_KEYS.has(key)) out[key] = value;
  out.imsOrg = IMS_ORG;
  out['meta:abstract'] = false;
  out['meta:extensible'] = false;
  out['meta:xdmType'] = 'object';
  return out;
}

/** The `xed-id` summary of a resource. */
export function idSummary(resource: {
  $id: string;
  'meta:altId': string;
  version?: string;
  title: string;
}): Json {
  return {
    $id: resource.$id,
    'meta:altId': resource['meta:altId'],
    version: resource.version ?? '1.0',
    title: resource.title,
  };
}

const INTEGER_TYPES = new Set(['long', 'int', 'short', 'byte']);

function typeOf(field: SchemaField): Json {
  const t = field.xdmType;
  if (INTEGER_TYPES.has(t)) return { type: 'integer', 'meta:xdmType': t };
  if (t === 'date' || t === 'date-time') return { type: 'string', format: t, 'meta:xdmType': t };
  if (t === 'map') return { type: 'object', 'meta:xdmType': 'map' };
  if (t === 'enum') return { type: 'string', 'meta:xdmType': 'string' };
  return { type: t, 'meta:xdmType': t };
}

/** One path segment: a name followed by `[]` (array items) and `{}` (map values) markers. */
function splitSegment(segment: string): { name: string; markers: string[] } {
  const markers: string[] = [];
  let name = segment;
  while (name.endsWith('[]') || name.endsWith('{}')) {
    markers.unshift(name.slice(-2));
    name = name.slice(0, -2);
  }
  return { name, markers };
}

/**
 * Nested JSON Schema `properties` from the flat field list (`a.b`, `list[].x`, `identityMap{}[].id`).
 * Derived: the engine keeps fields resolved, so this is what `$ref`/`allOf` resolution yields.
 */
export function resolvedProperties(fields: readonly SchemaField[]): { properties: Json; required: string[] } {
  const root: Json = { properties: {} };
  for (const field of fields) {
    const segments = field.path.split('.');
    let container = root;
    segments.forEach((segment, index) => {
      const { name, markers } = splitSegment(segment);
      const properties = (container.properties ??= {}) as Json;
      let node = (properties[name] ??= {}) as Json;
      const isLast = index === segments.length - 1;
      if (isLast && markers.length === 0) {
        Object.assign(node, typeOf(field));
        if (field.title) node.title = field.title;
        if (field.enum) node.enum = field.enum;
        if (field.isRequired) {
          const required = (container.required ??= []) as string[];
          if (!required.includes(name)) required.push(name);
        }
      }
      for (const marker of markers) {
        if (marker === '[]') {
          node.type ??= 'array';
          node = (node.items ??= {}) as Json;
        } else {
          node.type ??= 'object';
          node = (node.additionalProperties ??= {}) as Json;
        }
      }
      if (!isLast) node.type ??= 'object';
      else if (markers.length > 0) Object.assign(node, typeOf(field));
      container = node;
    });
  }
  return { properties: root.properties as Json, required: (root.required as string[] | undefined) ?? [] };
}

/** Drops every `title` and `description` (the `-notext` formats). */
export function withoutText(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutText);
  if (typeof value !== 'object' || value === null) return value;
  const out: Json = {};
  for (const [key, child] of Object.entries(value))
    if (key !== 'title' && key !== 'description') out[key] = withoutText(child);
  return out;
}

/** A resource in one of the lookup formats: raw keeps `allOf`, full replaces it with `properties`. */
export function inFormat(raw: Json, fields: readonly SchemaField[], kind: LookupKind): Json {
  let body = raw;
  if (kind === 'xed-full' || kind === 'xed-full-notext') {
    const { allOf: _allOf, ...rest } = raw;
    const { properties, required } = resolvedProperties(fields);
    body = { ...rest, properties, ...(required.length > 0 ? { required } : {}) };
  }
  return kind === 'xed-notext' || kind === 'xed-full-notext' ? (withoutText(body) as Json) : body;
}

/** A union schema (raw form): its class plus every Profile-enabled member. */
export function platformUnion(view: UnionView): Json {
  return {
    $id: view.$id,
    'meta:altId': view['meta:altId'],
    'meta:resourceType': view['meta:resourceType'],
    version: view.version,
    title: view.title,
    type: 'object',
    'meta:class': view['meta:class'],
    'meta:containerId': 'tenant',
    allOf: view.schemas.map((s) => ({ $ref: s.$id })),
    'meta:xdmType': 'object',
  };
}

/** A standard library class or field group as the `global` container returns it. */
export function platformLibraryEntry(entry: LibraryEntry): Json {
  const resourceType =
    entry.kind === 'fieldgroup' ? 'mixins' : entry.kind === 'class' ? 'classes' : `${entry.kind}s`;
  return {
    $id: entry.$id,
    'meta:altId': entry['meta:altId'],
    'meta:resourceType': resourceType,
    version: '1.0',
    title: entry.title,
    type: 'object',
    ...(entry['meta:extends'] ? { 'meta:extends': entry['meta:extends'] } : {}),
    ...(entry['meta:intendedToExtend'] ? { 'meta:intendedToExtend': entry['meta:intendedToExtend'] } : {}),
    ...(entry.behavior ? { 'meta:behavior': entry.behavior } : {}),
    'meta:status': entry['meta:status'],
    'meta:containerId': 'global',
    'meta:xdmType': 'object',
  };
}

/** A dataset as the Catalog returns it inside its id-keyed object (SPEC §2.2). */
export function platformDataset(view: DatasetView): Json {
  return {
    name: view.name,
    ...(view.description !== undefined ? { description: view.description } : {}),
    imsOrg: view.imsOrg,
    tags: view.tags,
    version: view.version,
    created: view.created,
    updated: view.updated,
    createdClient: view.createdClient,
    createdUser: view.createdUser,
    updatedUser: view.updatedUser,
    files: view.files,
    schemaRef: view.schemaRef,
  };
}

/** A batch as the Catalog and Batch Ingestion APIs return it (SPEC §3.2, §3.7); `failureReason` is local. */
export function platformBatch(view: BatchView): Json {
  return {
    id: view.id,
    externalId: view.externalId,
    imsOrg: view.imsOrg,
    status: view.status,
    tags: view.tags,
    relatedObjects: view.relatedObjects,
    inputFormat: view.inputFormat,
    created: view.created,
    updated: view.updated,
    ...(view.started !== undefined ? { started: view.started } : {}),
    ...(view.completed !== undefined ? { completed: view.completed } : {}),
    ...(view.metrics ? { metrics: view.metrics } : {}),
    ...(view.errors ? { errors: view.errors } : {}),
    version: view.version,
    createdUser: view.createdUser,
    updatedUser: view.updatedUser,
    createdClient: view.createdClient,
    ...(view.failureReason ? { failureReason: view.failureReason } : {}),
  };
}

/** Catalog objects are returned keyed by id. */
export function keyedById<T>(items: readonly T[], idOf: (item: T) => string, shape: (item: T) => Json): Json {
  const out: Json = {};
  for (const item of items) out[idOf(item)] = shape(item);
  return out;
}
