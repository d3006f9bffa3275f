// Formats epoch-millisecond times (ingestion, events) in the user's language.
import { useCallback } from 'react';
import { useFormat } from '../../../i18n/useFormat';

export function useTime(): (ms: number) => string {
  const format = useFormat();
  return useCallback((ms: number) => format.dateTime(new Date(ms).toISOString()), [format]);
}
