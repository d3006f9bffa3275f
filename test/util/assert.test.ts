import { describe, expect, it } from 'vitest';
import { assert, assertDefined, assertNever } from '../../shared/util/assert';

describe('assert helpers', () => {
  it('assertDefined names what was missing', () => {
    expect(() => assertDefined(undefined, 'dataset id')).toThrow('Missing dataset id');
    expect(assertDefined(0, 'zero')).toBe(0);
  });
  it('assert throws its message', () => {
    expect(() => assert(false, 'boom')).toThrow('boom');
  });
  it('assertNever reports the unexpected value', () => {
    expect(() => assertNever('x' as never, 'status')).toThrow('Unexpected status: "x"');
  });
});
