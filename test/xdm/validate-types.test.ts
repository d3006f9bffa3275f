// Validator tables for every XDM type in batch (coercion) and streaming mode.
import { describe, expect, it } from 'vitest';
import { xdmTypeOf } from '../../shared/xdm/fields';
import type { JsonObject, XdmType } from '../../shared/xdm/types';
import { createXdmValidator, type XdmValidationError } from '../../shared/xdm/validate';

const NOW = Date.UTC(2026, 0, 1);

/** A resolved schema with one field of every XDM type. */
const SCHEMA: JsonObject = {
  type: 'object',
  properties: {
    text: { type: 'string', maxLength: 8, pattern: '^[a-z]*$' },
    link: { type: 'string', format: 'uri' },
    amount: { type: 'number', minimum: 0 },
    big: { type: 'integer', minimum: -9007199254740991, maximum: 9007199254740991 },
    count: { type: 'integer', minimum: -2147483648, maximum: 2147483648 },
    small: { type: 'integer', minimum: -32768, maximum: 32768 },
    tiny: { type: 'integer', minimum: -128, maximum: 128 },
    day: { type: 'string', format: 'date' },
    at: { type: 'string', format: 'date-time' },
    flag: { type: 'boolean' },
    tags: { type: 'array', items: { type: 'string' } },
    address: { type: 'object', properties: { city: { type: 'string' } } },
    scores: { type: 'object', 'meta:xdmType': 'map', additionalProperties: { type: 'integer' } },
    tier: { type: 'string', enum: ['gold', 'silver'] },
  },
};

const validator = createXdmValidator({ cacheKey: 'types:1', schema: SCHEMA, now: () => NOW });

function only(errors: XdmValidationError[]): XdmValidationError {
  expect(errors).toHaveLength(1);
  return errors[0] as XdmValidationError;
}

describe('the test schema covers every XDM type', () => {
  it.each([
    ['text', 'string'],
    ['amount', 'number'],
    ['big', 'long'],
    ['count', 'int'],
    ['small', 'short'],
    ['tiny', 'byte'],
    ['day', 'date'],
    ['at', 'date-time'],
    ['flag', 'boolean'],
    ['tags', 'array'],
    ['address', 'object'],
    ['scores', 'map'],
    ['tier', 'enum'],
  ] as const)('%s is %s', (field, type: XdmType) => {
    const properties = SCHEMA['properties'] as Record<string, JsonObject>;
    expect(xdmTypeOf(properties[field] as JsonObject)).toBe(type);
  });
});

describe('valid values pass in both modes, unchanged', () => {
  it.each([
    ['string', 'text', 'abc'],
    ['number', 'amount', 12.5],
    ['long', 'big', 9007199254740991],
    ['int', 'count', -2147483648],
    ['short', 'small', 32767],
    ['byte', 'tiny', -128],
    ['date', 'day', '2024-02-29'],
    ['date-time', 'at', '2019-05-15T20:20:39+00:00'],
    ['date-time with 9 fraction digits', 'at', '2019-05-15T20:20:39.123456789Z'],
    ['boolean', 'flag', false],
    ['array', 'tags', ['a', 'b']],
    ['object', 'address', { city: 'Basel' }],
    ['map', 'scores', { math: 3, art: 4 }],
    ['enum', 'tier', 'gold'],
  ])('%s', (_type, field, value) => {
    const record = { [field]: value };
    const batch = validator.validateBatch(record);
    expect(batch.errors).toEqual([]);
    expect(batch.record).toBe(record);
    expect(validator.validateStreaming(record).errors).toEqual([]);
  });
});

describe('batch mode converts by the coercion table; streaming reports the type', () => {
  it.each([
    ['number → string', 'text', 12, '12', 'expected type: String, found: Integer'],
    ['numeric string → number', 'amount', '12.5', 12.5, 'expected type: Number, found: String'],
    ['numeric string → long', 'big', '42', 42, 'expected type: Integer, found: String'],
    ['integral decimal string → int', 'count', '7.0', 7, 'expected type: Integer, found: String'],
    ['negative string → byte', 'tiny', '-5', -5, 'expected type: Integer, found: String'],
    ['epoch ms → date', 'day', 1557878400000, '2019-05-15', 'expected type: String, found: Long'],
    [
      'date-time string → date',
      'day',
      '2019-05-15T20:20:39Z',
      '2019-05-15',
      '[2019-05-15T20:20:39Z] is not a valid date.',
    ],
    [
      'epoch ms → date-time',
      'at',
      1531263959000,
      '2018-07-10T23:05:59.000Z',
      'expected type: String, found: Long',
    ],
    [
      'date string → date-time',
      'at',
      '2019-05-15',
      '2019-05-15T00:00:00Z',
      '[2019-05-15] is not a valid date-time.',
    ],
    ['number item of a string array', 'tags', ['a', 3], ['a', '3'], 'expected type: String, found: Integer'],
    [
      'numeric string map value',
      'scores',
      { math: '3' },
      { math: 3 },
      'expected type: Integer, found: String',
    ],
  ])('%s', (_rule, field, raw, converted, streamingMessage) => {
    const record = { [field]: raw };
    const batch = validator.validateBatch(record);
    expect(batch.errors).toEqual([]);
    expect(batch.record).toEqual({ [field]: converted });
    expect(record).toEqual({ [field]: raw }); // the input is never changed
    expect(batch.coercions).toHaveLength(1);
    expect(batch.coercions[0]).toMatchObject({
      from: Array.isArray(raw) ? 3 : typeof raw === 'object' ? '3' : raw,
    });
    const streaming = only(validator.validateStreaming(record).errors);
    expect(streaming.message.startsWith(streamingMessage)).toBe(true);
    expect(streaming.code).toBe(streaming.keyword === 'format' ? 'format-invalid' : 'type-mismatch');
  });
});

describe('values that cannot be converted fail in both modes', () => {
  it.each([
    [
      'boolean → string is never converted',
      'text',
      true,
      'value [true] of type Boolean cannot be converted to String',
      'expected type: String, found: Boolean',
    ],
    [
      'text → number',
      'amount',
      'abc',
      'value [abc] of type String cannot be converted to Double',
      'expected type: Number, found: String',
    ],
    [
      'decimal → long is not truncated',
      'big',
      1.5,
      'value [1.5] of type Double cannot be converted to Long',
      'expected type: Integer, found: Double',
    ],
    [
      'decimal string → int',
      'count',
      '7.5',
      'value [7.5] of type String cannot be converted to Integer',
      'expected type: Integer, found: String',
    ],
    [
      'impossible date',
      'day',
      '2019-02-30',
      'value [2019-02-30] of type String cannot be converted to Date',
      '[2019-02-30] is not a valid date. Expected [yyyy-MM-dd]',
    ],
    [
      'decimal → date',
      'day',
      1.5,
      'value [1.5] of type Double cannot be converted to Date',
      'expected type: String, found: Double',
    ],
    [
      'free text → date-time',
      'at',
      'yesterday',
      'value [yesterday] of type String cannot be converted to DateTime',
      "[yesterday] is not a valid date-time. Expected [yyyy-MM-dd'T'HH:mm:ssZ",
    ],
    [
      'month 00 date-time',
      'at',
      '2018-00-23T22:07:01Z',
      'value [2018-00-23T22:07:01Z] of type String cannot be converted to DateTime',
      '[2018-00-23T22:07:01Z] is not a valid date-time.',
    ],
    [
      'string → boolean is never converted',
      'flag',
      'true',
      'value [true] of type String cannot be converted to Boolean',
      'expected type: Boolean, found: String',
    ],
    [
      'number → boolean',
      'flag',
      1,
      'value [1] of type Integer cannot be converted to Boolean',
      'expected type: Boolean, found: Integer',
    ],
    [
      'scalar → array is never converted',
      'tags',
      'a',
      'value [a] of type String cannot be converted to Array',
      'expected type: JSONArray, found: String',
    ],
    [
      'string → object',
      'address',
      'Basel',
      'value [Basel] of type String cannot be converted to Object',
      'expected type: JSONObject, found: String',
    ],
    [
      'array → map',
      'scores',
      [1],
      'value [[1]] of type JSONArray cannot be converted to Map',
      'expected type: JSONObject, found: JSONArray',
    ],
  ])('%s', (_rule, field, raw, batchMessage, streamingMessage) => {
    const record = { [field]: raw };
    const batch = only(validator.validateBatch(record).errors);
    expect(batch).toMatchObject({
      code: 'type-mismatch',
      keyword: 'type',
      pointerToViolation: `#/${field}`,
      schemaLocation: `#/properties/${field}`,
      causingExceptions: [],
    });
    expect(batch.message).toBe(batchMessage);
    const streaming = only(validator.validateStreaming(record).errors);
    expect(streaming.pointerToViolation).toBe(`#/${field}`);
    expect(streaming.message.startsWith(streamingMessage)).toBe(true);
  });
});

describe('constraints', () => {
  it.each([
    [
      'long above 2^53 - 1',
      'big',
      9007199254740992,
      'maximum',
      '9007199254740992 is not less or equal to 9007199254740991',
    ],
    ['int above its range', 'count', 2147483649, 'maximum', '2147483649 is not less or equal to 2147483648'],
    ['short below its range', 'small', -40000, 'minimum', '-40000 is not greater or equal to -32768'],
    ['byte above its range', 'tiny', 200, 'maximum', '200 is not less or equal to 128'],
    ['negative amount', 'amount', -1, 'minimum', '-1 is not greater or equal to 0'],
    ['value outside the enum', 'tier', 'bronze', 'enum', 'bronze is not a valid enum value'],
    ['string too long', 'text', 'abcdefghij', 'maxLength', 'expected maxLength: 8, actual: 10'],
  ])('%s is refused in both modes', (_rule, field, value, keyword, message) => {
    for (const errors of [
      validator.validateBatch({ [field]: value }).errors,
      validator.validateStreaming({ [field]: value }).errors,
    ]) {
      const error = only(errors);
      expect(error.keyword).toBe(keyword);
      expect(error.message).toBe(message);
      expect(error.schemaLocation).toBe(`#/properties/${field}`);
    }
  });

  it('applies a range to a converted value', () => {
    const error = only(validator.validateBatch({ tiny: '300' }).errors);
    expect(error).toMatchObject({
      code: 'out-of-range',
      keyword: 'maximum',
      message: '300 is not less or equal to 128',
    });
  });

  it('checks pattern and format in streaming mode only', () => {
    const record = { text: 'ABC', link: 'not a uri' };
    expect(validator.validateBatch(record).errors).toEqual([]);
    const errors = validator.validateStreaming(record).errors;
    expect(errors.map((error) => [error.code, error.keyword, error.pointerToViolation])).toEqual([
      ['pattern-mismatch', 'pattern', '#/text'],
      ['format-invalid', 'format', '#/link'],
    ]);
    expect(errors[0]?.message).toBe('string [ABC] does not match pattern ^[a-z]*$');
  });

  it('rejects unknown keys in streaming and drops them in batch', () => {
    const record = { text: 'abc', workEmail: 'x@example.com', address: { city: 'Basel', zip: '4051' } };
    const streaming = validator.validateStreaming(record).errors;
    expect(streaming).toEqual([
      {
        code: 'extraneous-key',
        keyword: 'additionalProperties',
        pointerToViolation: '#',
        schemaLocation: '#',
        message: 'extraneous key [workEmail] is not permitted',
        causingExceptions: [],
      },
      {
        code: 'extraneous-key',
        keyword: 'additionalProperties',
        pointerToViolation: '#/address',
        schemaLocation: '#/properties/address',
        message: 'extraneous key [zip] is not permitted',
        causingExceptions: [],
      },
    ]);
    const batch = validator.validateBatch(record);
    expect(batch.errors).toEqual([]);
    expect(batch.record).toEqual({ text: 'abc', address: { city: 'Basel' } });
    expect(batch.droppedKeys.sort()).toEqual(['#/address/zip', '#/workEmail']);
    expect(record.address).toEqual({ city: 'Basel', zip: '4051' });
  });

  it('treats an explicit additionalProperties: false like any closed object', () => {
    const locked = createXdmValidator({
      cacheKey: 'locked:1',
      schema: {
        type: 'object',
        properties: {
          box: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false },
        },
      },
      now: () => NOW,
    });
    const record = { box: { a: 'x', b: 'y' } };
    expect(
      locked.validateStreaming(record).errors.map((error) => [error.code, error.pointerToViolation]),
    ).toEqual([['extraneous-key', '#/box']]);
    const batch = locked.validateBatch(record);
    expect(batch.errors).toEqual([]);
    expect(batch.droppedKeys).toEqual(['#/box/b']);
  });
});
