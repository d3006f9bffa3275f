// Loader over the committed AEP-form XDM library: listing, lookup and resolving compositions.
import { BEHAVIOR_IDS, collectRefs } from './convert';
import { listFields, type XdmField } from './fields';
import { LIBRARY_CHUNKS } from './library/chunks';
import { flattenSchema, XdmResolveError } from './resolve';
import {
  isJsonObject,
  type JsonObject,
  type JsonSchema,
  type LibraryBehavior,
  type LibraryEntry,
  type LibraryKind,
} from './types';

/** Filters for `listLibrary`. */
export interface LibraryQuery {
  kind?: LibraryKind | readonly LibraryKind[];
  /** Case-insensitive substring of the title, `$id` or `meta:altId`. */
  search?: string;
  /** Deprecated entries are hidden unless this is true. */
  includeDeprecated?: boolean;
  /** Field groups only: those usable with this class `$id` (empty `meta:intendedToExtend` = any). */
  intendedFor?: string;
}

/** A schema to resolve: one class plus field groups, optionally with tenant schemas. */
export interface Composition {
  /** `$id`, `meta:altId` or title of the class (library or tenant). */
  classId: string;
  /** `$id`s, altIds or titles of field groups (library or tenant). */
  fieldGroupIds?: readonly string[];
  /** Extra schema fragments (plain JSON Schema, AEP form) merged into the composition. */
  fragments?: readonly JsonSchema[];
  /** Tenant classes, field groups and data types, addressable by their `$id`. */
  tenantSchemas?: readonly JsonSchema[];
  /** `$id` and title given to the resolved schema. */
  $id?: string;
  title?: string;
}

/** A composition with every `$ref` inlined, and its fields. */
export interface ResolvedComposition {
  schema: JsonSchema;
  fields: XdmField[];
  classId: string;
  fieldGroupIds: string[];
  behavior: LibraryBehavior | undefined;
}

interface LibraryIndex {
  entries: LibraryEntry[];
  byKey: Map<string, LibraryEntry>;
  byTitle: Map<string, LibraryEntry[]>;
}

let indexPromise: Promise<LibraryIndex> | undefined;
const chunkPromises = new Map<string, Promise<Record<string, JsonObject>>>();

function loadIndex(): Promise<LibraryIndex> {
  indexPromise ??= import('./library/index.json').then((module) => buildIndex(module.default));
  return indexPromise;
}

function buildIndex(raw: unknown): LibraryIndex {
  if (!Array.isArray(raw)) throw new Error('XDM library index is not a list');
  const entries = raw.filter(
    (entry): entry is LibraryEntry => isJsonObject(entry) && typeof entry['$id'] === 'string',
  );
  const byKey = new Map<string, LibraryEntry>();
  const byTitle = new Map<string, LibraryEntry[]>();
  for (const entry of entries) {
    byKey.set(entry.$id, entry);
    byKey.set(entry['meta:altId'], entry);
    const title = entry.title.toLowerCase();
    byTitle.set(title, [...(byTitle.get(title) ?? []), entry]);
  }
  return { entries, byKey, byTitle };
}

function loadChunk(name: string): Promise<Record<string, JsonObject>> {
  let promise = chunkPromises.get(name);
  if (!promise) {
    const loader = LIBRARY_CHUNKS[name];
    if (!loader) return Promise.reject(new Error(`XDM library chunk ${name} does not exist`));
    promise = loader().then((module) => {
      const bodies = module.default;
      if (!isJsonObject(bodies)) throw new Error(`XDM library chunk ${name} is malformed`);
      const out: Record<string, JsonObject> = {};
      for (const [id, doc] of Object.entries(bodies)) if (isJsonObject(doc)) out[id] = doc;
      return out;
    });
    chunkPromises.set(name, promise);
  }
  return promise;
}

/** Lists library entries (index only; no schema body is loaded), sorted by title. */
export async function listLibrary(query: LibraryQuery = {}): Promise<LibraryEntry[]> {
  const { entries } = await loadIndex();
  const kinds =
    query.kind === undefined
      ? undefined
      : new Set(typeof query.kind === 'string' ? [query.kind] : query.kind);
  const search = query.search?.trim().toLowerCase();
  return entries
    .filter((entry) => {
      if (kinds && !kinds.has(entry.kind)) return false;
      if (!query.includeDeprecated && entry['meta:status'] === 'deprecated') return false;
      if (query.intendedFor !== undefined) {
        const intended = entry['meta:intendedToExtend'];
        if (entry.kind !== 'fieldgroup' || !intended) return false;
        if (intended.length > 0 && !intended.includes(query.intendedFor)) return false;
      }
      if (search) {
        const haystack = `${entry.title}\n${entry.$id}\n${entry['meta:altId']}`.toLowerCase();
        if (!haystack.includes(search)) return false;
      }
      return true;
    })
    .sort((a, b) => a.title.localeCompare(b.title) || a.$id.localeCompare(b.$id));
}

/**
 * Finds one entry by `$id`, `meta:altId` or (case-insensitive) title. A title shared by several
 * entries picks the non-deprecated one, preferring classes, then field groups, then data types.
 */
export async function getLibraryEntry(idOrAltIdOrTitle: string): Promise<LibraryEntry | undefined> {
  const index = await loadIndex();
  const direct = index.byKey.get(idOrAltIdOrTitle);
  if (direct) return direct;
  const candidates = index.byTitle.get(idOrAltIdOrTitle.trim().toLowerCase());
  if (!candidates) return undefined;
  const rank = (entry: LibraryEntry): number =>
    (entry['meta:status'] === 'deprecated' ? 10 : 0) + KIND_RANK.indexOf(entry.kind);
  return [...candidates].sort((a, b) => rank(a) - rank(b))[0];
}

const KIND_RANK: readonly LibraryKind[] = ['class', 'fieldgroup', 'datatype', 'schema', 'behavior'];

/** The converted (unresolved, `$ref`s kept) schema body of a library entry. */
export async function getLibrarySchema(idOrAltIdOrTitle: string): Promise<JsonSchema | undefined> {
  const entry = await getLibraryEntry(idOrAltIdOrTitle);
  if (!entry) return undefined;
  return (await loadChunk(entry.chunk))[entry.$id];
}

/**
 * Resolves a composition (class + field groups + tenant fragments) into one JSON Schema with all
 * `$ref`s inlined and `allOf`s merged, and lists its fields with their XDM types. Loads only the
 * library chunks the composition needs. Throws `XdmResolveError` (`unknown-entry`, `wrong-kind`,
 * `unknown-ref`, `cyclic-ref`, `field-conflict`) with the `$ref` chain in its message.
 */
export async function resolveComposition(composition: Composition): Promise<ResolvedComposition> {
  const index = await loadIndex();
  const tenant = new Map<string, JsonObject>();
  for (const schema of composition.tenantSchemas ?? []) {
    if (typeof schema['$id'] !== 'string')
      throw new XdmResolveError('unknown-entry', 'A tenant schema has no $id');
    tenant.set(schema['$id'], schema);
  }
  const identify = (key: string, role: 'class' | 'field group'): string => {
    if (tenant.has(key)) return key;
    const entry = index.byKey.get(key) ?? pickByTitle(index, key);
    if (!entry)
      throw new XdmResolveError(
        'unknown-entry',
        `Unknown ${role} ${key}: not in the XDM library or tenant schemas`,
      );
    const expected: LibraryKind = role === 'class' ? 'class' : 'fieldgroup';
    if (entry.kind !== expected) {
      throw new XdmResolveError('wrong-kind', `${entry.$id} is a ${entry.kind}, not a ${role}`);
    }
    return entry.$id;
  };
  const classId = identify(composition.classId, 'class');
  const fieldGroupIds = (composition.fieldGroupIds ?? []).map((id) => identify(id, 'field group'));
  const rootId = composition.$id ?? 'urn:profile-stager:composition';
  const docs = new Map(tenant);
  const allOf: JsonObject[] = [classId, ...fieldGroupIds].map((id) => ({ $ref: id }));
  (composition.fragments ?? []).forEach((fragment, position) => {
    const id =
      typeof fragment['$id'] === 'string' ? fragment['$id'] : `urn:profile-stager:fragment:${position}`;
    docs.set(id, fragment);
    allOf.push({ $ref: id });
  });
  await loadClosure(index, docs, [classId, ...fieldGroupIds]);
  const flattened = flattenSchema({ allOf }, rootId, (id) => docs.get(id));
  const schema: JsonSchema = {
    ...(composition.$id && { $id: composition.$id }),
    ...(composition.title && { title: composition.title }),
    ...flattened,
  };
  schema['type'] ??= 'object';
  return {
    schema,
    fields: listFields(schema),
    classId,
    fieldGroupIds,
    behavior: behaviorOf(index, docs, classId),
  };
}

/** Resolves one library entry (class, field group or data type) on its own. */
export async function resolveLibrarySchema(
  idOrAltIdOrTitle: string,
): Promise<{ schema: JsonSchema; fields: XdmField[] }> {
  const index = await loadIndex();
  const entry = index.byKey.get(idOrAltIdOrTitle) ?? pickByTitle(index, idOrAltIdOrTitle);
  if (!entry) throw new XdmResolveError('unknown-entry', `Unknown XDM library entry ${idOrAltIdOrTitle}`);
  const docs = new Map<string, JsonObject>();
  await loadClosure(index, docs, [entry.$id]);
  const schema = flattenSchema({ $ref: entry.$id }, entry.$id, (id) => docs.get(id));
  return { schema, fields: listFields(schema) };
}

function pickByTitle(index: LibraryIndex, title: string): LibraryEntry | undefined {
  const candidates = index.byTitle.get(title.trim().toLowerCase()) ?? [];
  return candidates.find((entry) => entry['meta:status'] !== 'deprecated') ?? candidates[0];
}

/** Loads into `docs` every library document reachable by `$ref` from `roots` and from `docs`. */
async function loadClosure(
  index: LibraryIndex,
  docs: Map<string, JsonObject>,
  roots: readonly string[],
): Promise<void> {
  const pending = [...roots, ...[...docs.values()].flatMap((doc) => collectRefs(doc))];
  while (pending.length > 0) {
    const ref = pending.pop() as string;
    const hash = ref.indexOf('#');
    const id = hash < 0 ? ref : ref.slice(0, hash);
    if (docs.has(id)) continue;
    const entry = index.byKey.get(id);
    if (!entry || entry.$id !== id) continue; // left to the resolver, which reports the unknown $ref
    const doc = (await loadChunk(entry.chunk))[id];
    if (!doc) continue;
    docs.set(id, doc);
    pending.push(...collectRefs(doc));
  }
}

function behaviorOf(
  index: LibraryIndex,
  docs: Map<string, JsonObject>,
  classId: string,
): LibraryBehavior | undefined {
  const entry = index.byKey.get(classId);
  if (entry?.behavior) return entry.behavior;
  const extendsList = docs.get(classId)?.['meta:extends'];
  if (!Array.isArray(extendsList)) return undefined;
  for (const id of extendsList) if (typeof id === 'string' && BEHAVIOR_IDS[id]) return BEHAVIOR_IDS[id];
  return undefined;
}
