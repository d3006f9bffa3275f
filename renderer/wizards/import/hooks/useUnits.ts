// Locale-aware sizes, durations and percentages for the import wizard (follows the language setting).
import { useMemo } from 'react';
import { LOCALES } from '../../../i18n/translate';
import { usePrefs } from '../../../state/StoresProvider';

export interface Units {
  /** 1,234 → "1.2 kB"; uses decimal units, as file managers do. */
  bytes(value: number): string;
  /** Seconds as "45 s", "3 min 20 s" or "1 h 5 min". */
  duration(seconds: number): string;
  percent(value: number, digits?: number): string;
  number(value: number): string;
}

const SIZE_UNITS = [
  ['gigabyte', 1e9],
  ['megabyte', 1e6],
  ['kilobyte', 1e3],
] as const;

export function unitsFor(locale: string): Units {
  const numbers = new Intl.NumberFormat(locale);
  const sizeFormat = new Map(
    [...SIZE_UNITS.map(([unit]) => unit), 'byte'].map((unit) => [
      unit,
      new Intl.NumberFormat(locale, {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: unit === 'byte' ? 0 : 1,
      }),
    ]),
  );
  const timeFormats = {
    hour: new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'narrow' }),
    minute: new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'narrow' }),
    second: new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'narrow' }),
  };
  const percentFormats = new Map<number, Intl.NumberFormat>();
  const time = (unit: keyof typeof timeFormats, value: number) => timeFormats[unit].format(value);
  return {
    bytes(value) {
      const found = SIZE_UNITS.find(([, size]) => value >= size);
      return found
        ? (sizeFormat.get(found[0])?.format(value / found[1]) ?? '')
        : (sizeFormat.get('byte')?.format(value) ?? '');
    },
    duration(seconds) {
      const total = Math.max(0, Math.round(seconds));
      const hours = Math.floor(total / 3600);
      const minutes = Math.floor((total % 3600) / 60);
      const rest = total % 60;
      if (hours > 0) return `${time('hour', hours)} ${time('minute', minutes)}`;
      if (minutes > 0) return `${time('minute', minutes)} ${time('second', rest)}`;
      return time('second', rest);
    },
    percent(value, digits = 1) {
      let format = percentFormats.get(digits);
      if (!format)
        percentFormats.set(
          digits,
          (format = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: digits })),
        );
      return format.format(value / 100);
    },
    number: (value) => numbers.format(value),
  };
}

export function useUnits(): Units {
  const locale = LOCALES[usePrefs((state) => state.language)];
  return useMemo(() => unitsFor(locale), [locale]);
}
