// The Schema Registry of a sandbox: tenant schemas composed of one class and field groups, custom
// fields, identity descriptors, Profile enablement, evolution rules and unions (SPEC §1, §5.1).
import type Dexie from 'dexie';
import { EngineError } from '../../contract/errors';
import type { IdentityDescriptor, SchemaDetail, SchemaView } from '../../contract/registry-types';
import { getLibraryEntry, resolveComposition, type ResolvedComposition } from '../../xdm/library';
import { XdmResolveError } from '../../xdm/resolve';
import { createXdmValidatorCache } from '../../xdm/validate';
import type { EngineContext } from '../deps';
import type { SandboxService } from '../sandbox/service';
import { schemaView, toDotted, versionOf, type StoredFieldGroup, type StoredSchema } from './model';
import { breakingChanges, typeConflicts } from './rules';
import { allSchemas, descriptorsOf, requireSchema, tenantFieldGroups } from './store';

/** What other domains tell the registry (the catalog knows which schemas are in use). */
export interface RegistryHooks {
  isInUse(sandbox: string, schemaId: string): Promise<boolean>;
}

/** A proposed new state of one schema: the schema row, changed tenant field groups, descriptors. */
export interface SchemaDraft {
  schema: StoredSchema;
  fieldGroups: StoredFieldGroup[];
  descriptors: IdentityDescriptor[];
}

export class RegistryCore {
  private readonly resolvedCache = new Map<string, ResolvedComposition>();
  /** Compiled validators of this engine's schema versions (never shared between engines). */
  readonly validators = createXdmValidatorCache(16);
  private queue: Promise<unknown> = Promise.resolve();
  hooks: RegistryHooks = { isInUse: async () => false };

  constructor(
    readonly ctx: EngineContext,
    readonly sandboxes: SandboxService,
  ) {}

  db(sandbox: string): Promise<Dexie> {
    return this.sandboxes.db(sandbox);
  }

  async tenantId(sandbox: string): Promise<string> {
    return (await this.sandboxes.get(sandbox)).tenantId;
  }

  iso(): string {
    return new Date(this.ctx.now()).toISOString();
  }

  /** Runs registry changes one at a time. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Resolves a schema (cached per version); `groups` overrides stored tenant field groups. */
  async resolve(
    db: Dexie,
    schema: StoredSchema,
    groups?: readonly StoredFieldGroup[],
  ): Promise<ResolvedComposition> {
    const override = new Map((groups ?? []).map((g) => [g.id, g]));
    const tenantIds = schema.fieldGroupIds.filter(
      (id) =>
        !id.startsWith('https://ns.adobe.com/xdm/') && !id.startsWith('https://ns.adobe.com/experience/'),
    );
    const stored = await tenantFieldGroups(
      db,
      tenantIds.filter((id) => !override.has(id)),
    );
    const tenant = [
      ...stored,
      ...tenantIds.map((id) => override.get(id)).filter((g): g is StoredFieldGroup => g !== undefined),
    ];
    const key = `${db.name}|${schema.id}|${schema.updatedAt}|${schema.fieldGroupIds.join(',')}|${tenant.map((g) => `${g.id}@${g.updatedAt}:${g.minor}`).join(',')}`;
    const cached = this.resolvedCache.get(key);
    if (cached && !groups) return cached;
    try {
      const resolved = await resolveComposition({
        classId: schema.classId,
        fieldGroupIds: schema.fieldGroupIds,
        tenantSchemas: tenant.map((g) => g.doc),
        $id: schema.id,
        title: schema.title,
      });
      if (!groups) {
        if (this.resolvedCache.size > 64) this.resolvedCache.clear();
        this.resolvedCache.set(key, resolved);
      }
      return resolved;
    } catch (error) {
      if (error instanceof XdmResolveError)
        throw new EngineError(
          'invalid-argument',
          `Schema "${schema.title}" cannot be composed: ${error.message}`,
        );
      throw error;
    }
  }

  /** The platform's view of a stored schema. */
  async view(sandbox: string, db: Dexie, schema: StoredSchema): Promise<SchemaView> {
    const classEntry = await getLibraryEntry(schema.classId);
    const groups = await Promise.all(
      schema.fieldGroupIds.map(async (id) => {
        const tenant = (await tenantFieldGroups(db, [id]))[0];
        if (tenant) return { $id: id, title: tenant.title, isTenant: true, extends: [] as string[] };
        const entry = await getLibraryEntry(id);
        return {
          $id: id,
          title: entry?.title ?? id,
          isTenant: false,
          extends: entry?.['meta:extends'] ?? [],
        };
      }),
    );
    return schemaView(schema, {
      tenantId: await this.tenantId(sandbox),
      classExtends: classEntry?.['meta:extends'] ?? [],
      fieldGroups: groups,
      identities: await descriptorsOf(db, schema.id),
      isInUse: await this.hooks.isInUse(sandbox, schema.id),
    });
  }

  /** The view plus resolved fields marked with their identities. */
  async detail(sandbox: string, db: Dexie, schema: StoredSchema): Promise<SchemaDetail> {
    const view = await this.view(sandbox, db, schema);
    const resolved = await this.resolve(db, schema);
    const identities = new Map(view.identities.map((d) => [toDotted(d['xdm:sourceProperty']), d]));
    const fields = resolved.fields.map((f) => {
      const identity = identities.get(f.path);
      return {
        path: f.path,
        xdmType: f.xdmType,
        isRequired: f.isRequired || identity !== undefined,
        ...(f.title ? { title: f.title } : {}),
        ...(f.enum ? { enum: f.enum } : {}),
        ...(identity
          ? { identity: { namespace: identity['xdm:namespace'], isPrimary: identity['xdm:isPrimary'] } }
          : {}),
      };
    });
    return { ...view, fields };
  }

  /**
   * Checks and writes a new state of a schema: it must compose, keep field types consistent with the
   * sandbox's other schemas, keep identity fields valid, and — once the schema is enabled for Profile
   * or in use — change nothing but additively. Bumps the minor version.
   */
  async commit(
    sandbox: string,
    db: Dexie,
    before: StoredSchema | undefined,
    draft: SchemaDraft,
  ): Promise<StoredSchema> {
    const after = await this.resolve(db, draft.schema, draft.fieldGroups);
    const others = (await allSchemas(db)).filter((s) => s.id !== draft.schema.id);
    const otherFields = await Promise.all(
      others.map(async (s) => ({ title: s.title, fields: (await this.resolve(db, s)).fields })),
    );
    const conflicts = typeConflicts(after.fields, otherFields);
    if (conflicts.length > 0)
      throw new EngineError('failed-precondition', conflicts.join('\n'), { conflicts });

    const byPath = new Map(after.fields.map((f) => [f.path, f]));
    for (const d of draft.descriptors) {
      const path = toDotted(d['xdm:sourceProperty']);
      if (!byPath.has(path)) {
        throw new EngineError(
          'failed-precondition',
          `Identity field "${path}" would no longer exist in the schema; remove the identity first.`,
        );
      }
    }

    if (before && (before.isProfileEnabled || (await this.hooks.isInUse(sandbox, before.id)))) {
      const previous = await this.resolve(db, before);
      const changes = breakingChanges(previous.fields, after.fields);
      const oldPrimary = (await descriptorsOf(db, before.id)).find((d) => d['xdm:isPrimary']);
      const newPrimary = draft.descriptors.find((d) => d['xdm:isPrimary']);
      if (
        before.isProfileEnabled &&
        oldPrimary &&
        oldPrimary['xdm:sourceProperty'] !== newPrimary?.['xdm:sourceProperty']
      ) {
        changes.push({
          kind: 'primary-identity-changed',
          path: toDotted(oldPrimary['xdm:sourceProperty']),
          message: `The primary identity ${toDotted(oldPrimary['xdm:sourceProperty'])} (${oldPrimary['xdm:namespace']}) cannot change once the schema is enabled for Profile.`,
        });
      }
      if (before.isProfileEnabled && !draft.schema.isProfileEnabled) {
        changes.push({
          kind: 'union-tag-removed',
          path: '',
          message: 'A schema enabled for Profile cannot be disabled: the union tag is permanent.',
        });
      }
      if (changes.length > 0) {
        const why = before.isProfileEnabled ? 'is enabled for Profile' : 'is in use by a dataset';
        throw new EngineError(
          'failed-precondition',
          `Schema "${before.title}" ${why}, so only additive changes are allowed. Refused:\n${changes.map((c) => `- ${c.message}`).join('\n')}`,
          { breakingChanges: changes },
        );
      }
    }

    const now = this.iso();
    const schema: StoredSchema = { ...draft.schema, minor: before ? before.minor + 1 : 0, updatedAt: now };
    const descriptors = db.table('descriptors');
    await db.transaction('rw', [db.table('schemas'), db.table('fieldgroups'), descriptors], async () => {
      await db.table('schemas').put(schema);
      for (const group of draft.fieldGroups) await db.table('fieldgroups').put({ ...group, updatedAt: now });
      await descriptors.where('sourceSchema').equals(schema.id).delete();
      await descriptors.bulkPut(
        draft.descriptors.map((body) => ({ id: body['@id'], sourceSchema: schema.id, body })),
      );
    });
    return schema;
  }

  /** Loads a schema's current draft for a change. */
  async draftOf(db: Dexie, ref: string): Promise<{ before: StoredSchema; draft: SchemaDraft }> {
    const before = await requireSchema(db, ref);
    const groups = before.customFieldGroupId ? await tenantFieldGroups(db, [before.customFieldGroupId]) : [];
    return {
      before,
      draft: {
        schema: { ...before, fieldGroupIds: [...before.fieldGroupIds] },
        fieldGroups: groups,
        descriptors: await descriptorsOf(db, before.id),
      },
    };
  }

  versionOf(schema: StoredSchema): string {
    return versionOf(schema.minor);
  }
}
