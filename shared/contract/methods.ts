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
import type {
  AcceptedRow,
  BatchView,
  DatasetTags,
  DatasetView,
  DryRunResult,
  MappingEntry,
  RowDiagnostic,
  SchemaRef as CatalogSchemaRef,
} from './catalog-types';
import type { IdentityConfigView } from './identity-types';
import type {
  AccessEntity,
  Diagnosis,
  EventPage,
  GraphView,
  MergePolicy,
  MergePolicyInput,
  PolicyPreviewIdentity,
  ProfileDetail,
  ProfileStats,
} from './profile-types';
import type { SandboxInfo, SnapshotImportResult } from './sandbox-types';
import type { InletView, StreamedMessage, StreamResult } from './streaming-types';
import type { BlobLike } from '../formats/blob-byte-source';

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
    request: {
      kind?: LibraryEntry['kind'] | LibraryEntry['kind'][];
      search?: string;
      includeDeprecated?: boolean;
      intendedFor?: string;
    };
    response: LibraryEntry[];
  };
  /** One library entry with its resolved fields. */
  'registry-library-show': {
    request: { ref: string };
    response: { entry: LibraryEntry; fields: SchemaField[] };
  };
  'registry-schema-list': { request: InSandbox; response: SchemaView[] };
  'registry-schema-show': { request: SchemaRef; response: SchemaDetail };
  /** Creates a schema: one class, compatible field groups, optional identities and Profile enablement. */
  'registry-schema-create': {
    request: InSandbox & {
      title: string;
      description?: string;
      classId: string;
      fieldGroupIds?: string[];
      identities?: IdentityArg[];
      isProfileEnabled?: boolean;
    };
    response: SchemaDetail;
  };
  /** Creates a schema from the platform's `POST /tenant/schemas` body. */
  'registry-schema-create-from-body': { request: InSandbox & { body: unknown }; response: SchemaDetail };
  'registry-schema-update': {
    request: SchemaRef & { title?: string; description?: string };
    response: SchemaDetail;
  };
  'registry-schema-add-field-group': { request: SchemaRef & { fieldGroup: string }; response: SchemaDetail };
  'registry-schema-remove-field-group': {
    request: SchemaRef & { fieldGroup: string };
    response: SchemaDetail;
  };
  /** Adds a custom field under `_{tenantId}`. */
  'registry-schema-add-field': {
    request: SchemaRef & {
      path: string;
      type: string;
      title?: string;
      enum?: string[];
      isRequired?: boolean;
    };
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
  'registry-validate': {
    request: SchemaRef & { records: unknown[]; mode?: 'batch' | 'streaming' };
    response: RecordVerdict[];
  };

  'catalog-dataset-list': { request: InSandbox; response: DatasetView[] };
  /** A dataset by id or name. */
  'catalog-dataset-show': { request: InSandbox & { ref: string }; response: DatasetView };
  /** Creates a dataset on a schema; Profile only on a Profile-enabled schema (SPEC §2.1). */
  'catalog-dataset-create': {
    request: InSandbox & {
      name: string;
      description?: string;
      schemaRef: CatalogSchemaRef | string;
      tags?: DatasetTags;
    };
    response: DatasetView;
  };
  /** Sets tags (`unifiedProfile`, `unifiedIdentity`) with the platform's rules, e.g. the upsert sequence. */
  'catalog-dataset-set-tags': {
    request: InSandbox & { ref: string; tags: DatasetTags };
    response: DatasetView;
  };
  /** Deletes a dataset with its batches, rows and diagnostics (Catalog `DELETE /dataSets/{id}`); its data leaves Profile. */
  'catalog-dataset-delete': {
    request: InSandbox & { ref: string };
    response: { deleted: string; batches: number };
  };

  'ingest-batch-create': {
    request: InSandbox & {
      datasetId: string;
      inputFormat?: { format?: string; isMultiLineJson?: boolean };
      enableErrorDiagnostics?: boolean;
      partialIngestionPercent?: number;
      mapping?: MappingEntry[];
    };
    response: BatchView;
  };
  /** Streams a file into a loading batch (emits ingest-progress). */
  'ingest-batch-add-file': {
    request: InSandbox & {
      batchId: string;
      name: string;
      file: BlobLike;
      charset?: string;
      delimiter?: string;
    };
    response: BatchView;
  };
  /** Cancels the file being read; the batch is aborted and keeps nothing. */
  'ingest-batch-cancel': { request: InSandbox & { batchId: string }; response: { isCancelled: boolean } };
  /** Signals completion; idempotent once the batch succeeded. */
  'ingest-batch-complete': { request: InSandbox & { batchId: string }; response: BatchView };
  'ingest-batch-abort': { request: InSandbox & { batchId: string }; response: BatchView };
  'ingest-batch-revert': { request: InSandbox & { batchId: string }; response: BatchView };
  'ingest-batch-show': { request: InSandbox & { batchId: string }; response: BatchView };
  'ingest-batch-list': { request: InSandbox & { datasetId?: string }; response: BatchView[] };
  /**
   * Row diagnostics of a batch (parsing and conversion errors), paged (`offset`, `limit` ≤ 10,000),
   * optionally only one `code`. The array also carries `total`: how many diagnostics match in all
   * (a property of the array, kept by structured clone, not by JSON).
   */
  'ingest-batch-errors': {
    request: InSandbox & { batchId: string; offset?: number; limit?: number; code?: string };
    response: (RowDiagnostic & { kind: string; errors?: unknown[] })[] & { total?: number };
  };
  /** Accepted rows of a batch, paged (with Profile-skip flags and coercions). */
  'ingest-batch-rows': {
    request: InSandbox & { batchId: string; offset?: number; limit?: number };
    response: AcceptedRow[];
  };
  /** Validates a sample of a file against a dataset without writing anything. */
  'ingest-dry-run': {
    request: InSandbox & {
      datasetId: string;
      name: string;
      file: BlobLike;
      sample?: number;
      format?: 'csv' | 'json' | 'parquet';
      isMultiLineJson?: boolean;
      charset?: string;
      delimiter?: string;
      mapping?: MappingEntry[];
    };
    response: DryRunResult;
  };
  /** Profile Access `GET /access/entities` for a profile: keyed by XID (limit-exceeded above 50 identities). */
  'profile-entity-get': {
    request: InSandbox & { entityId: string; entityIdNS?: string; fields?: string[]; mergePolicyId?: string };
    response: Record<string, AccessEntity>;
  };
  /** Profile Access `POST /access/entities`: unknown identities come back as the empty placeholder. */
  'profile-entities': {
    request: InSandbox & {
      identities: { entityId: string; entityIdNS?: { code: string } | string }[];
      fields?: string[];
      mergePolicyId?: string;
    };
    response: Record<string, Partial<AccessEntity>>;
  };
  /** The merged profile with each attribute's provenance and the fragments; null when nothing is stored. */
  'profile-detail': {
    request: InSandbox & { entityId: string; entityIdNS?: string; mergePolicyId?: string };
    response: ProfileDetail | null;
  };
  /** ExperienceEvents of a profile (SPEC §7.3). */
  'profile-events': {
    request: InSandbox & {
      relatedEntityId: string;
      relatedEntityIdNS?: string;
      mergePolicyId?: string;
      startTime?: number;
      endTime?: number;
      orderby?: string;
      limit?: number;
      start?: string;
      fields?: string[];
    };
    response: EventPage;
  };
  'profile-graph': {
    request: InSandbox & { entityId: string; entityIdNS?: string };
    response: GraphView | null;
  };
  /** The profiles a batch touched (for upload verification). */
  'profile-batch': {
    request: InSandbox & { batchId: string; offset?: number; limit?: number };
    response: { total: number; profiles: { xid: string; namespace: string; id: string }[] };
  };
  'profile-stats': { request: InSandbox; response: ProfileStats };
  /**
   * Why a lookup finds nothing: runs the platform's documented causes in order (dataset not enabled,
   * data ingested before enabling, wrong namespace or value format, rejected identity values, no
   * primary identity, single-identity records, graph over 50, merge policy excluding the dataset).
   */
  'profile-diagnose': {
    request: InSandbox & { entityId: string; entityIdNS: string; mergePolicyId?: string };
    response: Diagnosis;
  };
  'profile-policy-list': { request: InSandbox; response: MergePolicy[] };
  'profile-policy-show': { request: InSandbox & { id: string }; response: MergePolicy };
  'profile-policy-create': { request: InSandbox & MergePolicyInput; response: MergePolicy };
  'profile-policy-update': {
    request: InSandbox & { id: string } & Partial<MergePolicyInput>;
    response: MergePolicy;
  };
  'profile-policy-delete': { request: InSandbox & { id: string }; response: { deleted: string } };
  /** The sandbox's identity graph configuration (limits and linking rules) and the keys it changed. */
  'identity-config-show': { request: InSandbox; response: IdentityConfigView };
  /**
   * Changes identity configuration keys for a sandbox (`null` puts a key back to its default; strings
   * are read as the CLI writes them). Checked as a whole; the graph and profiles are rebuilt under it.
   */
  'identity-config-set': {
    request: InSandbox & { changes: Record<string, unknown> };
    response: IdentityConfigView;
  };
  /**
   * The merged profile of one identity under a draft policy, checked by the rules of create (or of
   * update when `policyId` names the policy being edited) and computed without saving anything.
   */
  'profile-policy-preview': {
    request: InSandbox & {
      identity: PolicyPreviewIdentity;
      draft: Partial<MergePolicyInput>;
      policyId?: string;
    };
    response: ProfileDetail | null;
  };

  /** Creates an HTTP API streaming connection (inlet) in a sandbox. */
  'streaming-inlet-create': {
    request: InSandbox & { name: string; sourceId?: string; authenticationRequired?: boolean };
    response: InletView;
  };
  'streaming-inlet-list': { request: InSandbox; response: InletView[] };
  /** An inlet by id, whatever its sandbox (the collection API has no sandbox header). */
  'streaming-inlet-show': { request: { inletId: string }; response: InletView };
  /** Messages sent to an inlet: one verdict each, in order; accepted ones are in Profile on return. */
  'streaming-ingest': {
    /**
     * `messages`, or `body`: the request's JSON text, parsed by the engine (one envelope when `kind` is
     * `message`, `{"messages": […]}` when `batch`) so large requests cross to it as one string.
     */
    request: {
      inletId: string;
      messages?: unknown[];
      body?: string;
      kind?: 'message' | 'batch';
      syncValidation?: boolean;
    };
    response: StreamResult;
  };
  /** The inlet's most recent messages with their verdicts, newest first (at most 200 per inlet; the node host keeps them across restarts). */
  'streaming-inlet-log': {
    request: InSandbox & { inletId: string; limit?: number };
    response: StreamedMessage[];
  };
}

export type MethodName = keyof EngineMethods;
export type MethodRequest<M extends MethodName> = EngineMethods[M]['request'];
export type MethodResponse<M extends MethodName> = EngineMethods[M]['response'];
