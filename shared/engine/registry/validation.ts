// Validates records against a tenant schema as batch ingestion or a streaming inlet would.
import type Dexie from 'dexie';
import type { RecordVerdict } from '../../contract/registry-types';
import type { XdmValidator, XdmValidatorOptions } from '../../xdm/validate';
import type { ValidationMode } from '../../xdm/validate-compile';
import { type StoredSchema } from './model';
import type { RegistryCore } from './service';
import { descriptorsOf, requireSchema } from './store';

/** The compiled validator of a schema version, with its identity rules. */
export async function validatorFor(
  core: RegistryCore,
  db: Dexie,
  schema: StoredSchema,
): Promise<XdmValidator> {
  return core.validators.get({ ...(await validatorOptions(core, db, schema)), now: core.ctx.now });
}

/**
 * What compiles the validator of a schema version, as plain data (no clock): a file worker compiles
 * the same validator from it on its own thread.
 */
export async function validatorOptions(
  core: RegistryCore,
  db: Dexie,
  schema: StoredSchema,
): Promise<Omit<XdmValidatorOptions, 'now'>> {
  const resolved = await core.resolve(db, schema);
  const descriptors = await descriptorsOf(db, schema.id);
  const hasPrimaryDescriptor = descriptors.some((d) => d['xdm:isPrimary']);
  const hasIdentityMap = resolved.fields.some((f) => f.path === 'identityMap');
  return {
    cacheKey: `${db.name}|${schema.id}|${schema.minor}|${schema.updatedAt}`,
    schema: resolved.schema,
    ...(resolved.behavior ? { behavior: resolved.behavior } : {}),
    identities: descriptors.map((d) => ({
      path: d['xdm:sourceProperty'],
      namespace: d['xdm:namespace'],
      isPrimary: d['xdm:isPrimary'],
    })),
    isPrimaryIdentityRequired: !hasPrimaryDescriptor && hasIdentityMap && schema.isProfileEnabled,
  };
}

/** Validates each record; verdicts are numbered from 1 in input order. */
export async function validateRecords(
  core: RegistryCore,
  sandbox: string,
  ref: string,
  records: readonly unknown[],
  mode: ValidationMode,
): Promise<RecordVerdict[]> {
  const db = await core.db(sandbox);
  const schema = await requireSchema(db, ref);
  const validator = await validatorFor(core, db, schema);
  return records.map((record, i) => {
    const result =
      mode === 'streaming' ? validator.validateStreaming(record) : validator.validateBatch(record);
    return {
      record: i + 1,
      valid: result.isValid,
      errors: result.errors.map((e) => ({
        keyword: e.keyword,
        pointerToViolation: e.pointerToViolation,
        schemaLocation: e.schemaLocation,
        message: e.message,
        code: e.code,
      })),
    };
  });
}
