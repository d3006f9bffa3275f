// Validator rules ajv does not cover: null/empty values, identities, ExperienceEvents, the error cap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIdentitySkip, toStreamingReport, type XdmValidatorOptions } from '../../shared/xdm/validate';
import { isValidIdentityValue } from '../../shared/xdm/validate-identity';
import { codes, ECID, eventValidatorOf, NOW, profileValidatorOf, useTestSchemas } from './validator-setup';

const schemas = useTestSchemas();
const profileValidator = (options: Partial<XdmValidatorOptions> = {}) => profileValidatorOf(schemas, options);

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
  const eventValidator = () => eventValidatorOf(schemas);

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
