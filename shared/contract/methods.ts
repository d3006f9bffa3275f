// The engine's method map: every request and response type, declared once for all transports.
import type { SandboxInfo, SnapshotImportResult } from './sandbox-types';

/** What a host reports about itself and the engine it runs. */
export interface EngineInfo {
  version: string;
  host: HostKind;
  startedAt: string;
  dbVersion: number;
}

export type HostKind = 'web' | 'desktop' | 'node';

/**
 * Every engine method, keyed by its kebab-case name with a domain prefix.
 * `request` is the single argument object; `response` what the promise resolves to.
 */
export interface EngineMethods {
  /** Host, version and schema version of the running engine. */
  'engine-info': { request: Record<string, never>; response: EngineInfo };
  /** All sandboxes, the default one first. */
  'sandbox-list': { request: Record<string, never>; response: SandboxInfo[] };
  /** Creates an empty sandbox. Names: lowercase letters, digits, hyphens; start with a letter. */
  'sandbox-create': { request: { name: string; title?: string; tenantId?: string }; response: SandboxInfo };
  /** Changes a sandbox's title (its name never changes, as on the platform). */
  'sandbox-rename': { request: { name: string; title: string }; response: SandboxInfo };
  /** Drops every row of a sandbox but keeps the sandbox. */
  'sandbox-reset': { request: { name: string }; response: SandboxInfo };
  /** Deletes a sandbox and its database. The default sandbox cannot be deleted. */
  'sandbox-delete': { request: { name: string }; response: { deleted: string } };
  /** Exports the named sandboxes (all when omitted) as one gzip JSON Lines snapshot. */
  'sandbox-export': { request: { names?: string[] }; response: Uint8Array };
  /**
   * Validates a snapshot completely, then writes it atomically. `replace` overwrites sandboxes of the
   * same name; otherwise an existing name is refused.
   */
  'sandbox-import': {
    request: { bytes: Uint8Array; replace?: boolean; rename?: Record<string, string> };
    response: SnapshotImportResult;
  };
}

export type MethodName = keyof EngineMethods;
export type MethodRequest<M extends MethodName> = EngineMethods[M]['request'];
export type MethodResponse<M extends MethodName> = EngineMethods[M]['response'];
