// The column-wise check of mapped CSV rows must give exactly validateBatch's verdict: random rows over
// schemas with every batch rule the check decides, and whole files ingested with and without it.
import type Dexie from 'dexie';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  applyMappingCells,
  columnIndexes,
  decodeMappedRow,
  planMapping,
  pushMappedCells,
} from '../../../shared/engine/ingest/mapping';
import {
  decodeRowsPage,
  PageWriter,
  type StoredDiagnostic,
  type StoredRow,
} from '../../../shared/engine/ingest/pages';
import { processFile } from '../../../shared/engine/ingest/process-file';
import { memoryByteSource } from '../../../shared/formats/byte-source';
import type { XdmField } from '../../../shared/xdm/fields';
import { resolveComposition, type ResolvedComposition } from '../../../shared/xdm/library';
import type { JsonSchema } from '../../../shared/xdm/types';
import {
  createXdmValidator,
  MAPPED_SCHEMA_CLEAN,
  MAPPED_UNKNOWN,
  MAPPED_VALID,
  type XdmValidator,
} from '../../../shared/xdm/validate';

const NOW = Date.UTC(2026, 0, 1, 12, 0, 0);
const ECID = '87098882279810196101440938110216748923';

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

function rowArbitrary(headers: readonly string[]): fc.Arbitrary<string[]> {
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

interface Setup {
  name: string;
  headers: string[];
  fields: readonly XdmField[];
  validator: XdmValidator;
}

let profile: ResolvedComposition;
const setups: Setup[] = [];

beforeAll(async () => {
  profile = await resolveComposition({
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

describe('the mapped check decides a row only when validateBatch would pass it unchanged', () => {
  it.each([0, 1])('setup %i: verdicts equal validateBatch for random rows', (index) => {
    const { headers, fields, validator } = setups[index] as Setup;
    const plan = planMapping(
      headers,
      fields,
      headers.map((h) => ({ sourceAttribute: h, destinationXdmPath: h })),
    );
    const indexes = columnIndexes(plan, headers);
    const check = validator.compileMappedCheck(
      plan.steps.map((step) => ({
        segments: [...step.parents, step.leaf],
        ...(step.isNumeric && step.xdmType ? { xdmType: step.xdmType } : {}),
      })),
    );
    expect(check).toBeDefined();
    let decided = 0;
    let valid = 0;
    let undecided = 0;
    fc.assert(
      fc.property(rowArbitrary(headers), (cells) => {
        const flat: unknown[] = [0, 0, 0, 0];
        const record = applyMappingCells(cells, plan, indexes, flat);
        // Ingestion's two steps (cells first, the record only when the check cannot prove the row)
        // give the same cells and the same record, key order included.
        const cellsFirst: unknown[] = [0, 0, 0, 0];
        pushMappedCells(cells, indexes, cellsFirst);
        expect(cellsFirst).toEqual(flat);
        expect(JSON.stringify(decodeMappedRow(plan.steps, cellsFirst, 4).record)).toBe(
          JSON.stringify(record),
        );
        const full = validator.validateBatch(record);
        const proof = check?.(flat, 4) ?? MAPPED_UNKNOWN;
        if (proof === MAPPED_UNKNOWN) undecided++;
        else {
          decided++;
          const fast = validator.validateBatchChecked(record);
          expect(fast).toEqual(full);
          expect(full.record).toBe(record);
          if (proof === MAPPED_VALID) {
            valid++;
            expect(full).toEqual({ isValid: true, record, errors: [], coercions: [], droppedKeys: [] });
          }
        }
      }),
      { numRuns: 10_000, seed: 4242 },
    );
    // Both branches are exercised, so the comparison above means something.
    expect(decided).toBeGreaterThan(200);
    expect(valid).toBeGreaterThan(50);
    expect(decided - valid).toBeGreaterThan(50);
    expect(undecided).toBeGreaterThan(30);
  });

  it('decides rows with identity errors too, with the same codes, pointers and messages', () => {
    const { validator } = setups[0] as Setup;
    const check = validator.compileMappedCheck([
      { segments: ['personalEmail', 'address'] },
      { segments: ['_stager', 'crmId'] },
      { segments: ['_stager', 'ecid'] },
      { segments: ['person', 'name', 'lastName'] },
    ]);
    const flat = [0, 0, 0, 0, 'anonymous', 'C1', '123', 'Lovelace'];
    expect(check?.(flat, 4)).toBe(MAPPED_SCHEMA_CLEAN);
    const record = {
      personalEmail: { address: 'anonymous' },
      _stager: { crmId: 'C1', ecid: '123' },
      person: { name: { lastName: 'Lovelace' } },
    };
    const fast = validator.validateBatchChecked(record);
    expect(fast.errors.length).toBeGreaterThan(0);
    expect(fast).toEqual(validator.validateBatch(record));
  });

  it('proves a row valid only when every identity cell is present and a valid value', () => {
    const { validator } = setups[0] as Setup;
    const check = validator.compileMappedCheck([
      { segments: ['personalEmail', 'address'] },
      { segments: ['_stager', 'crmId'] },
      { segments: ['_stager', 'ecid'] },
      { segments: ['person', 'gender'] },
    ]);
    expect(check?.(['ada@example.com', 'C1', ECID, 'male'], 0)).toBe(MAPPED_VALID);
    expect(check?.(['ada@example.com', 'C1', ECID, null], 0)).toBe(MAPPED_VALID);
    // A missing identity, a blocked value, an ECID that is not 38 digits: the identity rules decide.
    expect(check?.([null, 'C1', ECID, 'male'], 0)).toBe(MAPPED_SCHEMA_CLEAN);
    expect(check?.(['ada@example.com', ' null ', ECID, 'male'], 0)).toBe(MAPPED_SCHEMA_CLEAN);
    expect(check?.(['ada@example.com', 'C1', ECID.slice(1), 'male'], 0)).toBe(MAPPED_SCHEMA_CLEAN);
    expect(check?.(['ada@example.com', 'C1', ECID, 'other'], 0)).toBe(MAPPED_UNKNOWN);
    // Without a column for every identity field, no row is proven valid.
    const partial = validator.compileMappedCheck([
      { segments: ['personalEmail', 'address'] },
      { segments: ['_stager', 'crmId'] },
    ]);
    expect(partial?.(['ada@example.com', 'C1'], 0)).toBe(MAPPED_SCHEMA_CLEAN);
  });

  it('leaves a mapping with two columns on one path, or one inside another, to validateBatch', () => {
    const { validator } = setups[0] as Setup;
    expect(
      validator.compileMappedCheck([{ segments: ['person', 'gender'] }, { segments: ['person', 'gender'] }]),
    ).toBeUndefined();
    expect(
      validator.compileMappedCheck([
        { segments: ['person', 'name'] },
        { segments: ['person', 'name', 'lastName'] },
      ]),
    ).toBeUndefined();
  });

  it('says "cannot tell" for a required key that is missing, a boolean text and an unknown column', () => {
    const { validator } = setups[0] as Setup;
    const check = validator.compileMappedCheck([
      { segments: ['_stager', 'crmId'] },
      { segments: ['_stager', 'isVip'] },
      { segments: ['_stager', 'unknown'] },
      { segments: ['person', 'gender'] },
    ]);
    expect(check?.(['C1', null, null, 'male'], 0)).toBe(MAPPED_SCHEMA_CLEAN);
    expect(check?.(['C1', 'true', null, null], 0)).toBe(MAPPED_UNKNOWN);
    expect(check?.(['C1', null, 'x', null], 0)).toBe(MAPPED_UNKNOWN);
    expect(check?.([null, null, null, 'male'], 0)).toBe(MAPPED_SCHEMA_CLEAN);
    // _stager exists (isVip would put it there) but its required crmId does not.
    const strict = validator.compileMappedCheck([
      { segments: ['_stager', 'crmId'] },
      { segments: ['_stager', 'ecid'] },
    ]);
    expect(strict?.([null, ECID], 0)).toBe(MAPPED_UNKNOWN);
    expect(strict?.(['C1', ECID], 0)).toBe(MAPPED_SCHEMA_CLEAN);
  });
});

/** Page targets in memory (Dexie's `table(name).add` shape), keeping every page as added. */
function memoryPages(): { target: Dexie; pages: Record<string, unknown[]> } {
  const pages: Record<string, unknown[]> = { batchPages: [], batchErrors: [] };
  const target = {
    table: (name: string) => ({
      add: async (page: unknown) => {
        const list = pages[name] as unknown[];
        list.push(page);
        return list.length;
      },
    }),
  } as unknown as Dexie;
  return { target, pages };
}

const csvCell = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);

async function ingest(setup: Setup, csv: string, isMappedCheckOff: boolean) {
  const { target, pages } = memoryPages();
  const rows = new PageWriter<StoredRow>(target, 'batchPages', 'b');
  const diagnostics = new PageWriter<StoredDiagnostic>(target, 'batchErrors', 'b');
  const result = await processFile({
    source: memoryByteSource('people.csv', csv),
    fileIndex: 0,
    format: 'csv',
    isMultiLineJson: false,
    fields: setup.fields,
    validator: setup.validator,
    rows,
    diagnostics,
    signal: { aborted: false },
    isMappedCheckOff,
    onProgress: () => undefined,
  });
  await rows.close();
  await diagnostics.close();
  // What every reader of the batch sees: the pages decoded into row objects.
  const decoded = (pages.batchPages as { rows: string }[]).flatMap((page) => decodeRowsPage(page));
  return { result, pages, decoded: JSON.stringify(decoded) };
}

describe('ingesting a file with and without the mapped check', () => {
  it.each([0, 1])('setup %i: stores identical pages, diagnostics, decoded rows and counts', async (index) => {
    const setup = setups[index] as Setup;
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArbitrary(setup.headers), { minLength: 1, maxLength: 400 }),
        async (rows) => {
          const csv =
            [setup.headers.join(','), ...rows.map((cells) => cells.map(csvCell).join(','))].join('\r\n') +
            '\r\n';
          const fast = await ingest(setup, csv, false);
          const full = await ingest(setup, csv, true);
          expect(fast.pages).toEqual(full.pages);
          expect(fast.decoded).toBe(full.decoded);
          expect(fast.result).toEqual(full.result);
          expect(fast.result.info.rows).toBe(rows.length);
        },
      ),
      { numRuns: 25, seed: 7 },
    );
  });
});
