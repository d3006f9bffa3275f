// Stored shapes of the registry and the pure helpers that turn them into the platform's shapes.
import type { IdentityDescriptor, SchemaView } from '../../contract/registry-types';
import type { JsonSchema, LibraryBehavior } from '../../xdm/types';

export const PROFILE_CLASS = 'https://ns.adobe.com/xdm/context/profile';
export const EVENT_CLASS = 'https://ns.adobe.com/xdm/context/experienceevent';
export const IDENTITY_MAP_GROUP = 'https://ns.adobe.com/xdm/context/identitymap';
export const UNION_TAG = 'union';

/** A tenant schema as stored (the platform's document is derived from it). */
export interface StoredSchema {
  id: string;
  altId: string;
  title: string;
  /** Lower-cased title: titles are unique per sandbox, as on the platform. */
  titleKey: string;
  description?: string;
  classId: string;
  behavior: LibraryBehavior | 'unknown';
  fieldGroupIds: string[];
  isProfileEnabled: boolean;
  /** Minor version: the platform shows `1.<minor>`. */
  minor: number;
  createdAt: string;
  updatedAt: string;
  /** The tenant field group that holds fields added with add-field. */
  customFieldGroupId?: string;
}

/** A tenant field group: the platform's `mixins` document plus bookkeeping. */
export interface StoredFieldGroup {
  id: string;
  altId: string;
  title: string;
  doc: JsonSchema;
  minor: number;
  createdAt: string;
  updatedAt: string;
  /** Set when the registry created it to hold one schema's custom fields. */
  ownerSchema?: string;
}

export interface StoredDescriptor {
  id: string;
  sourceSchema: string;
  body: IdentityDescriptor;
}

/** `https://ns.adobe.com/acme/schemas/abc` → `_acme.schemas.abc`. */
export function altIdOf(id: string): string {
  const path = id.replace(/^https?:\/\/ns\.adobe\.com\//, '');
  return `_${path.split('/').join('.')}`;
}

export function versionOf(minor: number): string {
  return `1.${minor}`;
}

/** The `/a/b` descriptor form of a dotted field path, and back. */
export function toPointer(path: string): string {
  return path.startsWith('/') ? path : `/${path.split('.').join('/')}`;
}

export function toDotted(path: string): string {
  return path.startsWith('/') ? path.slice(1).split('/').join('.') : path;
}

/** The registry's GET response for a schema (SPEC §1.7), from what is stored. */
export function schemaView(
  schema: StoredSchema,
  parts: {
    tenantId: string;
    classExtends: string[];
    fieldGroups: { $id: string; title: string; isTenant: boolean; extends: string[] }[];
    identities: IdentityDescriptor[];
    isInUse: boolean;
  },
): SchemaView {
  const extendsList = [schema.classId, ...parts.classExtends];
  for (const group of parts.fieldGroups) extendsList.push(group.$id, ...group.extends);
  return {
    $id: schema.id,
    'meta:altId': schema.altId,
    'meta:resourceType': 'schemas',
    version: versionOf(schema.minor),
    title: schema.title,
    ...(schema.description ? { description: schema.description } : {}),
    type: 'object',
    allOf: [schema.classId, ...schema.fieldGroupIds].map(($ref) => ({ $ref })),
    'meta:class': schema.classId,
    'meta:extends': [...new Set(extendsList)],
    'meta:containerId': 'tenant',
    'meta:tenantNamespace': `_${parts.tenantId}`,
    ...(schema.isProfileEnabled ? { 'meta:immutableTags': [UNION_TAG] } : {}),
    'meta:registryMetadata': {
      'repo:createdDate': Date.parse(schema.createdAt),
      'repo:lastModifiedDate': Date.parse(schema.updatedAt),
      'xdm:createdClientId': 'profile-stager',
      'xdm:repositoryCreatedBy': 'profile-stager',
    },
    behavior: schema.behavior,
    isProfileEnabled: schema.isProfileEnabled,
    isInUse: parts.isInUse,
    fieldGroups: parts.fieldGroups.map(({ extends: _extends, ...group }) => group),
    identities: parts.identities,
  };
}
