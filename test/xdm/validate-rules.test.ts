// Validator rules ajv does not cover: null/empty values, identities, ExperienceEvents, error cap, guardrails.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { resolveComposition, type ResolvedComposition } from '../../shared/xdm/library';
import {
  createXdmValidator,
  createXdmValidatorCache,
  isIdentitySkip,
  toStreamingReport,
  type XdmValidator,
  type XdmValidatorOptions,
} from '../../shared/xdm/validate';
import { buildScanPlan, scanRecord, type RecordScan } from '../../shared/xdm/validate-scan';
import { isValidIdentityValue } from '../../shared/xdm/validate-identity';
import { compileScanner } from '../../shared/xdm/validate-scan-compile';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const ECID = '87098882279810196101440938110216748923';

let profile: ResolvedComposition;
let event: ResolvedComposition;

beforeAll(async () => {
  profile = await resolveComposition({
    classId: 'https://ns.adobe.com/xdm/context/profile',
    fieldGroupIds: [
      'https://ns.adobe.com/xdm/context/profile-person-details',
      'https://ns.adobe.com/xdm/context/profile-personal-details',
      'https://ns.adobe.com/xdm/context/identitymap',
    ],
  });
  event = await resolveComposition({
    classId: 'https://ns.adobe.com/xdm/context/experienceevent',
    fieldGroupIds: ['https://ns.adobe.com/xdm/context/profile-personal-details'],
  });
});

const validators = createXdmValidatorCache(32);

/** Profile validators, compiled once per set of options (compiling takes a while). */
function profileValidator(options: Partial<XdmValidatorOptions> = {}): XdmValidator {
  const cacheKey = `profile:${JSON.stringify(options)}`;
  return validators.get({ cacheKey, schema: profile.schema, behavior: 'record', now: () => NOW, ...options });
}

function codes(errors: { code: string }[]): string[] {
  return errors.map((error) => error.code);
}

describe('null and empty values are refused anywhere (omit the key instead)', () => {
  it.each([
    [
      'null in a known field',
      { person: { name: { firstName: null } } },
      'null-value',
      '#/person/name/firstName',
    ],
    [
      'empty string in a known field',
      { person: { name: { firstName: '' } } },
      'empty-value',
      '#/person/name/firstName',
    ],
    [
      'empty string inside an array',
      { identityMap: { Email: [{ id: 'a@example.com' }, { id: '' }] } },
      'empty-value',
      '#/identityMap/Email/1/id',
    ],
    ['null map value', { identityMap: { Email: null } }, 'null-value', '#/identityMap/Email'],
    ['empty string for an enum', { person: { gender: '' } }, 'empty-value', '#/person/gender'],
  ])('%s', (_case, record, code, pointer) => {
    for (const result of [
      profileValidator().validateBatch(record),
      profileValidator().validateStreaming(record),
    ]) {
      expect(result.errors.map((error) => [error.code, error.pointerToViolation])).toEqual([[code, pointer]]);
    }
  });

  it('reports a null under an unknown key only as the unknown key (streaming) or not at all (batch)', () => {
    const record = { _acme: { note: null } };
    expect(codes(profileValidator().validateStreaming(record).errors)).toEqual(['extraneous-key']);
    expect(profileValidator().validateBatch(record).errors).toEqual([]);
  });
});

describe('identity fields', () => {
  const email = { path: 'personalEmail.address', namespace: 'Email', isPrimary: true };
  const crm = { path: '/person/taxId', namespace: 'CRMID' };

  it('requires identity fields and their parents, with the primary one flagged', () => {
    const validator = profileValidator({ identities: [email, crm] });
    const errors = validator.validateBatch({ person: { name: { firstName: 'Ada' } } }).errors;
    expect(errors.map((error) => [error.code, error.pointerToViolation, error.message])).toEqual([
      [
        'primary-identity-missing',
        '#',
        'required key [personalEmail] not found (primary identity field personalEmail.address)',
      ],
      ['identity-field-missing', '#/person', 'required key [taxId] not found (identity field /person/taxId)'],
    ]);
    expect(errors[1]?.schemaLocation).toBe('#/properties/person');
    const parentOnly = validator.validateStreaming({
      personalEmail: { primary: true },
      person: { taxId: 'T1' },
    }).errors;
    expect(parentOnly.map((error) => [error.code, error.pointerToViolation])).toEqual([
      ['primary-identity-missing', '#/personalEmail'],
    ]);
    expect(
      validator.validateBatch({ personalEmail: { address: 'ada@example.com' }, person: { taxId: 'T1' } })
        .errors,
    ).toEqual([]);
  });

  it.each([
    ['ECID of 38 digits', 'ECID', ECID, []],
    ['ECID of 37 digits', 'ECID', ECID.slice(1), ['identity-ecid-invalid']],
    ['ECID with a letter', 'ecid', `${ECID.slice(1)}a`, ['identity-ecid-invalid']],
    ['e-mail', 'Email', 'ada@example.com', []],
    ['"null"', 'Email', 'null', ['identity-value-blocked']],
    ['"Anonymous"', 'CRMID', 'Anonymous', ['identity-value-blocked']],
    ['" invalid " (padded)', 'CRMID', ' invalid ', ['identity-value-blocked']],
    ['"null" padded past nine characters', 'CRMID', 'null      ', ['identity-value-blocked']],
    ['blank', 'CRMID', '   ', ['identity-value-blocked']],
    ['1024 characters', 'CRMID', 'x'.repeat(1024), []],
    ['1025 characters', 'CRMID', 'x'.repeat(1025), ['identity-value-too-long']],
  ])('identityMap value: %s', (_case, namespace, id, expected) => {
    const errors = profileValidator().validateBatch({ identityMap: { [namespace]: [{ id }] } }).errors;
    expect(codes(errors)).toEqual(expected);
    expect(errors.every(isIdentitySkip)).toBe(true);
  });

  it('applies the value rules to identity fields too, at their pointer', () => {
    const validator = profileValidator({
      identities: [{ path: 'personalEmail.address', namespace: 'Email' }],
    });
    const error = validator.validateStreaming({ personalEmail: { address: 'anonymous' } }).errors[0];
    expect(error).toMatchObject({
      code: 'identity-value-blocked',
      pointerToViolation: '#/personalEmail/address',
      schemaLocation: '#/properties/personalEmail/properties/address',
    });
  });

  it('reports an empty identity value once, as an empty value', () => {
    const validator = profileValidator({
      identities: [{ path: 'personalEmail.address', namespace: 'Email' }],
    });
    expect(codes(validator.validateBatch({ personalEmail: { address: '' } }).errors)).toEqual([
      'empty-value',
    ]);
  });

  it('accepts 20 identities per record and refuses 21', () => {
    const ids = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ id: `crm-${String(i).padStart(4, '0')}` }));
    expect(profileValidator().validateBatch({ identityMap: { CRMID: ids(20) } }).errors).toEqual([]);
    const errors = profileValidator().validateBatch({
      identityMap: { CRMID: ids(19), Email: [{ id: 'a@example.com' }, { id: 'b@example.com' }] },
    }).errors;
    expect(codes(errors)).toEqual(['identity-count-exceeded']);
    expect(errors[0]?.message).toBe('the record has 21 identities; at most 20 are accepted');
  });

  it('requires a primary identityMap item when the schema has no primary identity field', () => {
    const validator = profileValidator({ isPrimaryIdentityRequired: true });
    const two = { ECID: [{ id: ECID }], Email: [{ id: 'a@example.com' }] };
    expect(codes(validator.validateBatch({ identityMap: two }).errors)).toEqual(['primary-identity-missing']);
    expect(
      validator.validateBatch({ identityMap: { ...two, Email: [{ id: 'a@example.com', primary: true }] } })
        .errors,
    ).toEqual([]);
    expect(validator.validateBatch({ identityMap: { ECID: [{ id: ECID }] } }).errors).toEqual([]); // a single identity is primary
    expect(codes(validator.validateBatch({ person: { taxId: 'x' } }).errors)).toEqual([
      'primary-identity-missing',
    ]);
  });
});

describe('identity values (the fast path against the rule as written)', () => {
  /** SPEC §5.4 for a non-ECID namespace, spelled out: 1–1024 characters, trimmed not blank or a blocked word. */
  const byRule = (value: string) => {
    const trimmed = value.trim();
    return (
      value.length > 0 &&
      value.length <= 1024 &&
      trimmed !== '' &&
      !['null', 'anonymous', 'invalid'].includes(trimmed.toLowerCase())
    );
  };
  const words = ['null', 'anonymous', 'invalid', 'Null', 'NULL', 'AnonYmous', 'INVALID', 'nul', 'invalids'];
  const value = fc.oneof(
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc
      .tuple(
        fc.constantFrom('', ' ', '\t', '\u00a0', 'x'),
        fc.constantFrom(...words),
        fc.constantFrom('', ' ', '\n', 'y'),
      )
      .map(([a, b, c]) => a + b + c),
    fc.constantFrom(...words, 'CRM1', 'C00042', 'ada@example.com', '\u212Anull', 'İnvalid'),
  );

  it('accepts exactly the values the rule accepts', () => {
    fc.assert(
      fc.property(value, (text) => {
        expect(isValidIdentityValue(text, 'Email', { maxIdentityLength: 1024 })).toBe(byRule(text));
      }),
      { numRuns: 20_000, seed: 11 },
    );
  });
});

describe('ExperienceEvent rules', () => {
  const eventValidator = (): XdmValidator =>
    validators.get({ cacheKey: 'event:1', schema: event.schema, behavior: 'time-series', now: () => NOW });

  it('requires _id and timestamp, reported once with their own codes', () => {
    const errors = eventValidator().validateStreaming({ personalEmail: { address: 'a@example.com' } }).errors;
    expect(errors.map((error) => [error.code, error.pointerToViolation])).toEqual([
      ['event-id-missing', '#'],
      ['event-timestamp-missing', '#'],
    ]);
  });

  it.each([
    ['one second in the past', '2026-01-01T11:59:59Z', []],
    ['exactly now', '2026-01-01T12:00:00.000Z', []],
    ['one second in the future', '2026-01-01T12:00:01Z', ['event-timestamp-in-future']],
    ['in the future by its offset', '2026-01-01T12:30:00-01:00', ['event-timestamp-in-future']],
  ])('timestamp %s', (_case, timestamp, expected) => {
    expect(codes(eventValidator().validateBatch({ _id: 'e1', timestamp }).errors)).toEqual(expected);
  });

  it('checks an epoch-milliseconds timestamp after batch conversion', () => {
    const result = eventValidator().validateBatch({ _id: 'e1', timestamp: NOW + 60_000 });
    expect(result.record).toEqual({ _id: 'e1', timestamp: '2026-01-01T12:01:00.000Z' });
    expect(codes(result.errors)).toEqual(['event-timestamp-in-future']);
  });
});

describe('streaming error cap', () => {
  it('reports at most 5 errors and counts the rest', () => {
    const record = {
      _id: 1,
      personID: 2,
      person: { name: { firstName: 3, lastName: 4, middleName: 5, fullName: 6 } },
      homeAddress: { city: 7 },
    };
    const result = profileValidator().validateStreaming(record);
    expect(result.errorCount).toBe(7);
    expect(result.errors).toHaveLength(5);
    expect(result.errors[0]).toMatchObject({
      pointerToViolation: '#/_id',
      message: 'expected type: String, found: Integer',
    });
    const report = toStreamingReport(result.errors, result.errorCount);
    expect(report._streamingValidation[0]).toMatchObject({
      schemaLocation: '#',
      pointerToViolation: '#',
      message: '7 schema violations found',
    });
    expect(report._streamingValidation[0]?.causingExceptions).toHaveLength(5);
    expect(profileValidator().validateBatch(record).errors).toHaveLength(0); // batch converts numbers to strings
  });
});

describe('size guardrails (uncompressed JSON)', () => {
  it('refuses a record above 100 KB and an event above 10 KB', () => {
    const validator = profileValidator();
    expect(validator.validateBatch({ personID: 'x'.repeat(100 * 1024) }).errors.map((e) => e.code)).toEqual([
      'record-too-large',
    ]);
    expect(validator.validateBatch({ personID: 'x'.repeat(9 * 1024) }).errors).toEqual([]);
    const events = createXdmValidator({
      cacheKey: 'event:size',
      schema: event.schema,
      behavior: 'time-series',
      now: () => NOW,
    });
    const big = {
      _id: 'e',
      timestamp: '2025-01-01T00:00:00Z',
      personalEmail: { address: 'x'.repeat(11 * 1024) },
    };
    expect(codes(events.validateStreaming(big).errors)).toEqual(['record-too-large']);
  });

  it('counts UTF-8 bytes, not characters', () => {
    const validator = profileValidator();
    expect(codes(validator.validateBatch({ personID: '€'.repeat(35_000) }).errors)).toEqual([
      'record-too-large',
    ]); // 105,000 bytes
    expect(validator.validateBatch({ personID: '€'.repeat(30_000) }).errors).toEqual([]); // 90,000 bytes
  });

  it('refuses a 100 MB string without copying it', () => {
    const huge = 'x'.repeat(100 * 1024 * 1024);
    const started = performance.now();
    const result = profileValidator().validateStreaming({
      personID: huge,
      person: { name: { firstName: huge } },
    });
    expect(codes(result.errors)).toEqual(['record-too-large']);
    expect(result.errors[0]?.message).toBe(
      'record is more than 102400 bytes of JSON; the limit is 102400 bytes',
    );
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it.each([
    ['a million numbers under an unknown key', () => ({ _acme: Array.from({ length: 1_000_000 }, () => 0) })],
    [
      '300,000 empty objects in a free-form array',
      () => ({ _acme: { list: Array.from({ length: 300_000 }, () => ({})) } }),
    ],
    [
      '200,000 identities in a known field',
      () => ({ identityMap: { ECID: Array.from({ length: 200_000 }, () => ({ id: ECID })) } }),
    ],
  ])('stops early on %s', (_case, build) => {
    const record = build();
    const started = performance.now();
    expect(codes(profileValidator().validateBatch(record).errors)).toEqual(['record-too-large']);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('uses the size the caller measured when given', () => {
    expect(
      codes(profileValidator().validateBatch({ personID: 'small' }, { byteSize: 200_000 }).errors),
    ).toEqual(['record-too-large']);
  });
});

describe('hostile nesting', () => {
  function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
    let value: unknown = 'leaf';
    for (let i = 0; i < depth; i++) value = wrap(value);
    return value;
  }

  it.each([
    ['objects under an unknown key', { _acme: nested(10_000, (inner) => ({ a: inner })) }],
    ['arrays under an unknown key', { _acme: nested(10_000, (inner) => [inner]) }],
    [
      'objects in a free-form map',
      { identityMap: { ECID: [{ id: ECID, extra: nested(10_000, (inner) => ({ a: inner })) }] } },
    ],
  ])('refuses 10,000 levels of %s with a clear error', (_case, record) => {
    for (const result of [
      profileValidator().validateBatch(record),
      profileValidator().validateStreaming(record),
    ]) {
      expect(codes(result.errors)).toEqual(['record-too-deep']);
      expect(result.errors[0]?.message).toBe('record is nested deeper than 64 levels');
    }
  });
});

describe('compiled scanner', () => {
  it('finds what the interpreted scan finds', () => {
    const records = [
      {
        person: { name: { firstName: '', lastName: null } },
        workEmail: 'x',
        homeAddress: { city: 'a', zip: 1 },
      },
      { identityMap: { ECID: [{ id: ECID, foo: [null, ''] }], Email: [] }, personID: 'é'.repeat(20) },
      { loyalty: { points: 'x' }, _repo: { createDate: null, extra: { deep: [1, 2, { a: '' }] } } },
      {
        person: 'x',
        personalEmail: [{ address: null }],
        homeAddress: { city: { nested: '' } },
        personID: true,
      },
    ];
    const plan = buildScanPlan(profile.schema);
    const compiled = compileScanner(profile.schema);
    const findings = (scan: RecordScan) => ({
      guardrail: scan.guardrail,
      nulls: [...scan.nulls].sort(),
      empties: [...scan.empties].sort(),
      unknownKeys: [...scan.unknownKeys].sort((a, b) => a.key.localeCompare(b.key)),
    });
    for (const record of records) {
      const expected = findings(scanRecord(record, plan, 102_400, 64));
      expect(expected.nulls.length + expected.empties.length + expected.unknownKeys.length).toBeGreaterThan(
        0,
      );
      expect(findings(compiled(record, 102_400, 64))).toEqual(expected);
    }
  });
});

describe('validator cache', () => {
  it('returns the compiled validator for a known key and evicts the least recently used', () => {
    const cache = createXdmValidatorCache(2);
    const options = (cacheKey: string): XdmValidatorOptions => ({
      cacheKey,
      schema: profile.schema,
      now: () => NOW,
    });
    const first = cache.get(options('a:1'));
    expect(cache.get(options('a:1'))).toBe(first);
    cache.get(options('b:1'));
    cache.get(options('a:1'));
    cache.get(options('c:1'));
    expect(cache.size).toBe(2);
    expect(cache.get(options('a:1'))).toBe(first); // a was used more recently than b
  });
});
