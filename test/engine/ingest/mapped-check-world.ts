// Two mapping setups for the mapped-check tests (a hand-made schema with the leaf rules the check decides,
// and a Profile composition) and random CSV rows over their headers, biased to cells the check decides.
import fc from 'fast-check';
import { beforeAll } from 'vitest';
import type { XdmField } from '../../../shared/xdm/fields';
import { resolveComposition } from '../../../shared/xdm/library';
import type { JsonSchema } from '../../../shared/xdm/types';
import { createXdmValidator, type XdmValidator } from '../../../shared/xdm/validate';

export const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
export const ECID = '87098882279810196101440938110216748923';

/** A hand-made schema with the leaf rules the check decides (and some it leaves to validateBatch). */
const CUSTOM: JsonSchema = {
  type: 'object',
  properties: {
    personalEmail: { type: 'object', properties: { address: { type: 'string', format: 'email' } } },
    person: {
      type: 'object',
      properties: {
        name: {
          type: 'object',
          required: ['lastName'],
          properties: {
            firstName: { type: 'string', maxLength: 5 },
            lastName: { type: 'string', minLength: 2 },
          },
        },
        birthDate: { type: 'string', format: 'date' },
        gender: { type: 'string', enum: ['male', 'female', 'not_specified'] },
      },
    },
    _stager: {
      type: 'object',
      required: ['crmId'],
      properties: {
        crmId: { type: 'string', pattern: '^C[0-9]+$' },
        ecid: { type: 'string' },
        points: { type: 'integer', minimum: -1000, maximum: 1e6, 'meta:xdmType': 'long' },
        level: { type: 'integer', minimum: -128, maximum: 127, 'meta:xdmType': 'byte' },
        score: { type: 'number', exclusiveMinimum: 0 },
        isVip: { type: 'boolean' },
        seen: { type: 'string', format: 'date-time' },
        tags: { type: 'array', items: { type: 'string' } },
      },
    },
  },
};

const CUSTOM_FIELDS: XdmField[] = [
  ['personalEmail.address', 'string'],
  ['person.name.firstName', 'string'],
  ['person.name.lastName', 'string'],
  ['person.birthDate', 'date'],
  ['person.gender', 'enum'],
  ['_stager.crmId', 'string'],
  ['_stager.ecid', 'string'],
  ['_stager.points', 'long'],
  ['_stager.level', 'byte'],
  ['_stager.score', 'number'],
  ['_stager.isVip', 'boolean'],
  ['_stager.seen', 'date-time'],
].map(([path, xdmType]) => ({ path, xdmType }) as XdmField);

const IDENTITIES = [
  { path: 'personalEmail.address', namespace: 'Email', isPrimary: true },
  { path: '_stager.ecid', namespace: 'ECID' },
  { path: '_stager.crmId', namespace: 'CRMID' },
];

/** Cells per column: valid, invalid, convertible, blocked identity values, awkward text, absent. */
const TEXT = ['Ada', 'Zoë', 'Li', 'A', 'Alexandra', '😀x', ' ', 'null', 'x'.repeat(300)];
const NUMBERS = [
  '0',
  '12',
  '-5',
  '12.0',
  '1e3',
  '1.5',
  '+7',
  '200',
  '-129',
  '1e400',
  'abc',
  '0x10',
  '9007199254740993',
];
const CELLS: Record<string, string[]> = {
  'personalEmail.address': ['ada@example.com', 'zoë@example.com', 'not-an-email', 'null', 'anonymous', 'x@y'],
  'person.name.firstName': TEXT,
  'person.name.lastName': TEXT,
  'person.birthDate': [
    '1985-12-10',
    '1979-01-3',
    '2020-02-30',
    '2020-02-29',
    '19851210',
    '1985-12-10T00:00:00Z',
  ],
  'person.gender': ['male', 'female', 'Male', 'other', 'not_specified'],
  '_stager.crmId': ['C1', 'C00042', 'crm-1', 'invalid', '0'],
  '_stager.ecid': [ECID, '123', 'abc', ECID + '1'],
  '_stager.points': NUMBERS,
  '_stager.level': NUMBERS,
  '_stager.score': NUMBERS,
  '_stager.isVip': ['true', 'false', 'yes', '1'],
  '_stager.seen': [
    '2026-01-01T10:00:00Z',
    '2026-01-01T10:00:00.123+01:00',
    '2026-01-01',
    '2026-13-01T00:00:00Z',
    '1700000000000',
  ],
  '_stager.tags': ['a', '["a"]'],
  '_stager.unknown': ['x'],
  'person.nickname': ['Bo'],
  // The profile composition's fields.
  'homeAddress.postalCode': ['1011 AB', '90210'],
  'person.birthDayAndMonth': ['12-10', 'xx'],
  'mobilePhone.number': ['+31 6 1234 5678', '555'],
};

/** Columns the check never decides: mostly empty, so that rows it can decide come up often. */
const RARE = new Set(['_stager.tags', '_stager.unknown', 'person.nickname', '_stager.isVip']);

export function rowArbitrary(headers: readonly string[]): fc.Arbitrary<string[]> {
  return fc.tuple(
    ...headers.map((header) =>
      fc.oneof(
        { weight: RARE.has(header) ? 60 : 3, arbitrary: fc.constant('') },
        { weight: 6, arbitrary: fc.constantFrom(...(CELLS[header] ?? TEXT).slice(0, 2)) },
        { weight: 3, arbitrary: fc.constantFrom(...(CELLS[header] ?? TEXT)) },
        { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
      ),
    ),
  );
}

export interface Setup {
  name: string;
  headers: string[];
  fields: readonly XdmField[];
  validator: XdmValidator;
}

/** The two setups (a hand-made schema, a Profile composition), built in a `beforeAll` of the calling file. */
export function useSetups(): Setup[] {
  const setups: Setup[] = [];
  beforeAll(async () => {
    const profile = await resolveComposition({
      classId: 'https://ns.adobe.com/xdm/context/profile',
      fieldGroupIds: [
        'https://ns.adobe.com/xdm/context/profile-person-details',
        'https://ns.adobe.com/xdm/context/profile-personal-details',
      ],
    });
    setups.push({
      name: 'custom schema',
      headers: [...CUSTOM_FIELDS.map((f) => f.path), '_stager.tags', '_stager.unknown', 'person.nickname'],
      fields: CUSTOM_FIELDS,
      validator: createXdmValidator({
        cacheKey: 'custom',
        schema: CUSTOM,
        behavior: 'record',
        identities: IDENTITIES,
        now: () => NOW,
      }),
    });
    setups.push({
      name: 'profile composition',
      headers: [
        'personalEmail.address',
        'person.name.firstName',
        'person.name.lastName',
        'person.birthDate',
        'person.gender',
        'person.birthDayAndMonth',
        'homeAddress.postalCode',
        'mobilePhone.number',
        '_stager.unknown',
      ],
      fields: profile.fields,
      validator: createXdmValidator({
        cacheKey: 'profile',
        schema: profile.schema,
        behavior: 'record',
        identities: [{ path: 'personalEmail.address', namespace: 'Email', isPrimary: true }],
        now: () => NOW,
      }),
    });
  });
  return setups;
}
