// Types of the sandbox domain shared by the engine, the hosts and the UI.

export type SandboxType = 'production' | 'development';

/** A sandbox as listed to users; the platform's sandbox fields plus local bookkeeping. */
export interface SandboxInfo {
  /** Immutable name: lowercase letters, digits and hyphens (`prod`, `dev-staging`). */
  name: string;
  /** Display title; can be renamed. */
  title: string;
  type: SandboxType;
  /** True for the sandbox that cannot be deleted (`prod`). */
  isDefault: boolean;
  /** Tenant id used for custom fields, e.g. `_acme` is written as `acme`. */
  tenantId: string;
  createdAt: string;
  updatedAt: string;
  /** Rows stored across the sandbox's tables. */
  rowCount: number;
}

export interface SnapshotImportResult {
  sandboxes: SandboxInfo[];
  rows: number;
}
