// Leaf paths of records: walking, reading and writing nested values (arrays are leaves).

export type Leaf = [path: string, value: unknown];

/** Every leaf of a record as [dotted path, value]; arrays and primitives are leaves. */
export function leaves(record: Record<string, unknown>, prefix = '', out: Leaf[] = []): Leaf[] {
  for (const [key, value] of Object.entries(record)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      leaves(value as Record<string, unknown>, path, out);
    else out.push([path, value]);
  }
  return out;
}

/** Sets a dotted path, creating objects on the way. */
export function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split('.');
  let node = target;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = segments[i] as string;
    let next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = next = {};
    node = next as Record<string, unknown>;
  }
  node[segments[segments.length - 1] as string] = value;
}

export function getPath(source: Record<string, unknown>, path: string): unknown {
  let node: unknown = source;
  for (const segment of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/** Keeps only the requested dotted paths (the Access API's `fields`). */
export function pickFields(
  entity: Record<string, unknown>,
  fields: readonly string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = getPath(entity, field);
    if (value !== undefined) setPath(out, field, structuredClone(value));
  }
  return out;
}
