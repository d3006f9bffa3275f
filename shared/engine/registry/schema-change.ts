// The one way an existing schema changes: under the registry's lock, on a draft, through its rules.
import type Dexie from 'dexie';
import type { SchemaDetail } from '../../contract/registry-types';
import type { StoredSchema } from './model';
import type { RegistryCore } from './service';

/** Applies a change to an existing schema through the registry's rules. */
export async function change(
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
