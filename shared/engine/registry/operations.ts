// Registry operations on schemas: create (also from the platform's POST body), change field groups,
// title and custom fields, and delete. Identities (identities.ts) and Profile enablement
// (profile-enablement.ts) have their own modules.
import { EngineError } from '../../contract/errors';
import type { IdentityDescriptor, SchemaDetail } from '../../contract/registry-types';
import { getLibraryEntry } from '../../xdm/library';
import { isJsonObject } from '../../xdm/types';
import {
  customFieldSchema,
  customFieldSegments,
  emptyCustomFieldGroup,
  withCustomField,
  type CustomFieldInput,
} from './custom-fields';
import { applyIdentity, type IdentityInput } from './identities';
import { altIdOf, type StoredSchema } from './model';
import { assertEnablable } from './profile-enablement';
import { requireClass, requireFieldGroup } from './references';
import { change } from './schema-change';
import type { RegistryCore } from './service';
import { findFieldGroup, findSchema, requireSchema } from './store';

export interface CreateSchemaInput {
  title: string;
  description?: string;
  classId: string;
  fieldGroupIds?: string[];
  identities?: IdentityInput[];
  isProfileEnabled?: boolean;
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
