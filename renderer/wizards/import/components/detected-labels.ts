// Names for what the engine detected in a file (format, layout, charset, delimiter), in the user's language.
import type { DryRunResult } from '../../../../shared/contract';
import type { Translate } from '../../../i18n/translate';
import type { CharsetChoice, DelimiterChoice, FormatChoice } from '../state/import-wizard-store';

type DetectedFormat = DryRunResult['detected'];

export function formatName(
  t: Translate,
  format: Exclude<FormatChoice, 'auto'>,
  isMultiLineJson = false,
): string {
  if (format === 'json')
    return t(isMultiLineJson ? 'wizards.import.format.jsonMultiLine' : 'wizards.import.format.jsonLines');
  return t(`wizards.import.format.${format}`);
}

export function charsetName(t: Translate, charset: Exclude<CharsetChoice, 'auto'>): string {
  return t(`wizards.import.charset.${charset}`);
}

export function delimiterName(t: Translate, delimiter: string): string {
  switch (delimiter as Exclude<DelimiterChoice, 'auto'>) {
    case ',':
      return t('wizards.import.delimiter.comma');
    case ';':
      return t('wizards.import.delimiter.semicolon');
    case '\t':
      return t('wizards.import.delimiter.tab');
    case '|':
      return t('wizards.import.delimiter.pipe');
    default:
      return JSON.stringify(delimiter);
  }
}

/** "CSV · UTF-8 · comma" style facts of one detection. */
export function detectedFacts(
  t: Translate,
  detected: DetectedFormat,
): { format?: string; charset?: string; charsetReason?: string; delimiter?: string } {
  if (!detected.format) return {};
  return {
    format: formatName(t, detected.format, detected.isMultiLineJson),
    ...(detected.format !== 'parquet'
      ? {
          charset: charsetName(t, detected.charset),
          charsetReason: t(`wizards.import.charsetReason.${detected.charsetReason}`),
        }
      : {}),
    ...(detected.csv ? { delimiter: delimiterName(t, detected.csv.delimiter) } : {}),
  };
}
