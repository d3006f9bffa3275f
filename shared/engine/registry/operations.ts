// Registry operations: create and change schemas, custom fields, identities, Profile enablement.
import type Dexie from 'dexie';
import { EngineError } from '../../contract/errors';
import type {
  IdentityDescriptor,
  LocksReport,
  SchemaCheck,
  SchemaDetail,
} from '../../contract/registry-types';
import { getLibraryEntry } from '../../xdm/library';
import { isJsonObject } from '../../xdm/types';
import {
  customFieldSchema,
  customFieldSegments,
  emptyCustomFieldGroup,
  withCustomField,
  type CustomFieldInput,
} from './custom-fields';
import { altIdOf, EVENT_CLASS, PROFILE_CLASS, toDotted, toPointer, type StoredSchema } from './model';
import { listNamespaces, requireNamespace } from './namespaces';
import { profileRequirements } from './rules';
import type { RegistryCore } from './service';
import { allSchemas, findFieldGroup, findSchema, requireSchema } from './store';

export interface IdentityInput {
  path: string;
  namespace: string;
  isPrimary?: boolean;
}

export interface CreateSchemaInput {
  title: string;
  description?: string;
  classId: string;
  fieldGroupIds?: string[];
  identities?: IdentityInput[];
  isProfileEnabled?: boolean;
}

/** Resolves a class reference ($id, altId or title) to a library class. */
async function requireClass(
  ref: string,
): Promise<{ id: string; title: string; behavior: StoredSchema['behavior'] }> {
  const entry = await getLibraryEntry(ref);
  if (!entry || entry.kind !== 'class') {
    throw new EngineError(
      'not-found',
      `"${ref}" is not a class in the XDM library. Try "XDM Individual Profile" (${PROFILE_CLASS}) or "XDM ExperienceEvent" (${EVENT_CLASS}).`,
    );
  }
  if (entry['meta:status'] === 'deprecated')
    throw new EngineError('failed-precondition', `Class ${entry.title} is deprecated; choose another class.`);
  return { id: entry.$id, title: entry.title, behavior: entry.behavior ?? 'unknown' };
}

/** Resolves a field group reference to a library or tenant field group and checks it fits the class. */
async function requireFieldGroup(
  db: Dexie,
  ref: string,
  classId: string,
  classTitle: string,
): Promise<string> {
  const tenant = await findFieldGroup(db, ref);
  if (tenant) return tenant.id;
  const entry = await getLibraryEntry(ref);
  if (!entry || entry.kind !== 'fieldgroup')
    throw new EngineError(
      'not-found',
      `"${ref}" is not a field group in the XDM library or this sandbox. Search with "schema library --kind fieldgroup --search …".`,
    );
  const intended = entry['meta:intendedToExtend'] ?? [];
  if (intended.length > 0 && !intended.includes(classId)) {
    throw new EngineError(
      'failed-precondition',
      `Field group "${entry.title}" is not compatible with class ${classTitle}: it extends ${intended.join(', ')} (meta:intendedToExtend). Choose a field group made for ${classTitle}.`,
    );
  }
  return entry.$id;
}

async function descriptorFor(
  core: RegistryCore,
  db: Dexie,
  schemaId: string,
  input: IdentityInput,
): Promise<IdentityDescriptor> {
  const namespace = await requireNamespace(db, input.namespace);
  const pointer = toPointer(input.path.trim());
  if (/\[\]|\{\}/.test(pointer) || pointer.includes('/properties/') || pointer.endsWith('/')) {
    throw new EngineError(
      'invalid-argument',
      `Identity path "${input.path}" is not a plain field path (write it as person.email or /person/email; no "properties", arrays or maps — use identityMap for those).`,
    );
  }
  return {
    '@id': core.ctx.newId(),
    '@type': 'xdm:descriptorIdentity',
    'xdm:sourceSchema': schemaId,
    'xdm:sourceVersion': 1,
    'xdm:sourceProperty': pointer,
    'xdm:namespace': namespace.code,
    'xdm:property': 'xdm:code',
    'xdm:isPrimary': input.isPrimary === true,
    'meta:containerId': 'tenant',
  };
}

/** Adds or replaces the identity on a path; at most one primary, fields must be strings. */
async function applyIdentity(
  core: RegistryCore,
  db: Dexie,
  schema: StoredSchema,
  descriptors: IdentityDescriptor[],
  input: IdentityInput,
  fieldsOf: () => Promise<Map<string, string>>,
): Promise<IdentityDescriptor[]> {
  const descriptor = await descriptorFor(core, db, schema.id, input);
  const path = toDotted(descriptor['xdm:sourceProperty']);
  const type = (await fieldsOf()).get(path);
  if (type === undefined)
    throw new EngineError(
      'not-found',
      `Field "${path}" is not in schema "${schema.title}". Add it first (schema add-field) or check the path.`,
    );
  if (type !== 'string' && type !== 'enum')
    throw new EngineError(
      'failed-precondition',
      `Field "${path}" is ${type}; only string fields can be identities.`,
    );
  const rest = descriptors.filter((d) => d['xdm:sourceProperty'] !== descriptor['xdm:sourceProperty']);
  const otherPrimary = rest.find((d) => d['xdm:isPrimary']);
  if (descriptor['xdm:isPrimary'] && otherPrimary) {
    throw new EngineError(
      'failed-precondition',
      `Schema "${schema.title}" already has a primary identity (${toDotted(otherPrimary['xdm:sourceProperty'])}); a schema has only one. Make that one secondary first.`,
    );
  }
  return [...rest, descriptor];
}

/** Creates a tenant schema; identities and Profile enablement may be given at once (as the platform's POST allows). */
export async function createSchema(
  core: RegistryCore,
  sandbox: string,
  input: CreateSchemaInput,
): Promise<SchemaDetail> {
  const title = input.title?.trim();
  if (!title) throw new EngineError('invalid-argument', 'A schema needs a title.');
  return core.exclusive(async () => {
    const db = await core.db(sandbox);
    if (await findSchema(db, title))
      throw new EngineError(
        'already-exists',
        `A schema titled "${title}" already exists in this sandbox; titles are unique.`,
      );
    const cls = await requireClass(input.classId);
    const groups: string[] = [];
    for (const ref of input.fieldGroupIds ?? []) {
      const id = await requireFieldGroup(db, ref, cls.id, cls.title);
      if (!groups.includes(id)) groups.push(id);
    }
    const tenantId = await core.tenantId(sandbox);
    const id = `https://ns.adobe.com/${tenantId}/schemas/${core.ctx.newId()}`;
    const now = core.iso();
    let schema: StoredSchema = {
      id,
      altId: altIdOf(id),
      title,
      titleKey: title.toLowerCase(),
      ...(input.description ? { description: input.description } : {}),
      classId: cls.id,
      behavior: cls.behavior,
      fieldGroupIds: groups,
      isProfileEnabled: false,
      minor: 0,
      createdAt: now,
      updatedAt: now,
    };
    let descriptors: IdentityDescriptor[] = [];
    const resolvedTypes = async () =>
      new Map((await core.resolve(db, schema)).fields.map((f) => [f.path, f.xdmType as string]));
    for (const identity of input.identities ?? [])
      descriptors = await applyIdentity(core, db, schema, descriptors, identity, resolvedTypes);
    if (input.isProfileEnabled) {
      await assertEnablable(core, db, schema, descriptors);
      schema = { ...schema, isProfileEnabled: true };
    }
    const saved = await core.commit(sandbox, db, undefined, { schema, fieldGroups: [], descriptors });
    return core.detail(sandbox, db, saved);
  });
}

/** Creates a schema from the platform's `POST /tenant/schemas` body (SPEC §1.7). */
export async function createSchemaFromBody(
  core: RegistryCore,
  sandbox: string,
  body: unknown,
): Promise<SchemaDetail> {
  if (!isJsonObject(body))
    throw new EngineError(
      'invalid-argument',
      'The schema body must be a JSON object with "title" and "allOf".',
    );
  const allOf = body['allOf'];
  if (!Array.isArray(allOf) || allOf.length === 0)
    throw new EngineError(
      'invalid-argument',
      'The schema body needs "allOf": [{"$ref": "<class $id>"}, {"$ref": "<field group $id>"}, …].',
    );
  const refs = allOf.map((item, i) => {
    if (!isJsonObject(item) || typeof item['$ref'] !== 'string')
      throw new EngineError('invalid-argument', `allOf[${i}] must be {"$ref": "<$id>"}.`);
    return item['$ref'];
  });
  const kinds = await Promise.all(refs.map(async (ref) => (await getLibraryEntry(ref))?.kind));
  const classes = refs.filter((_, i) => kinds[i] === 'class');
  if (classes.length !== 1)
    throw new EngineError(
      'invalid-argument',
      `A schema has exactly one class; allOf names ${classes.length} (${classes.join(', ') || 'none'}).`,
    );
  const tags = body['meta:immutableTags'];
  return createSchema(core, sandbox, {
    title: String(body['title'] ?? ''),
    ...(typeof body['description'] === 'string' ? { description: body['description'] } : {}),
    classId: classes[0] as string,
    fieldGroupIds: refs.filter((_, i) => kinds[i] !== 'class'),
    isProfileEnabled: Array.isArray(tags) && tags.includes('union'),
  });
}

/** Applies a change to an existing schema through the registry's rules. */
async function change(
  core: RegistryCore,
  sandbox: string,
  ref: string,
  mutate: (ctx: {
    db: Dexie;
    before: StoredSchema;
    draft: Awaited<ReturnType<RegistryCore['draftOf']>>['draft'];
  }) => Promise<void>,
): Promise<SchemaDetail> {
  return core.exclusive(async () => {
    const db = await core.db(sandbox);
    const { before, draft } = await core.draftOf(db, ref);
    await mutate({ db, before, draft });
    const saved = await core.commit(sandbox, db, before, draft);
    return core.detail(sandbox, db, saved);
  });
}

export function addFieldGroup(
  core: RegistryCore,
  sandbox: string,
  ref: string,
  group: string,
): Promise<SchemaDetail> {
  return change(core, sandbox, ref, async ({ db, draft }) => {
    const cls = await requireClass(draft.schema.classId);
    const id = await requireFieldGroup(db, group, cls.id, cls.title);
    if (draft.schema.fieldGroupIds.includes(id))
      throw new EngineError(
        'already-exists',
        `Schema "${draft.schema.title}" already has field group ${id}.`,
      );
    draft.schema.fieldGroupIds.push(id);
  });
}

export function removeFieldGroup(
  core: RegistryCore,
  sandbox: string,
  ref: string,
  group: string,
): Promise<SchemaDetail> {
  return change(core, sandbox, ref, async ({ db, draft }) => {
    const tenant = await findFieldGroup(db, group);
    const id = tenant?.id ?? (await getLibraryEntry(group))?.$id ?? group;
    if (!draft.schema.fieldGroupIds.includes(id))
      throw new EngineError('not-found', `Schema "${draft.schema.title}" has no field group ${group}.`);
    draft.schema.fieldGroupIds = draft.schema.fieldGroupIds.filter((g) => g !== id);
    if (draft.schema.customFieldGroupId === id) delete draft.schema.customFieldGroupId;
  });
}

export function updateSchema(
  core: RegistryCore,
  sandbox: string,
  ref: string,
  input: { title?: string; description?: string },
): Promise<SchemaDetail> {
  return change(core, sandbox, ref, async ({ db, draft }) => {
    if (input.title !== undefined) {
      const title = input.title.trim();
      if (!title) throw new EngineError('invalid-argument', 'A schema title cannot be empty.');
      const clash = await findSchema(db, title);
      if (clash && clash.id !== draft.schema.id)
        throw new EngineError('already-exists', `A schema titled "${title}" already exists.`);
      draft.schema.title = title;
      draft.schema.titleKey = title.toLowerCase();
    }
    if (input.description !== undefined) draft.schema.description = input.description;
  });
}

/** Adds a custom field under `_{tenantId}` in the schema's own tenant field group. */
export function addCustomField(
  core: RegistryCore,
  sandbox: string,
  ref: string,
  input: CustomFieldInput,
): Promise<SchemaDetail> {
  return change(core, sandbox, ref, async ({ draft }) => {
    const tenantId = await core.tenantId(sandbox);
    const segments = customFieldSegments(input.path, tenantId);
    const field = customFieldSchema(input);
    let group = draft.fieldGroups.find((g) => g.id === draft.schema.customFieldGroupId);
    if (!group) {
      const id = `https://ns.adobe.com/${tenantId}/mixins/${core.ctx.newId()}`;
      const title = `${draft.schema.title} custom fields`;
      const now = core.iso();
      group = {
        id,
        altId: altIdOf(id),
        title,
        doc: emptyCustomFieldGroup(id, altIdOf(id), title, tenantId, draft.schema.classId),
        minor: 0,
        createdAt: now,
        updatedAt: now,
        ownerSchema: draft.schema.id,
      };
      draft.fieldGroups.push(group);
      draft.schema.customFieldGroupId = id;
      draft.schema.fieldGroupIds.push(id);
    }
    group.doc = withCustomField(group.doc, tenantId, segments, field, input.isRequired === true);
    group.minor += 1;
  });
}

export function setIdentity(
  core: RegistryCore,
  sandbox: string,
  ref: string,
  input: IdentityInput,
): Promise<SchemaDetail> {
  return change(core, sandbox, ref, async ({ db, draft }) => {
    const types = async () =>
      new Map(
        (await core.resolve(db, draft.schema, draft.fieldGroups)).fields.map((f) => [
          f.path,
          f.xdmType as string,
        ]),
      );
    draft.descriptors = await applyIdentity(core, db, draft.schema, draft.descriptors, input, types);
  });
}

export function removeIdentity(
  core: RegistryCore,
  sandbox: string,
  ref: string,
  path: string,
): Promise<SchemaDetail> {
  return change(core, sandbox, ref, async ({ draft }) => {
    const pointer = toPointer(path);
    if (!draft.descriptors.some((d) => d['xdm:sourceProperty'] === pointer))
      throw new EngineError('not-found', `Field "${toDotted(pointer)}" is not an identity of this schema.`);
    draft.descriptors = draft.descriptors.filter((d) => d['xdm:sourceProperty'] !== pointer);
  });
}

async function checklist(
  core: RegistryCore,
  db: Dexie,
  schema: StoredSchema,
  descriptors: readonly IdentityDescriptor[],
): Promise<SchemaCheck[]> {
  const cls = await getLibraryEntry(schema.classId);
  return profileRequirements({
    classId: schema.classId,
    classTitle: cls?.title ?? schema.classId,
    descriptors,
    fields: (await core.resolve(db, schema)).fields,
    namespaces: await listNamespaces(db),
  });
}

async function assertEnablable(
  core: RegistryCore,
  db: Dexie,
  schema: StoredSchema,
  descriptors: readonly IdentityDescriptor[],
): Promise<void> {
  const failed = (await checklist(core, db, schema, descriptors)).filter((c) => !c.isMet);
  if (failed.length > 0) {
    throw new EngineError(
      'failed-precondition',
      `Schema "${schema.title}" cannot be enabled for Profile:\n${failed.map((c) => `- ${c.message}${c.fix ? ` Fix: ${c.fix}` : ''}`).join('\n')}`,
      { checks: failed },
    );
  }
}

/** Enables a schema for Profile (adds the union tag). Irreversible; enabling twice is a no-op. */
export function enableProfile(core: RegistryCore, sandbox: string, ref: string): Promise<SchemaDetail> {
  return core.exclusive(async () => {
    const db = await core.db(sandbox);
    const { before, draft } = await core.draftOf(db, ref);
    if (before.isProfileEnabled) return core.detail(sandbox, db, before);
    await assertEnablable(core, db, before, draft.descriptors);
    draft.schema.isProfileEnabled = true;
    return core.detail(sandbox, db, await core.commit(sandbox, db, before, draft));
  });
}

/** The requirements checklist and exactly what enabling makes permanent. */
export async function locksReport(core: RegistryCore, sandbox: string, ref: string): Promise<LocksReport> {
  const db = await core.db(sandbox);
  const schema = await requireSchema(db, ref);
  const detail = await core.detail(sandbox, db, schema);
  const checks = await checklist(core, db, schema, detail.identities);
  const primary = detail.identities.find((d) => d['xdm:isPrimary']);
  const enums = detail.fields.filter((f) => f.enum);
  const unionId = `${schema.classId}__union`;
  const peers = (await allSchemas(db)).filter(
    (s) => s.isProfileEnabled && s.classId === schema.classId && s.id !== schema.id,
  );
  const locks = [
    'The schema can never be disabled for Profile: the "union" tag is permanent.',
    'The schema cannot be deleted.',
    `Its ${detail.fields.length} fields can never be removed, renamed, moved or change type; fields can only be added.`,
    ...(enums.length
      ? [`Allowed values cannot be removed from: ${enums.map((f) => f.path).join(', ')}.`]
      : []),
    ...(primary
      ? [
          `The primary identity ${toDotted(primary['xdm:sourceProperty'])} (${primary['xdm:namespace']}) cannot change.`,
        ]
      : ['Every record must flag exactly one identityMap identity as primary.']),
    `Its fields join the union ${unionId}${peers.length ? ` with ${peers.map((p) => `"${p.title}"`).join(', ')}` : ''}, and field types are fixed across every schema of the sandbox.`,
  ];
  return { schema: schema.id, isEnabled: schema.isProfileEnabled, checks, locks };
}

/** Deletes a schema that is neither enabled for Profile nor in use. */
export function deleteSchema(core: RegistryCore, sandbox: string, ref: string): Promise<{ deleted: string }> {
  return core.exclusive(async () => {
    const db = await core.db(sandbox);
    const schema = await requireSchema(db, ref);
    if (schema.isProfileEnabled)
      throw new EngineError(
        'failed-precondition',
        `Schema "${schema.title}" is enabled for Profile and cannot be deleted.`,
      );
    if (await core.hooks.isInUse(sandbox, schema.id))
      throw new EngineError(
        'failed-precondition',
        `Schema "${schema.title}" is in use by a dataset and cannot be deleted.`,
      );
    await db.transaction(
      'rw',
      [db.table('schemas'), db.table('fieldgroups'), db.table('descriptors')],
      async () => {
        await db.table('schemas').delete(schema.id);
        await db.table('descriptors').where('sourceSchema').equals(schema.id).delete();
        if (schema.customFieldGroupId) await db.table('fieldgroups').delete(schema.customFieldGroupId);
      },
    );
    return { deleted: schema.id };
  });
}
