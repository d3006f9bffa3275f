// Turns a merged entity into tree nodes keyed by dotted path (arrays are leaves, as in the engine's provenance).
import type { Provenance } from '../../../../shared/contract';

export interface AttributeNode {
  /** Dotted path, the key of the engine's provenance map. */
  path: string;
  name: string;
  /** Leaves only: the merged value. */
  value?: unknown;
  children?: AttributeNode[];
}

/** The identity map is the union of every fragment's identities, so no single source wins it. */
export const IDENTITY_MAP = 'identityMap';

const isBranch = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Object keys in a stable order: XDM fields first, then underscore-prefixed (tenant and system) fields. */
function sortedKeys(record: Record<string, unknown>): string[] {
  return Object.keys(record).sort(
    (a, b) => Number(a.startsWith('_')) - Number(b.startsWith('_')) || a.localeCompare(b),
  );
}

export function attributeTree(record: Record<string, unknown>, prefix = ''): AttributeNode[] {
  return sortedKeys(record).map((name) => {
    const value = record[name];
    const path = prefix ? `${prefix}.${name}` : name;
    return isBranch(value) ? { path, name, children: attributeTree(value, path) } : { path, name, value };
  });
}

/** Finds a node by path. */
export function findAttribute(nodes: readonly AttributeNode[], path: string): AttributeNode | undefined {
  for (const node of nodes) {
    if (node.path === path) return node;
    if (node.children && path.startsWith(`${node.path}.`)) return findAttribute(node.children, path);
  }
  return undefined;
}

/** Paths of every branch (for the tree's expanded state). */
export function branchPaths(nodes: readonly AttributeNode[], out: string[] = []): string[] {
  for (const node of nodes) {
    if (!node.children) continue;
    out.push(node.path);
    branchPaths(node.children, out);
  }
  return out;
}

/** Every leaf under a node (the node itself when it is one). */
export function leavesOf(node: AttributeNode): AttributeNode[] {
  return node.children ? node.children.flatMap(leavesOf) : [node];
}

/** The sources of the leaves under a branch, one per dataset and batch. */
export function sourcesUnder(
  node: AttributeNode,
  provenance: Readonly<Record<string, Provenance>>,
): { datasetId: string; batchId: string; count: number }[] {
  const counts = new Map<string, { datasetId: string; batchId: string; count: number }>();
  for (const leaf of leavesOf(node)) {
    const source = provenance[leaf.path];
    if (!source) continue;
    const key = `${source.datasetId} ${source.batchId}`;
    const entry = counts.get(key) ?? { datasetId: source.datasetId, batchId: source.batchId, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()];
}

/** A leaf value as one line of text: strings as they are, everything else as JSON. */
export function displayValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
