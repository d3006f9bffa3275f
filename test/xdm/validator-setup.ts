// The schemas and validators the validator rule tests share: a Profile schema with identityMap and an
// ExperienceEvent schema, resolved once per test file, and validators compiled once per set of options.
import { beforeAll } from 'vitest';
import { resolveComposition, type ResolvedComposition } from '../../shared/xdm/library';
import {
  createXdmValidatorCache,
  type XdmValidator,
  type XdmValidatorOptions,
} from '../../shared/xdm/validate';

export const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
export const ECID = '87098882279810196101440938110216748923';

export interface TestSchemas {
  profile: ResolvedComposition;
  event: ResolvedComposition;
}

/** The test schemas, resolved in a `beforeAll` of the calling file (read them inside tests). */
export function useTestSchemas(): TestSchemas {
  const schemas = {} as TestSchemas;
  beforeAll(async () => {
    schemas.profile = await resolveComposition({
      classId: 'https://ns.adobe.com/xdm/context/profile',
      fieldGroupIds: [
        'https://ns.adobe.com/xdm/context/profile-person-details',
        'https://ns.adobe.com/xdm/context/profile-personal-details',
        'https://ns.adobe.com/xdm/context/identitymap',
      ],
    });
    schemas.event = await resolveComposition({
      classId: 'https://ns.adobe.com/xdm/context/experienceevent',
      fieldGroupIds: ['https://ns.adobe.com/xdm/context/profile-personal-details'],
    });
  });
  return schemas;
}

const validators = createXdmValidatorCache(32);

/** A Profile validator of `schemas`, compiled once per set of options (compiling takes a while). */
export function profileValidatorOf(
  schemas: TestSchemas,
  options: Partial<XdmValidatorOptions> = {},
): XdmValidator {
  const cacheKey = `profile:${JSON.stringify(options)}`;
  return validators.get({
    cacheKey,
    schema: schemas.profile.schema,
    behavior: 'record',
    now: () => NOW,
    ...options,
  });
}

/** An ExperienceEvent validator of `schemas`, compiled once. */
export function eventValidatorOf(schemas: TestSchemas): XdmValidator {
  return validators.get({
    cacheKey: 'event:1',
    schema: schemas.event.schema,
    behavior: 'time-series',
    now: () => NOW,
  });
}

export function codes(errors: { code: string }[]): string[] {
  return errors.map((error) => error.code);
}
