// Namespace priority (SPEC §5.5): which identity of an ExperienceEvent is its primary one.
import type { IdentityConfig } from './config';
import type { IdentityInput } from './types';

/** The chosen primary identity and the rule that chose it. */
export interface PrimaryChoice {
  index: number;
  identity: IdentityInput;
  rule: 'namespace-priority' | 'primary-flag' | 'only-identity';
}

/**
 * The primary identity of an ExperienceEvent. With namespace priorities configured, the identity of
 * the highest-priority namespace present (lowest number; namespace codes in any letter case; the first
 * one in input order on a tie), ignoring `primary` flags. Without priorities, or when none of the
 * event's namespaces is ranked, the identity flagged primary, else the only identity, else undefined.
 * Profile records keep their schema's primary identity: priority applies to events only.
 */
export function primaryIdentityForEvent(
  identities: readonly IdentityInput[],
  config: Pick<IdentityConfig, 'namespacePriority'>,
): PrimaryChoice | undefined {
  const ranks = new Map<string, number>();
  for (const [code, rank] of Object.entries(config.namespacePriority)) ranks.set(code.toLowerCase(), rank);
  let best: PrimaryChoice | undefined;
  let bestRank = Infinity;
  if (ranks.size > 0) {
    identities.forEach((identity, index) => {
      const rank = ranks.get(identity.namespace.toLowerCase());
      if (rank !== undefined && rank < bestRank) {
        bestRank = rank;
        best = { index, identity, rule: 'namespace-priority' };
      }
    });
    if (best) return best;
  }
  const flagged = identities.findIndex((identity) => identity.isPrimary === true);
  const flaggedIdentity = identities[flagged];
  if (flaggedIdentity) return { index: flagged, identity: flaggedIdentity, rule: 'primary-flag' };
  const only = identities[0];
  if (identities.length === 1 && only) return { index: 0, identity: only, rule: 'only-identity' };
  return undefined;
}
