// Types of the Schema Registry domain (SPEC §1, §5.1) shared by the engine, CLI, HTTP API and UI.

/** Identity types as Identity Service names them; they drive graph building and eviction order. */
export type IdentityType =
  'COOKIE' | 'DEVICE' | 'CROSS_DEVICE' | 'EMAIL' | 'PHONE' | 'NON_PEOPLE' | 'PARTNER';

export const IDENTITY_TYPES: readonly IdentityType[] = [
  'COOKIE',
  'DEVICE',
  'CROSS_DEVICE',
  'EMAIL',
  'PHONE',
  'NON_PEOPLE',
  'PARTNER',
];

/** An identity namespace: standard (every sandbox) or custom (this sandbox). */
export interface NamespaceInfo {
  /** The identity symbol used as identityMap key and in descriptors, e.g. `Email`, `ECID`, `CRMID`. */
  code: string;
  name: string;
  type: IdentityType;
  /** Numeric id as the Identity Service reports it. */
  id: number;
  isStandard: boolean;
  description?: string;
}

/** An identity descriptor (`xdm:descriptorIdentity`) as the registry API shows it. */
export interface IdentityDescriptor {
  '@id': string;
  '@type': 'xdm:descriptorIdentity';
  'xdm:sourceSchema': string;
  'xdm:sourceVersion': 1;
  /** `/personalEmail/address`: starts with `/`, no `properties` segments. */
  'xdm:sourceProperty': string;
  'xdm:namespace': string;
  'xdm:property': 'xdm:code' | 'xdm:id';
  'xdm:isPrimary': boolean;
  'meta:containerId': 'tenant';
}

/** A field of a resolved schema as the UI and CLI list it. */
export interface SchemaField {
  /** Dotted path; `[]` marks array items, `{}` map values (`identityMap{}[].id`). */
  path: string;
  xdmType: string;
  isRequired: boolean;
  title?: string;
  enum?: unknown[];
  /** Which part of the schema defines it: the class, a field group `$id`, or `custom`. */
  source?: string;
  identity?: { namespace: string; isPrimary: boolean };
}

/** A tenant schema in the registry's response shape (SPEC §1.7), plus a few local conveniences. */
export interface SchemaView {
  $id: string;
  'meta:altId': string;
  'meta:resourceType': 'schemas';
  version: string;
  title: string;
  description?: string;
  type: 'object';
  allOf: { $ref: string }[];
  'meta:class': string;
  'meta:extends': string[];
  'meta:containerId': 'tenant';
  'meta:tenantNamespace': string;
  'meta:immutableTags'?: string[];
  'meta:registryMetadata': Record<string, unknown>;
  /** Local: the class behaviour (`record` or `time-series`). */
  behavior: string;
  isProfileEnabled: boolean;
  /** Local: referenced by a dataset that has data or is Profile-enabled (changes must be additive). */
  isInUse: boolean;
  fieldGroups: { $id: string; title: string; isTenant: boolean }[];
  identities: IdentityDescriptor[];
}

/** A schema with its resolved fields. */
export interface SchemaDetail extends SchemaView {
  fields: SchemaField[];
}

/** One item of the "what enabling locks" report, or of a requirements checklist. */
export interface SchemaCheck {
  rule: string;
  isMet: boolean;
  message: string;
  fix?: string;
}

/** What becomes permanent when a schema is enabled for Profile. */
export interface LocksReport {
  schema: string;
  isEnabled: boolean;
  checks: SchemaCheck[];
  locks: string[];
}

/** A breaking change refused on a schema that is in use or enabled. */
export interface BreakingChange {
  kind: 'removed' | 'retyped' | 'moved' | 'enum-narrowed' | 'union-tag-removed' | 'primary-identity-changed';
  path: string;
  message: string;
}

/** The union of all Profile-enabled schemas of one class (SPEC §1.5). */
export interface UnionView {
  $id: string;
  'meta:altId': string;
  'meta:resourceType': 'unions';
  title: string;
  'meta:class': string;
  version: string;
  schemas: { $id: string; title: string }[];
  fields: SchemaField[];
}

/** The result of validating one record. */
export interface RecordVerdict {
  record: number;
  valid: boolean;
  errors: {
    keyword: string;
    pointerToViolation: string;
    schemaLocation: string;
    message: string;
    code: string;
  }[];
}
