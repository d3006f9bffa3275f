// Union schemas (SPEC §1.5): per class, the fields of every Profile-enabled schema plus the three
// fields the registry adds (identityMap, timeSeriesEvents, segmentMembership). Derived, never stored.
import { EngineError } from '../../contract/errors';
import type { SchemaField, UnionView } from '../../contract/registry-types';
import { getLibraryEntry } from '../../xdm/library';
import { altIdOf } from './model';
import type { RegistryCore } from './service';
import { allSchemas } from './store';

const ADDED_FIELDS: SchemaField[] = [
  { path: 'identityMap', xdmType: 'map', isRequired: false, title: 'Identity Map', source: 'union' },
  {
    path: 'timeSeriesEvents',
    xdmType: 'array',
    isRequired: false,
    title: 'Time Series Events',
    source: 'union',
  },
  {
    path: 'segmentMembership',
    xdmType: 'map',
    isRequired: false,
    title: 'Segment Membership',
    source: 'union',
  },
];

/** The union of a class (named by `$id`, altId or title; `__union` suffix accepted). */
export async function unionOf(core: RegistryCore, sandbox: string, classRef: string): Promise<UnionView> {
  const entry = await getLibraryEntry(classRef.replace(/__union$/, ''));
  if (!entry || entry.kind !== 'class')
    throw new EngineError(
      'not-found',
      `"${classRef}" is not a class; unions exist per class (e.g. ${'https://ns.adobe.com/xdm/context/profile'}).`,
    );
  const db = await core.db(sandbox);
  const members = (await allSchemas(db))
    .filter((s) => s.isProfileEnabled && s.classId === entry.$id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  if (members.length === 0) {
    throw new EngineError(
      'not-found',
      `There is no union for ${entry.title} yet: no schema of that class is enabled for Profile.`,
    );
  }
  const fields = new Map<string, SchemaField>();
  for (const member of members) {
    for (const field of (await core.resolve(db, member)).fields) {
      const existing = fields.get(field.path);
      if (existing) existing.isRequired = existing.isRequired && field.isRequired;
      else
        fields.set(field.path, {
          path: field.path,
          xdmType: field.xdmType,
          isRequired: field.isRequired,
          ...(field.title ? { title: field.title } : {}),
          source: member.id,
        });
    }
  }
  for (const added of ADDED_FIELDS) {
    const existing = fields.get(added.path);
    if (!existing) fields.set(added.path, { ...added });
    // Fields under an added root (identityMap{}[].id …) stay as the members define them.
  }
  const id = `${entry.$id}__union`;
  return {
    $id: id,
    'meta:altId': `${altIdOf(entry.$id)}__union`,
    'meta:resourceType': 'unions',
    title: `Union object for ${entry.title}`,
    'meta:class': entry.$id,
    version: `1.${members.reduce((sum, m) => sum + m.minor, 0)}`,
    schemas: members.map((m) => ({ $id: m.id, title: m.title })),
    fields: [...fields.values()],
  };
}
