// What an ingestion error code means: the platform's documented codes in the catalogues, else the engine's message.
import type { Translate } from '../../../i18n/translate';

const KNOWN = {
  'INGEST-1401-400': 'wizards.import.code.INGEST-1401-400',
  'INGEST-1555-400': 'wizards.import.code.INGEST-1555-400',
  'INGEST-1211-400': 'wizards.import.code.INGEST-1211-400',
  'INGEST-1212-400': 'wizards.import.code.INGEST-1212-400',
  '106': 'wizards.import.code.106',
  '118': 'wizards.import.code.118',
  // The engine's own codes for validation failures the platform documents no INGEST code for.
  'XDM-TYPE-MISMATCH-400': 'wizards.import.code.XDM-TYPE-MISMATCH-400',
  'XDM-ENUM-MISMATCH-400': 'wizards.import.code.XDM-ENUM-MISMATCH-400',
  'XDM-OUT-OF-RANGE-400': 'wizards.import.code.XDM-OUT-OF-RANGE-400',
  'XDM-LENGTH-OUT-OF-RANGE-400': 'wizards.import.code.XDM-LENGTH-OUT-OF-RANGE-400',
  'XDM-EXTRANEOUS-KEY-400': 'wizards.import.code.XDM-EXTRANEOUS-KEY-400',
  'XDM-FORMAT-INVALID-400': 'wizards.import.code.XDM-FORMAT-INVALID-400',
  'XDM-TOO-MANY-FIELDS-400': 'wizards.import.code.XDM-TOO-MANY-FIELDS-400',
} as const;

function isKnown(code: string): code is keyof typeof KNOWN {
  return code in KNOWN;
}

/** A sentence for a code; `fallback` (usually the first row's message) for codes the platform does not document. */
export function describeCode(t: Translate, code: string, fallback?: string): string {
  if (isKnown(code)) return t(KNOWN[code]);
  return fallback ?? t('wizards.import.code.other');
}
