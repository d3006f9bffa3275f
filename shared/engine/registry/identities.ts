// Identity descriptors of a schema: build one from a path and namespace, apply it (one primary, string
// fields only), and set or remove one on an existing schema.
import type Dexie from 'dexie';
import { EngineError } from '../../contract/errors';
import type { IdentityDescriptor, SchemaDetail } from '../../contract/registry-types';
import { toDotted, toPointer, type StoredSchema } from './model';
import { requireNamespace } from './namespaces';
import { change } from './schema-change';
import type { RegistryCore } from './service';

export interface IdentityInput {
  path: string;
  namespace: string;
  isPrimary?: boolean;
}

async function descriptorFor(
  core: RegistryCore,
  db: Dexie,
  schemaId: string,
  input: IdentityInput,
): Promise<IdentityDescriptor> {
  const namespace = await requireNamespace(db, input.namespace);
  const pointer = toPointer(input.path.trim());
  if (/\[\]|\{\}/.test(pointer) || pointer.includes('/properties/') || pointer.endsWith('/')) {
    throw new EngineError(
      'invalid-argument',
      `Identity path "${input.path}" is not a plain field path (write it as person.email or /person/email; no "properties", arrays or maps — use identityMap for those).`,
    );
  }
  return {
    '@id': core.ctx.newId(),
    '@type': 'xdm:descriptorIdentity',
    'xdm:sourceSchema': schemaId,
    'xdm:sourceVersion': 1,
    'xdm:sourceProperty': pointer,
    'xdm:namespace': namespace.code,
    'xdm:property': 'xdm:code',
    'xdm:isPrimary': input.isPrimary === true,
    'meta:containerId': 'tenant',
  };
}

/** Adds or replaces the identity on a path; at most one primary, fields must be strings. */
export async function applyIdentity(
  core: RegistryCore,
  db: Dexie,
  schema: StoredSchema,
  descriptors: IdentityDescriptor[],
  input: IdentityInput,
  fieldsOf: () => Promise<Map<string, string>>,
): Promise<IdentityDescriptor[]> {
  const descriptor = await descriptorFor(core, db, schema.id, input);
  const path = toDotted(descriptor['xdm:sourceProperty']);
  const type = (await fieldsOf()).get(path);
  if (type === undefined)
    throw new EngineError(
      'not-found',
      `Field "${path}" is not in schema "${schema.title}". Add it first (schema add-field) or check the path.`,
    );
  if (type !== 'string' && type !== 'enum')
    throw new EngineError(
      'failed-precondition',
      `Field "${path}" is ${type}; only string fields can be identities.`,
    );
  const rest = descriptors.filter((d) => d['xdm:sourceProperty'] !== descriptor['xdm:sourceProperty']);
  const otherPrimary = rest.find((d) => d['xdm:isPrimary']);
  if (descriptor['xdm:isPrimary'] && otherPrimary) {
    throw new EngineError(
      'failed-precondition',
      `Schema "${schema.title}" already has a primary identity (${toDotted(otherPrimary['xdm:sourceProperty'])}); a schema has only one. Make that one secondary first.`,
    );
  }
  return [...rest, descriptor];
}

export function setIdentity(
  core: RegistryCore,
  sandbox: string,
  ref: string,
  input: IdentityInput,
): Promise<SchemaDetail> {
  return change(core, sandbox, ref, async ({ db, draft }) => {
    const types = async () =>
      new Map(
        (await core.resolve(db, draft.schema, draft.fieldGroups)).fields.map((f) => [
          f.path,
          f.xdmType as string,
        ]),
      );
    draft.descriptors = await applyIdentity(core, db, draft.schema, draft.descriptors, input, types);
  });
}

export function removeIdentity(
  core: RegistryCore,
  sandbox: string,
  ref: string,
  path: string,
): Promise<SchemaDetail> {
  return change(core, sandbox, ref, async ({ draft }) => {
    const pointer = toPointer(path);
    if (!draft.descriptors.some((d) => d['xdm:sourceProperty'] === pointer))
      throw new EngineError('not-found', `Field "${toDotted(pointer)}" is not an identity of this schema.`);
    draft.descriptors = draft.descriptors.filter((d) => d['xdm:sourceProperty'] !== pointer);
  });
}
