// Turns validator verdicts into the platform's row outcomes and error codes (SPEC §3.8, §3.9, §5.4).
import type { XdmValidationError } from '../../xdm/validate-errors';
import { GUARDRAIL_CODES, IDENTITY_SKIP_CODES } from '../../xdm/validate-errors';

export const CODE_CORRUPT = 'INGEST-1401-400';
export const CODE_REQUIRED = 'INGEST-1555-400';
export const CODE_SUMMARY = 'INGEST-1212-400';
export const CODE_GENERIC = 'INGEST-1211-400';

export const CODE_DESCRIPTIONS: Record<string, string> = {
  [CODE_CORRUPT]:
    'The row has corrupted data and cannot be read or parsed. Fix the corrupted data and try again.',
  [CODE_REQUIRED]:
    'A required field is either missing or has a value of null. Add the required field to the input row and try again.',
  [CODE_GENERIC]:
    'Encountered errors while parsing, converting or otherwise validating the data. Please resend the data with error diagnostics enabled to collect additional information on failure types',
};

const REQUIRED_CODES = new Set([
  'required-missing',
  'identity-field-missing',
  'primary-identity-missing',
  'event-id-missing',
  'event-timestamp-missing',
  'null-value',
]);

export type RowOutcome =
  | { kind: 'accepted' }
  /** Kept in the dataset, but Identity and Profile skip it (identity value rules, size guardrails). */
  | { kind: 'skipped'; reason: 'identity' | 'size'; errors: XdmValidationError[] }
  | { kind: 'failed'; code: string; errors: XdmValidationError[] };

/** A local code for validation failures the platform documents no INGEST code for. */
export function localCode(error: XdmValidationError): string {
  return `XDM-${error.code.toUpperCase()}-400`;
}

/** Decides what happens to a row from its validation errors. */
export function classify(errors: readonly XdmValidationError[]): RowOutcome {
  if (errors.length === 0) return { kind: 'accepted' };
  const hard = errors.filter((e) => !IDENTITY_SKIP_CODES.has(e.code) && !GUARDRAIL_CODES.has(e.code));
  if (hard.length > 0) {
    const first = hard[0] as XdmValidationError;
    return {
      kind: 'failed',
      code: REQUIRED_CODES.has(first.code) ? CODE_REQUIRED : localCode(first),
      errors: hard,
    };
  }
  const size = errors.some((e) => GUARDRAIL_CODES.has(e.code));
  return { kind: 'skipped', reason: size ? 'size' : 'identity', errors: [...errors] };
}
