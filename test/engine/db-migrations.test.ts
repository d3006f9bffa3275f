// Every Dexie upgrade opens the previous version's data (STYLE rule 12).
import { describe, expect, it } from 'vitest';
import { openSandboxDb } from '../../shared/db/open';
import { SANDBOX_DB_VERSION, SANDBOX_VERSIONS, sandboxTablesAt } from '../../shared/db/schema';
import { freshIdb } from './helpers';

describe('sandbox database migrations', () => {
  it('versions are consecutive and the latest is what the engine opens', () => {
    expect(SANDBOX_VERSIONS.map((v) => v.version)).toEqual(SANDBOX_VERSIONS.map((_, i) => i + 1));
    expect(SANDBOX_DB_VERSION).toBe(SANDBOX_VERSIONS.length);
  });

  it.each(SANDBOX_VERSIONS.slice(1).map((v) => v.version))(
    'data written at version %i − 1 opens at version %i with nothing lost',
    async (version) => {
      const idb = freshIdb();
      const old = openSandboxDb(idb, 'migrate-me', version - 1);
      await old.open();
      const written: Record<string, unknown[]> = {};
      for (const table of old.tables) {
        const keyPath = table.schema.primKey.keyPath as string;
        const rows = [0, 1, 2].map((i) => ({ [keyPath]: `${table.name}-${i}`, payload: { i, text: 'Zoë' } }));
        await table.bulkAdd(rows);
        written[table.name] = rows;
      }
      old.close();
      const upgraded = openSandboxDb(idb, 'migrate-me', version);
      await upgraded.open();
      expect(upgraded.verno).toBe(version);
      for (const [name, rows] of Object.entries(written))
        expect(await upgraded.table(name).toArray()).toEqual(rows);
      expect(upgraded.tables.map((t) => t.name).sort()).toEqual(sandboxTablesAt(version));
      upgraded.close();
    },
  );
});
