// Locale-aware number and date formatting that follows the language setting.
import { useMemo } from 'react';
import { usePrefs } from '../state/StoresProvider';
import { LOCALES } from './translate';

export interface Formatters {
  number(value: number): string;
  /** An ISO timestamp as a medium date and short time. */
  dateTime(iso: string): string;
}

export function useFormat(): Formatters {
  const locale = LOCALES[usePrefs((state) => state.language)];
  return useMemo(() => {
    const numbers = new Intl.NumberFormat(locale);
    const dates = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
    return {
      number: (value) => numbers.format(value),
      dateTime: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dates.format(date);
      },
    };
  }, [locale]);
}
