// Reads and writes of the registry tables of one sandbox database, and reference lookup.
import type Dexie from 'dexie';
import { EngineError } from '../../contract/errors';
import type { IdentityDescriptor } from '../../contract/registry-types';
import type { StoredDescriptor, StoredFieldGroup, StoredSchema } from './model';

export async function allSchemas(db: Dexie): Promise<StoredSchema[]> {
  return (await db.table('schemas').toArray()) as StoredSchema[];
}

/** Finds a tenant schema by `$id`, `meta:altId` or title (case-insensitive). */
export async function findSchema(db: Dexie, ref: string): Promise<StoredSchema | undefined> {
  const table = db.table('schemas');
  const decoded = safeDecode(ref);
  return ((await table.get(decoded)) ??
    (await table.where('altId').equals(decoded).first()) ??
    (await table.where('titleKey').equals(decoded.trim().toLowerCase()).first())) as StoredSchema | undefined;
}

export async function requireSchema(db: Dexie, ref: string): Promise<StoredSchema> {
  const found = await findSchema(db, ref);
  if (!found)
    throw new EngineError(
      'not-found',
      `No schema "${ref}" in this sandbox. Run "schema list" to see the schemas (name one by $id, meta:altId or title).`,
    );
  return found;
}

export async function findFieldGroup(db: Dexie, ref: string): Promise<StoredFieldGroup | undefined> {
  const decoded = safeDecode(ref);
  const table = db.table('fieldgroups');
  const direct = ((await table.get(decoded)) ?? (await table.where('altId').equals(decoded).first())) as
    StoredFieldGroup | undefined;
  if (direct) return direct;
  const lower = decoded.trim().toLowerCase();
  return ((await table.toArray()) as StoredFieldGroup[]).find((g) => g.title.toLowerCase() === lower);
}

export async function tenantFieldGroups(db: Dexie, ids: readonly string[]): Promise<StoredFieldGroup[]> {
  const rows = (await db.table('fieldgroups').bulkGet([...ids])) as (StoredFieldGroup | undefined)[];
  return rows.filter((row): row is StoredFieldGroup => row !== undefined);
}

export async function descriptorsOf(db: Dexie, schemaId: string): Promise<IdentityDescriptor[]> {
  const rows = (await db
    .table('descriptors')
    .where('sourceSchema')
    .equals(schemaId)
    .toArray()) as StoredDescriptor[];
  return rows
    .map((row) => row.body)
    .sort(
      (a, b) =>
        Number(b['xdm:isPrimary']) - Number(a['xdm:isPrimary']) ||
        a['xdm:sourceProperty'].localeCompare(b['xdm:sourceProperty']),
    );
}

function safeDecode(ref: string): string {
  try {
    return decodeURIComponent(ref);
  } catch {
    return ref;
  }
}
