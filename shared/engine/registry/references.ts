// Resolving the class and field groups a schema names: library or tenant, compatible with the class.
import type Dexie from 'dexie';
import { EngineError } from '../../contract/errors';
import { getLibraryEntry } from '../../xdm/library';
import { EVENT_CLASS, PROFILE_CLASS, type StoredSchema } from './model';
import { findFieldGroup } from './store';

/** Resolves a class reference ($id, altId or title) to a library class. */
export async function requireClass(
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
export async function requireFieldGroup(
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
