// Opens Dexie databases for the engine with whatever IndexedDB the host provides.
import Dexie from 'dexie';
import { SANDBOX_VERSIONS, WORKSPACE_DB_NAME, WORKSPACE_VERSIONS, type SchemaVersion } from './schema';

/** The IndexedDB implementation a host hands the engine (browser globals or fake-indexeddb). */
export interface IndexedDbProvider {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

function declare(db: Dexie, versions: readonly SchemaVersion[], upTo: number): Dexie {
  for (const v of versions) {
    if (v.version > upTo) break;
    const declared = db.version(v.version).stores(v.stores);
    if (v.upgrade) declared.upgrade(v.upgrade);
  }
  return db;
}

/** Opens a sandbox database at the latest version, or at `upTo` (used by imports and tests). */
export function openSandboxDb(
  provider: IndexedDbProvider,
  name: string,
  upTo = Number.POSITIVE_INFINITY,
): Dexie {
  return declare(new Dexie(name, { ...provider, autoOpen: true }), SANDBOX_VERSIONS, upTo);
}

/** Opens the workspace database that lists sandboxes. */
export function openWorkspaceDb(provider: IndexedDbProvider): Dexie {
  return declare(new Dexie(WORKSPACE_DB_NAME, { ...provider }), WORKSPACE_VERSIONS, Number.POSITIVE_INFINITY);
}

/** Deletes a database by name; succeeds when it does not exist. */
export async function deleteDb(provider: IndexedDbProvider, name: string): Promise<void> {
  await new Dexie(name, { ...provider }).delete();
}
