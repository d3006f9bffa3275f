// Test builders for the identity graph: a namespace lookup, records written as `Namespace:value` strings, sources and a fixed clock.
import type { NamespaceInfo } from '../../../shared/contract/registry-types';
import {
  createIdentityGraph,
  identityConfig,
  type IdentityConfig,
  type IdentityGraph,
  type IdentityInput,
  type RecordResult,
  type Source,
} from '../../../shared/engine/identity';
import { STANDARD_NAMESPACES } from '../../../shared/engine/registry/namespaces';

/** Custom namespaces of the test sandbox, next to the standard ones. */
export const CUSTOM_NAMESPACES: NamespaceInfo[] = [
  { code: 'CRMID', name: 'CRM ID', type: 'CROSS_DEVICE', id: 100_000, isStandard: false },
  { code: 'LoyaltyId', name: 'Loyalty ID', type: 'CROSS_DEVICE', id: 100_001, isStandard: false },
  { code: 'StoreId', name: 'Store ID', type: 'NON_PEOPLE', id: 100_002, isStandard: false },
  { code: 'PartnerId', name: 'Partner ID', type: 'PARTNER', id: 100_003, isStandard: false },
];

const ALL = [...STANDARD_NAMESPACES, ...CUSTOM_NAMESPACES];

/** Case-insensitive namespace lookup, as the registry does it. */
export function lookup(code: string): NamespaceInfo | undefined {
  const lower = code.toLowerCase();
  return ALL.find((ns) => ns.code.toLowerCase() === lower);
}

/** 2026-01-15T09:00:00Z; `at(n)` is n minutes later. */
export const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);
export const at = (minutes: number): number => T0 + minutes * 60_000;

/** A valid ECID: 38 digits ending in `n`. */
export function ecid(n: number): string {
  return String(n).padStart(38, '0');
}

/** A fresh graph with the default rules, some changed. */
export function graph(overrides: Partial<IdentityConfig> = {}): IdentityGraph {
  return createIdentityGraph(identityConfig(overrides), lookup);
}

/** `'Email:a@x.com'` → `{ namespace: 'Email', id: 'a@x.com' }` (split at the first colon). */
export function identity(text: string): IdentityInput {
  const colon = text.indexOf(':');
  return { namespace: text.slice(0, colon), id: text.slice(colon + 1) };
}

/** A source in dataset `ds1`. */
export function source(row: number, time = T0, batchId = 'b1', datasetId = 'ds1'): Source {
  return { datasetId, batchId, row, time };
}

let row = 0;

/** Adds one record written as `Namespace:value` strings. */
export function add(
  g: IdentityGraph,
  identities: string[],
  options: { time?: number; batchId?: string; datasetId?: string; row?: number } = {},
): RecordResult {
  return g.addRecord(
    identities.map(identity),
    source(options.row ?? ++row, options.time ?? T0, options.batchId ?? 'b1', options.datasetId ?? 'ds1'),
  );
}

/** The identity keys of the graph of `key`, sorted; [] when it is in none. */
export function members(g: IdentityGraph, key: string): string[] {
  const { namespace, id } = identity(key);
  return g.graphOf(namespace, id)?.identities.map((i) => i.key) ?? [];
}

/** Every graph as sorted keys, graphs sorted: a canonical picture for comparisons. */
export function picture(g: IdentityGraph): string[][] {
  return [...g.graphs()].sort((a, b) => ((a[0] ?? '') < (b[0] ?? '') ? -1 : 1));
}
