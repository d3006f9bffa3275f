// Validator guardrails: record size, hostile nesting, the compiled scanner against the interpreted
// scan, and the validator cache.
import { describe, expect, it } from 'vitest';
import {
  createXdmValidator,
  createXdmValidatorCache,
  type XdmValidatorOptions,
} from '../../shared/xdm/validate';
import { buildScanPlan, scanRecord, type RecordScan } from '../../shared/xdm/validate-scan';
import { compileScanner } from '../../shared/xdm/validate-scan-compile';
import { codes, ECID, NOW, profileValidatorOf, useTestSchemas } from './validator-setup';

const schemas = useTestSchemas();
const profileValidator = (options: Partial<XdmValidatorOptions> = {}) => profileValidatorOf(schemas, options);

describe('size guardrails (uncompressed JSON)', () => {
  it('refuses a record above 100 KB and an event above 10 KB', () => {
    const validator = profileValidator();
    expect(validator.validateBatch({ personID: 'x'.repeat(100 * 1024) }).errors.map((e) => e.code)).toEqual([
      'record-too-large',
    ]);
    expect(validator.validateBatch({ personID: 'x'.repeat(9 * 1024) }).errors).toEqual([]);
    const events = createXdmValidator({
      cacheKey: 'event:size',
      schema: schemas.event.schema,
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
    const plan = buildScanPlan(schemas.profile.schema);
    const compiled = compileScanner(schemas.profile.schema);
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
      schema: schemas.profile.schema,
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
