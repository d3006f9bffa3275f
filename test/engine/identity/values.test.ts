// Identity value rules (SPEC §5.4): a record breaking one is skipped entirely by Identity, with the reason.
import { describe, expect, it } from 'vitest';
import {
  checkIdentityValue,
  DEFAULT_IDENTITY_CONFIG,
  valueRules,
  type IdentityInput,
} from '../../../shared/engine/identity';
import { ecid, graph, source } from './builders';

const OK_EMAIL = { namespace: 'Email', id: 'ann@example.com' };
const many = (n: number): IdentityInput[] =>
  Array.from({ length: n }, (_, i) => ({ namespace: 'CRMID', id: `c-${i}` }));

describe('identity value rules: the record is skipped', () => {
  it.each([
    [
      'ECID of 37 digits',
      { namespace: 'ECID', id: '1'.repeat(37) },
      'identity-ecid-invalid',
      /must be exactly 38 digits/,
    ],
    [
      'ECID of 39 digits',
      { namespace: 'ECID', id: '1'.repeat(39) },
      'identity-ecid-invalid',
      /must be exactly 38 digits/,
    ],
    [
      'ECID with letters',
      { namespace: 'ECID', id: `${'1'.repeat(37)}a` },
      'identity-ecid-invalid',
      /must be exactly 38 digits/,
    ],
    [
      'ECID code in lower case, letters',
      { namespace: 'ecid', id: 'a'.repeat(38) },
      'identity-ecid-invalid',
      /ECID/,
    ],
    [
      'value of 1025 characters',
      { namespace: 'CRMID', id: 'x'.repeat(1025) },
      'identity-value-too-long',
      /1025 characters; at most 1024/,
    ],
    ['"null"', { namespace: 'CRMID', id: 'null' }, 'identity-value-blocked', /is blocked/],
    ['"NULL"', { namespace: 'CRMID', id: 'NULL' }, 'identity-value-blocked', /is blocked/],
    ['" Null " (trimmed)', { namespace: 'CRMID', id: ' Null ' }, 'identity-value-blocked', /is blocked/],
    ['"anonymous"', { namespace: 'Email', id: 'anonymous' }, 'identity-value-blocked', /is blocked/],
    ['"AnonYmous"', { namespace: 'Email', id: 'AnonYmous' }, 'identity-value-blocked', /is blocked/],
    ['"invalid"', { namespace: 'Phone', id: 'invalid' }, 'identity-value-blocked', /is blocked/],
    ['"INVALID\\t"', { namespace: 'Phone', id: 'INVALID\t' }, 'identity-value-blocked', /is blocked/],
    ['empty', { namespace: 'Email', id: '' }, 'identity-value-blocked', /blank/],
    ['blank', { namespace: 'Email', id: '   ' }, 'identity-value-blocked', /blank/],
    [
      'not a string',
      { namespace: 'Email', id: 42 as unknown as string },
      'identity-value-blocked',
      /blocked/,
    ],
    [
      'unknown namespace',
      { namespace: 'Nope', id: 'x' },
      'identity-namespace-unknown',
      /^Namespace Code Nope is not registered for this IMS Org$/,
    ],
  ])('%s', (_rule, bad, code, message) => {
    const g = graph();
    const result = g.addRecord([OK_EMAIL, { namespace: 'CRMID', id: 'c-1' }, bad], source(3));
    expect(result).toMatchObject({ status: 'skipped', code, index: 2, links: 0, evicted: [] });
    expect(result.reason).toMatch(message);
    expect(g.graphOf('Email', 'ann@example.com')).toBeUndefined();
    expect(g.stats()).toMatchObject({
      identities: 0,
      records: { linked: 0, singleIdentity: 0, skippedByRule: 1 },
    });
  });

  it('more than 20 identities in one record', () => {
    const g = graph();
    expect(g.addRecord(many(21), source(1))).toMatchObject({
      status: 'skipped',
      code: 'identity-count-exceeded',
      reason: 'the record has 21 identities; at most 20 are accepted',
    });
    expect(g.stats().identities).toBe(0);
  });

  it('addRecords lists the skipped rows with their reasons', () => {
    const g = graph();
    const result = g.addRecords({
      datasetId: 'ds1',
      batchId: 'b1',
      time: 0,
      records: [
        [OK_EMAIL, { namespace: 'Email', id: 'null' }],
        many(21),
        [OK_EMAIL, { namespace: 'CRMID', id: 'c-1' }],
      ],
    });
    expect(result.skipped).toEqual([
      {
        row: 1,
        code: 'identity-value-blocked',
        reason: 'Email identity value [null] is blocked (blank, "null", "anonymous", "invalid")',
        index: 1,
      },
      {
        row: 2,
        code: 'identity-count-exceeded',
        reason: 'the record has 21 identities; at most 20 are accepted',
      },
    ]);
    expect(result.linked).toBe(1);
  });
});

describe('identity value rules: what is accepted', () => {
  it.each([
    ['ECID of 38 digits', { namespace: 'ECID', id: ecid(7) }],
    ['value of 1024 characters', { namespace: 'CRMID', id: 'x'.repeat(1024) }],
    ['a blocked word inside a longer value', { namespace: 'CRMID', id: 'null-user' }],
    ['padded values (kept as given)', { namespace: 'CRMID', id: ' c-2 ' }],
  ])('%s', (_rule, good) => {
    const g = graph();
    expect(g.addRecord([OK_EMAIL, good], source(1))).toMatchObject({ status: 'linked', links: 1 });
    expect(g.graphOf(good.namespace, good.id)?.identities.map((i) => i.id)).toContain(good.id);
  });

  it('exactly 20 identities in one record', () => {
    const g = graph();
    expect(g.addRecord(many(20), source(1))).toMatchObject({ status: 'linked', links: 190 });
  });

  it('the limits come from the configuration', () => {
    const g = graph({ maxIdentitiesPerRecord: 3, maxValueLength: 5, blockedValues: ['none'] });
    expect(g.addRecord(many(4), source(1))).toMatchObject({ code: 'identity-count-exceeded' });
    expect(g.addRecord([OK_EMAIL, { namespace: 'CRMID', id: '123456' }], source(2))).toMatchObject({
      code: 'identity-value-too-long',
    });
    expect(
      g.addRecord(
        [
          { namespace: 'CRMID', id: 'None' },
          { namespace: 'Phone', id: '1' },
        ],
        source(3),
      ),
    ).toMatchObject({ code: 'identity-value-blocked' });
    expect(
      g.addRecord(
        [
          { namespace: 'CRMID', id: 'null' },
          { namespace: 'Phone', id: '1' },
        ],
        source(4),
      ),
    ).toMatchObject({ status: 'linked' });
  });

  it('checkIdentityValue applies the same rules for streaming', () => {
    const rules = valueRules(DEFAULT_IDENTITY_CONFIG);
    expect(checkIdentityValue('ECID', ecid(1), rules)).toBeUndefined();
    expect(checkIdentityValue('ecid', '123', rules)).toMatchObject({ code: 'identity-ecid-invalid' });
    expect(checkIdentityValue('Email', ' anonymous ', rules, 4)).toMatchObject({
      code: 'identity-value-blocked',
      index: 4,
    });
  });
});
