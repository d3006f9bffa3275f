// Turns a flat, dotted field list into the nested nodes a tree shows (`a.b.c` under `a.b` under `a`).
import type { SchemaField } from '../../../shared/contract';

export interface FieldNode {
  /** The full dotted path: unique, so it is the node's value. */
  path: string;
  name: string;
  field: SchemaField | undefined;
  children: FieldNode[];
}

export function buildFieldTree(fields: readonly SchemaField[]): FieldNode[] {
  const roots: FieldNode[] = [];
  const byPath = new Map<string, FieldNode>();
  for (const field of fields) {
    const segments = field.path.split('.');
    let siblings = roots;
    let path = '';
    for (const segment of segments) {
      path = path ? `${path}.${segment}` : segment;
      let node = byPath.get(path);
      if (!node) {
        node = { path, name: segment, field: undefined, children: [] };
        byPath.set(path, node);
        siblings.push(node);
      }
      if (path === field.path) node.field = field;
      siblings = node.children;
    }
  }
  return roots;
}

/** How many fields with a value type (leaves) a tree holds. */
export function countLeaves(nodes: readonly FieldNode[]): number {
  return nodes.reduce((sum, node) => sum + (node.children.length === 0 ? 1 : countLeaves(node.children)), 0);
}
