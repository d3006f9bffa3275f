// Dataset tag rules (SPEC §2): Profile only on Profile-enabled schemas, upsert only for records and
// only through the disable/re-enable sequence on a dataset that is already enabled.
import { EngineError } from '../../contract/errors';
import type { DatasetTags } from '../../contract/catalog-types';

export interface TagState {
  isProfileEnabled: boolean;
  isIdentityEnabled: boolean;
  isUpsert: boolean;
}

function flag(values: string[] | undefined, key: string): boolean | undefined {
  if (!values) return undefined;
  let result: boolean | undefined;
  for (const raw of values) {
    const [k, v] = raw.split(':').map((part) => part.trim());
    if (k === key) result = v === 'true';
  }
  return result;
}

/** Reads the Profile, Identity and upsert switches from Catalog tags (`enabled:true`, `enabled: true`, `isUpsert:true`). */
export function tagState(tags: DatasetTags): TagState {
  return {
    isProfileEnabled: flag(tags.unifiedProfile, 'enabled') === true,
    isIdentityEnabled: flag(tags.unifiedIdentity, 'enabled') === true,
    isUpsert: flag(tags.unifiedProfile, 'isUpsert') === true && flag(tags.unifiedProfile, 'enabled') === true,
  };
}

/** Checks that every tag is a list of strings. */
export function checkTags(tags: unknown): DatasetTags {
  if (tags === undefined) return {};
  if (typeof tags !== 'object' || tags === null || Array.isArray(tags))
    throw new EngineError(
      'invalid-argument',
      'Dataset "tags" must be an object of string lists, e.g. {"unifiedProfile": ["enabled:true"]}.',
    );
  for (const [key, value] of Object.entries(tags)) {
    if (key === '__proto__' || key === 'constructor')
      throw new EngineError('invalid-argument', `Tag name "${key}" is not allowed.`);
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
      throw new EngineError(
        'invalid-argument',
        `Tag "${key}" must be a list of strings such as "enabled:true".`,
      );
  }
  return tags as DatasetTags;
}

export interface SchemaFacts {
  title: string;
  isProfileEnabled: boolean;
  behavior: string;
}

/**
 * Refuses tag states the platform does not allow. `before` is undefined for a new dataset (where
 * Profile and upsert may be set together).
 */
export function checkTagTransition(before: TagState | undefined, after: TagState, schema: SchemaFacts): void {
  if (after.isProfileEnabled && !schema.isProfileEnabled) {
    throw new EngineError(
      'failed-precondition',
      `Schema "${schema.title}" is not enabled for Profile, so a dataset on it cannot be. Enable the schema first (schema enable), then the dataset.`,
    );
  }
  const wantsUpsert = after.isUpsert;
  if (wantsUpsert && schema.behavior === 'time-series') {
    throw new EngineError(
      'failed-precondition',
      `Upsert applies to record data only; "${schema.title}" holds ExperienceEvents, which are always appended.`,
    );
  }
  if (before && before.isProfileEnabled && after.isProfileEnabled && before.isUpsert !== after.isUpsert) {
    throw new EngineError(
      'failed-precondition',
      `This dataset is already enabled for Profile. To ${after.isUpsert ? 'turn on' : 'turn off'} upsert, first disable it (unifiedProfile ["enabled:false"]), then re-enable it with ${after.isUpsert ? '["enabled:true", "isUpsert:true"]' : '["enabled:true"]'}. Anything ingested between the two steps does not reach Profile.`,
    );
  }
}
