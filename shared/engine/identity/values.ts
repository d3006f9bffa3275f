// Identity value rules (SPEC §5.4): ECID digits, value length, blocked values, identities per record.
import type { IdentityConfig } from './config';
import type { IdentitySkipCode } from './types';

/** A rule a record broke; the record is skipped by Identity and Profile. */
export interface IdentityProblem {
  code: IdentitySkipCode;
  message: string;
  /** Position of the offending identity in the record. */
  index?: number;
}

/** Value rules prepared once per configuration. */
export interface ValueRules {
  maxValueLength: number;
  ecidLength: number;
  blocked: ReadonlySet<string>;
  /** Longest blocked word: longer values that do not start or end with whitespace need no trimming. */
  longestBlocked: number;
}

/** Prepares the value rules of a configuration. */
export function valueRules(
  config: Pick<IdentityConfig, 'maxValueLength' | 'ecidLength' | 'blockedValues'>,
): ValueRules {
  const blocked = new Set(config.blockedValues.map((value) => value.trim().toLowerCase()));
  let longestBlocked = 0;
  for (const value of blocked) longestBlocked = Math.max(longestBlocked, value.length);
  return { maxValueLength: config.maxValueLength, ecidLength: config.ecidLength, blocked, longestBlocked };
}

const OK = 0;
const ECID_INVALID = 1;
const TOO_LONG = 2;
const BLOCKED = 3;

/**
 * 0 when the value is accepted, else a rule number. Values are never trimmed or lower-cased for
 * matching; trimming and lower-casing only decide whether a value is blank or a blocked word.
 */
export function valueVerdict(value: unknown, isEcid: boolean, rules: ValueRules): number {
  if (typeof value !== 'string') return BLOCKED;
  const length = value.length;
  if (isEcid) {
    if (length !== rules.ecidLength) return ECID_INVALID;
    for (let i = 0; i < length; i++) {
      const code = value.charCodeAt(i);
      if (code < 48 || code > 57) return ECID_INVALID;
    }
    return OK;
  }
  if (length > rules.maxValueLength) return TOO_LONG;
  if (length === 0) return BLOCKED;
  // Hot path: longer than every blocked word and printable ASCII at both ends, so neither blank nor padded.
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(length - 1);
  if (length > rules.longestBlocked && first > 32 && first < 127 && last > 32 && last < 127) return OK;
  const trimmed = value.trim();
  return trimmed === '' || rules.blocked.has(trimmed.toLowerCase()) ? BLOCKED : OK;
}

function clip(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}

/** The problem for a verdict from `valueVerdict`, worded like the batch validator's messages. */
export function valueProblem(
  verdict: number,
  namespace: string,
  value: unknown,
  index: number,
  rules: ValueRules,
): IdentityProblem {
  const text = typeof value === 'string' ? value : String(value);
  if (verdict === ECID_INVALID) {
    return {
      code: 'identity-ecid-invalid',
      index,
      message: `ECID [${clip(text)}] must be exactly ${rules.ecidLength} digits`,
    };
  }
  if (verdict === TOO_LONG) {
    return {
      code: 'identity-value-too-long',
      index,
      message: `${namespace} identity is ${text.length} characters; at most ${rules.maxValueLength} are accepted`,
    };
  }
  const words = [...rules.blocked].map((word) => `"${word}"`).join(', ');
  return {
    code: 'identity-value-blocked',
    index,
    message: `${namespace} identity value [${clip(text)}] is blocked (blank${words ? `, ${words}` : ''})`,
  };
}

/** The problem for a record with too many identities. */
export function countProblem(count: number, max: number): IdentityProblem {
  return {
    code: 'identity-count-exceeded',
    message: `the record has ${count} identities; at most ${max} are accepted`,
  };
}

/** The problem for an identity whose namespace the sandbox does not have. */
export function unknownNamespaceProblem(code: unknown, index: number): IdentityProblem {
  return {
    code: 'identity-namespace-unknown',
    index,
    message: `Namespace Code ${String(code)} is not registered for this IMS Org`,
  };
}

/**
 * Checks one identity against SPEC §5.4 for callers outside the graph (e.g. streaming's synchronous
 * validation): undefined when accepted. `namespace` is the canonical code; ECID is recognised in any case.
 */
export function checkIdentityValue(
  namespace: string,
  value: unknown,
  rules: ValueRules,
  index = 0,
): IdentityProblem | undefined {
  const verdict = valueVerdict(value, namespace.toUpperCase() === 'ECID', rules);
  return verdict === OK ? undefined : valueProblem(verdict, namespace, value, index, rules);
}
