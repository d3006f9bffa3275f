// Enabling a schema for Profile: the requirements checklist, the irreversible switch, and the report of
// what enabling makes permanent.
import type Dexie from 'dexie';
import { EngineError } from '../../contract/errors';
import type {
  IdentityDescriptor,
  LocksReport,
  SchemaCheck,
  SchemaDetail,
} from '../../contract/registry-types';
import { getLibraryEntry } from '../../xdm/library';
import { toDotted, type StoredSchema } from './model';
import { listNamespaces } from './namespaces';
import { profileRequirements } from './rules';
import type { RegistryCore } from './service';
import { allSchemas, requireSchema } from './store';

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

export async function assertEnablable(
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
