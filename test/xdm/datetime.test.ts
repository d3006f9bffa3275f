// Date-time conversion: epoch milliseconds from the digits must be what `Date.parse` says for every
// date-time shape the platform accepts (the fraction cut to milliseconds), and NaN for anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateTimeToEpochMs, isIsoDateTime } from '../../shared/xdm/datetime';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Date-times in every accepted shape: any fraction of 0–9 digits, `Z` or an offset. */
const acceptedDateTime = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    fraction: fc.option(fc.stringMatching(/^[0-9]{1,9}$/), { nil: undefined }),
    zone: fc.oneof(
      fc.constant('Z'),
      fc
        .record({
          sign: fc.constantFrom('+', '-'),
          h: fc.integer({ min: 0, max: 23 }),
          m: fc.integer({ min: 0, max: 59 }),
        })
        .map(({ sign, h, m }) => `${sign}${pad(h, 2)}:${pad(m, 2)}`),
    ),
  })
  .map(
    (t) =>
      `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}T${pad(t.hour, 2)}:${pad(t.minute, 2)}:${pad(t.second, 2)}` +
      `${t.fraction === undefined ? '' : `.${t.fraction}`}${t.zone}`,
  );

describe('dateTimeToEpochMs', () => {
  it('equals Date.parse for every accepted date-time (fraction cut to milliseconds)', () => {
    fc.assert(
      fc.property(acceptedDateTime, (value) => {
        expect(dateTimeToEpochMs(value)).toBe(Date.parse(value.replace(/(\.\d{3})\d+/, '$1')));
        expect(isIsoDateTime(value)).toBe(true);
      }),
      { numRuns: 5000, seed: 7 },
    );
  });

  it('gives each text its own time when the same text is read again, in a row or after another', () => {
    const a = '2026-01-02T10:00:00Z';
    const b = '2026-01-02T10:00:00+01:00';
    const [msA, msB] = [Date.parse(a), Date.parse(b)];
    const sequence = [a, a, b, a, 'not a time', 'not a time', a.slice(0, -1), b];
    expect(sequence.map(dateTimeToEpochMs)).toEqual([msA, msA, msB, msA, NaN, NaN, NaN, msB]);
  });

  it('handles month ends, leap days, year 0 and offsets that cross a day', () => {
    for (const value of [
      '2024-02-29T23:59:59.999Z',
      '2000-02-29T00:00:00Z',
      '1900-03-01T00:00:00Z',
      '0000-01-01T00:00:00Z',
      '9999-12-31T23:59:59.9999999Z',
      '1970-01-01T00:00:00+14:00',
      '1969-12-31T23:59:59.5-12:30',
      '2026-01-10T10:00:00.05Z',
    ])
      expect(dateTimeToEpochMs(value), value).toBe(Date.parse(value.replace(/(\.\d{3})\d+/, '$1')));
  });

  it('is NaN for what the platform does not accept', () => {
    for (const value of [
      '',
      '2026-01-10',
      '2026-01-10T10:00:00',
      '2026-02-30T10:00:00Z',
      '2023-02-29T10:00:00Z',
      '2026-01-10t10:00:00Z',
      '2026-01-10T24:00:00Z',
      '2026-01-10T10:00:00.Z',
      '2026-01-10T10:00:00.1234567890Z',
      '2026-01-10T10:00:00+1:00',
      '+02026-01-10T10:00:00Z',
    ]) {
      expect(dateTimeToEpochMs(value), value).toBeNaN();
      expect(isIsoDateTime(value), value).toBe(false);
    }
  });
});
