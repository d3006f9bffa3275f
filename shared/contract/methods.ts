// The engine's method map: every request and response type, declared once for all transports.
import type { LibraryEntry } from '../xdm/types';
import type {
  LocksReport,
  NamespaceInfo,
  RecordVerdict,
  SchemaDetail,
  SchemaField,
  SchemaView,
  UnionView,
} from './registry-types';
import type { SandboxInfo, SnapshotImportResult } from './sandbox-types';

/** Every sandbox-scoped request names its sandbox. */
interface InSandbox {
  sandbox: string;
}
/** A schema named by `$id`, `meta:altId` or title. */
interface SchemaRef extends InSandbox {
  ref: string;
}
export interface IdentityArg {
  path: string;
  namespace: string;
  isPrimary?: boolean;
}

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

  /** Standard XDM library entries (classes, field groups, data types); deprecated ones hidden by default. */
  'registry-library-list': {
    request: { kind?: LibraryEntry['kind'] | LibraryEntry['kind'][]; search?: string; includeDeprecated?: boolean; intendedFor?: string };
    response: LibraryEntry[];
  };
  /** One library entry with its resolved fields. */
  'registry-library-show': { request: { ref: string }; response: { entry: LibraryEntry; fields: SchemaField[] } };
  'registry-schema-list': { request: InSandbox; response: SchemaView[] };
  'registry-schema-show': { request: SchemaRef; response: SchemaDetail };
  /** Creates a schema: one class, compatible field groups, optional identities and Profile enablement. */
  'registry-schema-create': {
    request: InSandbox & { title: string; description?: string; classId: string; fieldGroupIds?: string[]; identities?: IdentityArg[]; isProfileEnabled?: boolean };
    response: SchemaDetail;
  };
  /** Creates a schema from the platform's `POST /tenant/schemas` body. */
  'registry-schema-create-from-body': { request: InSandbox & { body: unknown }; response: SchemaDetail };
  'registry-schema-update': { request: SchemaRef & { title?: string; description?: string }; response: SchemaDetail };
  'registry-schema-add-field-group': { request: SchemaRef & { fieldGroup: string }; response: SchemaDetail };
  'registry-schema-remove-field-group': { request: SchemaRef & { fieldGroup: string }; response: SchemaDetail };
  /** Adds a custom field under `_{tenantId}`. */
  'registry-schema-add-field': {
    request: SchemaRef & { path: string; type: string; title?: string; enum?: string[]; isRequired?: boolean };
    response: SchemaDetail;
  };
  'registry-schema-set-identity': { request: SchemaRef & IdentityArg; response: SchemaDetail };
  'registry-schema-remove-identity': { request: SchemaRef & { path: string }; response: SchemaDetail };
  /** Adds the union tag. Irreversible. */
  'registry-schema-enable-profile': { request: SchemaRef; response: SchemaDetail };
  /** The Profile requirements checklist and what enabling makes permanent. */
  'registry-schema-locks': { request: SchemaRef; response: LocksReport };
  'registry-schema-delete': { request: SchemaRef; response: { deleted: string } };
  'registry-union-show': { request: InSandbox & { classRef: string }; response: UnionView };
  'registry-namespace-list': { request: InSandbox; response: NamespaceInfo[] };
  'registry-namespace-create': {
    request: InSandbox & { code: string; name: string; type: string; description?: string };
    response: NamespaceInfo;
  };
  /** Validates records as batch ingestion or a streaming inlet would. */
  'registry-validate': { request: SchemaRef & { records: unknown[]; mode?: 'batch' | 'streaming' }; response: RecordVerdict[] };
}

export type MethodName = keyof EngineMethods;
export type MethodRequest<M extends MethodName> = EngineMethods[M]['request'];
export type MethodResponse<M extends MethodName> = EngineMethods[M]['response'];
