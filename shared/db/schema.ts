// Every Dexie schema version of a sandbox database and of the workspace database, in one file.
// Add a version by appending to SANDBOX_VERSIONS; never edit a published one. Each upgrade has a
// test in test/engine/db-migrations.test.ts that opens the previous version's data.
import type { Transaction } from 'dexie';

export interface SchemaVersion {
  version: number;
  /** Dexie store specs; `null` deletes a table. */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/** Sandbox database versions, oldest first. */
export const SANDBOX_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Key/value settings of the sandbox (tenant id, flags).
      settings: 'key',
    },
  },
  {
    // Schema Registry: tenant schemas, field groups, identity descriptors, custom namespaces.
    version: 2,
    stores: {
      schemas: 'id, &altId, &titleKey',
      fieldgroups: 'id, &altId',
      descriptors: 'id, sourceSchema',
      namespaces: 'code',
    },
  },
  {
    // Catalog and batch ingestion: datasets, batches, accepted rows and diagnostics in large pages
    // under monotonic keys (never one IndexedDB record per row).
    version: 3,
    stores: {
      datasets: 'id, &nameKey, schemaId',
      batches: 'id, datasetId, seq',
      batchPages: '++id, batchId',
      batchErrors: '++id, batchId',
    },
  },
  {
    // Profile: merge policies (merged profiles themselves are derived, never stored).
    version: 4,
    stores: {
      mergePolicies: 'id',
    },
  },
  {
    // Streaming: HTTP API inlets (messages themselves are written as batches).
    version: 5,
    stores: {
      inlets: 'id',
    },
  },
];

/** The version a freshly opened sandbox database is brought to. */
export const SANDBOX_DB_VERSION = SANDBOX_VERSIONS[SANDBOX_VERSIONS.length - 1]?.version ?? 1;

/** Workspace database versions: the list of sandboxes and which database holds each. */
export const WORKSPACE_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      sandboxes: 'name',
    },
  },
];

export const WORKSPACE_DB_NAME = 'profile-stager-workspace';

/** Table names of a sandbox database at a given version (tables deleted by then excluded). */
export function sandboxTablesAt(version: number): string[] {
  const tables = new Map<string, string>();
  for (const v of SANDBOX_VERSIONS) {
    if (v.version > version) break;
    for (const [name, spec] of Object.entries(v.stores)) {
      if (spec === null) tables.delete(name);
      else tables.set(name, spec);
    }
  }
  return [...tables.keys()].sort();
}
