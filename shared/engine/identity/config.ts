// The one versioned configuration of Identity Service limits and linking rules (SPEC §5.3–§5.5), with its checks.
import { EngineError } from '../../contract/errors';
import type { IdentityConfigValues } from '../../contract/identity-types';
import { IDENTITY_TYPES, type IdentityType, type NamespaceInfo } from '../../contract/registry-types';

/** Looks a namespace up by code, case-insensitively; undefined when the sandbox has no such namespace. */
export type NamespaceLookup = (code: string) => NamespaceInfo | undefined;

/**
 * Every limit and rule the identity graph applies. The platform changes these over time (150 → 50
 * identities per graph, Partner IDs first → last in the deletion order), so they are data, not code.
 * Record-level rules (value checks, identities per record, graphless types) are applied when a record
 * arrives; graph-level rules (cap, eviction order and age, unique namespaces) are re-applied by
 * `reconfigure`, which replays the edge list.
 */
export interface IdentityConfig {
  /** Version of this rule set; bump when a default changes so stored graphs can say what built them. */
  version: number;
  /** Identities per graph (sandbox level, SPEC §5.3). */
  maxIdentitiesPerGraph: number;
  /** When false, graphs grow past the cap and `isOverLimit` flags them (what Profile answers 422 for). */
  isGraphCapEnforced: boolean;
  /** A record with more identities is skipped by Identity (and Profile). */
  maxIdentitiesPerRecord: number;
  /** Longest identity value outside ECID. */
  maxValueLength: number;
  /** ECID values are exactly this many digits. */
  ecidLength: number;
  /** Values refused in any letter case once trimmed (blank values are refused too). */
  blockedValues: readonly string[];
  /** Identity types that build no graph: their identities are never linked. */
  graphlessTypes: readonly IdentityType[];
  /** Deletion order when a graph is over the cap: groups of types, first group deleted first. */
  evictionOrder: readonly (readonly IdentityType[])[];
  /**
   * Which time makes an identity "oldest" within a type: `last-link` (its most recent link, so
   * recently active identities stay) or `first-seen` (its first link).
   */
  evictionAge: 'last-link' | 'first-seen';
  /** Namespaces limited to one identity per graph (linking rule "unique namespace", limit 1). */
  uniqueNamespaces: readonly string[];
  /** Namespace priority for ExperienceEvent primary identities: lower number = higher priority. */
  namespacePriority: Readonly<Record<string, number>>;
}

// The contract's shape and this one stay the same type.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const CONTRACT_MATCHES: Same<IdentityConfig, IdentityConfigValues> = true;
void CONTRACT_MATCHES;

/** The identity types the platform treats as people identifiers (they outrank devices and cookies). */
export const PERSON_TYPES: readonly IdentityType[] = ['CROSS_DEVICE', 'EMAIL', 'PHONE'];

/** The rules as the guardrails page describes them (newest version read, SPEC §5.3–§5.4). */
export const DEFAULT_IDENTITY_CONFIG: Readonly<IdentityConfig> = Object.freeze({
  version: 1,
  maxIdentitiesPerGraph: 50,
  isGraphCapEnforced: true,
  maxIdentitiesPerRecord: 20,
  maxValueLength: 1024,
  ecidLength: 38,
  blockedValues: Object.freeze(['null', 'anonymous', 'invalid']),
  graphlessTypes: Object.freeze<IdentityType[]>(['NON_PEOPLE', 'PARTNER']),
  evictionOrder: Object.freeze([
    Object.freeze<IdentityType[]>(['COOKIE']),
    Object.freeze<IdentityType[]>(['DEVICE']),
    Object.freeze<IdentityType[]>(['CROSS_DEVICE', 'EMAIL', 'PHONE']),
  ]),
  evictionAge: 'last-link',
  uniqueNamespaces: Object.freeze([]),
  namespacePriority: Object.freeze({}),
});

/** The defaults with some rules changed. */
export function identityConfig(overrides: Partial<IdentityConfig> = {}): IdentityConfig {
  return { ...DEFAULT_IDENTITY_CONFIG, ...overrides };
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0;
}

function isIdentityType(value: unknown): value is IdentityType {
  return (IDENTITY_TYPES as readonly unknown[]).includes(value);
}

/**
 * Problems with a configuration, as sentences; empty when it is usable. With `lookup`, namespaces named
 * by the linking rules must exist, and device or cookie namespaces may not outrank people namespaces.
 */
export function checkIdentityConfig(config: IdentityConfig, lookup?: NamespaceLookup): string[] {
  const problems: string[] = [];
  if (!isPositiveInteger(config.version)) problems.push('version must be a positive integer.');
  if (!isPositiveInteger(config.maxIdentitiesPerGraph) || config.maxIdentitiesPerGraph < 2)
    problems.push('maxIdentitiesPerGraph must be an integer of at least 2.');
  if (!isPositiveInteger(config.maxIdentitiesPerRecord) || config.maxIdentitiesPerRecord < 2)
    problems.push('maxIdentitiesPerRecord must be an integer of at least 2.');
  if (!isPositiveInteger(config.maxValueLength)) problems.push('maxValueLength must be a positive integer.');
  if (!isPositiveInteger(config.ecidLength)) problems.push('ecidLength must be a positive integer.');
  if (config.evictionAge !== 'last-link' && config.evictionAge !== 'first-seen')
    problems.push('evictionAge must be "last-link" or "first-seen".');
  for (const type of config.graphlessTypes)
    if (!isIdentityType(type)) problems.push(`graphlessTypes: "${String(type)}" is not an identity type.`);
  const seen = new Set<IdentityType>();
  for (const group of config.evictionOrder) {
    for (const type of group) {
      if (!isIdentityType(type)) problems.push(`evictionOrder: "${String(type)}" is not an identity type.`);
      else if (seen.has(type)) problems.push(`evictionOrder: ${type} is listed twice.`);
      seen.add(type);
    }
  }
  for (const [code, rank] of Object.entries(config.namespacePriority)) {
    if (typeof rank !== 'number' || !Number.isFinite(rank))
      problems.push(`namespacePriority: the priority of ${code} must be a number.`);
  }
  if (!lookup) return problems;
  for (const code of config.uniqueNamespaces) {
    if (!lookup(code))
      problems.push(`uniqueNamespaces: Namespace Code ${code} is not registered for this IMS Org.`);
  }
  const ranked: { info: NamespaceInfo; rank: number }[] = [];
  for (const [code, rank] of Object.entries(config.namespacePriority)) {
    const info = lookup(code);
    if (!info) problems.push(`namespacePriority: Namespace Code ${code} is not registered for this IMS Org.`);
    else ranked.push({ info, rank });
  }
  for (const device of ranked) {
    if (device.info.type !== 'COOKIE' && device.info.type !== 'DEVICE') continue;
    const outranked = ranked.find(
      (person) => PERSON_TYPES.includes(person.info.type) && device.rank < person.rank,
    );
    if (outranked) {
      problems.push(
        `namespacePriority: ${device.info.code} (${device.info.type}) cannot rank above ${outranked.info.code} (${outranked.info.type}); people identifiers come before devices and cookies.`,
      );
    }
  }
  return problems;
}

/** The keys a sandbox may change (`version` follows the defaults). */
export const IDENTITY_CONFIG_KEYS = Object.freeze(
  Object.keys(DEFAULT_IDENTITY_CONFIG).filter((key) => key !== 'version'),
) as readonly (keyof IdentityConfig)[];

function list(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

/**
 * Reads one configuration value as the CLI writes it (`key=value`): numbers and booleans as such,
 * lists comma-separated, `evictionOrder` as groups separated by `;` (`COOKIE;DEVICE;EMAIL,PHONE`),
 * `namespacePriority` as `Code=rank,…`; JSON works for every key. Non-strings pass through unchanged.
 */
export function readIdentityConfigValue(key: keyof IdentityConfig, raw: unknown): unknown {
  if (typeof raw !== 'string') return raw;
  const text = raw.trim();
  if (text.startsWith('[') || text.startsWith('{')) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new EngineError('invalid-argument', `${key}: "${text}" is not valid JSON.`);
    }
  }
  const example = DEFAULT_IDENTITY_CONFIG[key];
  if (typeof example === 'number') return text === '' ? Number.NaN : Number(text);
  if (typeof example === 'boolean') {
    if (text === 'true' || text === 'false') return text === 'true';
    throw new EngineError('invalid-argument', `${key} is true or false, not "${text}".`);
  }
  if (key === 'evictionOrder')
    return text
      .split(';')
      .map(list)
      .filter((group) => group.length > 0);
  if (key === 'namespacePriority') {
    const out: Record<string, number> = {};
    for (const item of list(text)) {
      const at = item.indexOf('=');
      if (at <= 0)
        throw new EngineError(
          'invalid-argument',
          `namespacePriority: "${item}" is not Code=rank (e.g. CRMID=1,Email=2).`,
        );
      out[item.slice(0, at).trim()] = Number(item.slice(at + 1));
    }
    return out;
  }
  if (Array.isArray(example)) return list(text);
  return text;
}

/**
 * The configuration after `changes` (key → value, `null` = back to the default) on top of `overrides`;
 * throws invalid-argument naming every unknown key and every problem.
 */
export function changedIdentityConfig(
  overrides: Partial<IdentityConfig>,
  changes: Record<string, unknown>,
  lookup?: NamespaceLookup,
): { config: IdentityConfig; overrides: Partial<IdentityConfig> } {
  const next: Record<string, unknown> = { ...overrides };
  const unknown = Object.keys(changes).filter(
    (key) => !(IDENTITY_CONFIG_KEYS as readonly string[]).includes(key),
  );
  if (unknown.length > 0) {
    throw new EngineError(
      'invalid-argument',
      `Unknown identity configuration key${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}. Known keys: ${IDENTITY_CONFIG_KEYS.join(', ')}.`,
    );
  }
  for (const [key, raw] of Object.entries(changes)) {
    if (raw === null) delete next[key];
    else next[key] = readIdentityConfigValue(key as keyof IdentityConfig, raw);
  }
  const config = identityConfig(next as Partial<IdentityConfig>);
  const shapeProblems: string[] = [];
  for (const key of ['blockedValues', 'graphlessTypes', 'uniqueNamespaces'] as const) {
    const value: unknown = config[key];
    if (!Array.isArray(value) || value.some((item) => typeof item !== 'string'))
      shapeProblems.push(`${key} must be a list of strings.`);
  }
  const order: unknown = config.evictionOrder;
  if (!Array.isArray(order) || order.some((group) => !Array.isArray(group)))
    shapeProblems.push('evictionOrder must be a list of groups of identity types.');
  const priority: unknown = config.namespacePriority;
  if (typeof priority !== 'object' || priority === null || Array.isArray(priority))
    shapeProblems.push('namespacePriority must map namespace codes to numbers.');
  if (typeof config.isGraphCapEnforced !== 'boolean')
    shapeProblems.push('isGraphCapEnforced must be true or false.');
  const problems = shapeProblems.length > 0 ? shapeProblems : checkIdentityConfig(config, lookup);
  if (problems.length > 0)
    throw new EngineError('invalid-argument', `Identity configuration not changed: ${problems.join(' ')}`, {
      problems,
    });
  return { config, overrides: next as Partial<IdentityConfig> };
}
