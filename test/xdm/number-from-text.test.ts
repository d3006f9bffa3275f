// Numeric text for number and integer fields: the digits-only fast path gives exactly what the batch
// conversion rule (a numeric literal, integral and safe for integer types) gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { XdmType } from '../../shared/xdm/types';
import { numberFromText } from '../../shared/xdm/validate-coerce';

/** The rule as written, without any fast path. */
function byRule(value: string, target: XdmType): number | undefined {
  if (!['number', 'byte', 'short', 'int', 'long'].includes(target)) return undefined;
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(value)) return undefined;
  const number = Number(value);
  return target === 'number' || Number.isSafeInteger(number) ? number : undefined;
}

const TARGETS: XdmType[] = ['number', 'long', 'int', 'short', 'byte', 'string', 'boolean', 'date'];

describe('numberFromText', () => {
  it('converts like the rule for digits, signs, decimals, exponents and other text', () => {
    const text = fc.oneof(
      fc.stringMatching(/^[0-9]{0,18}$/),
      fc.stringMatching(/^[+-]?[0-9]{1,16}(\.[0-9]{0,3})?([eE][+-]?[0-9]{1,3})?$/),
      fc.constantFrom(
        '',
        '0',
        '00',
        '-0',
        '+0',
        '007',
        '999999999999999',
        '9999999999999999',
        '1e3',
        ' 1',
        '1 ',
      ),
      fc.string({ maxLength: 16 }),
      fc.string({ unit: 'binary', maxLength: 16 }),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(...TARGETS), (value, target) => {
        expect(Object.is(numberFromText(value, target), byRule(value, target))).toBe(true);
      }),
      { numRuns: 30_000, seed: 5 },
    );
  });

  it('keeps 15 digits exact and leaves 16 and more to Number', () => {
    expect(numberFromText('123456789012345', 'long')).toBe(123456789012345);
    expect(numberFromText('9007199254740993', 'long')).toBeUndefined();
    expect(numberFromText('9007199254740993', 'number')).toBe(9007199254740992);
  });
});
