// The identity graph configuration of a sandbox as the contract carries it (SPEC §5.3–§5.5).
import type { IdentityType } from './registry-types';

/** Every limit and linking rule of Identity Service; `version` names the rule set the defaults follow. */
export interface IdentityConfigValues {
  version: number;
  maxIdentitiesPerGraph: number;
  isGraphCapEnforced: boolean;
  maxIdentitiesPerRecord: number;
  maxValueLength: number;
  ecidLength: number;
  blockedValues: readonly string[];
  graphlessTypes: readonly IdentityType[];
  evictionOrder: readonly (readonly IdentityType[])[];
  evictionAge: 'last-link' | 'first-seen';
  uniqueNamespaces: readonly string[];
  namespacePriority: Readonly<Record<string, number>>;
}

/** A sandbox's identity configuration: the values in force and the keys that differ from the defaults. */
export interface IdentityConfigView {
  config: IdentityConfigValues;
  /** Keys set for this sandbox (the rest follow the defaults of `config.version`). */
  changed: string[];
}
