// The column-wise check of mapped CSV rows must give exactly validateBatch's verdict on random rows over
// schemas with every batch rule the check decides.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyMappingCells,
  columnIndexes,
  decodeMappedRow,
  planMapping,
  pushMappedCells,
} from '../../../shared/engine/ingest/mapping';
import { MAPPED_SCHEMA_CLEAN, MAPPED_UNKNOWN, MAPPED_VALID } from '../../../shared/xdm/validate';
import { ECID, rowArbitrary, useSetups, type Setup } from './mapped-check-world';

const setups = useSetups();

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
