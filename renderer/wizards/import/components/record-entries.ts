// Flattens a parsed record into "path = value" entries and marks the values the validator converted.
import type { SchemaField } from '../../../../shared/contract';

export interface RecordEntry {
  path: string;
  value: string;
  /** The raw value before conversion, when the validator coerced it (e.g. "120" → 120). */
  coercedFrom?: string;
}

/** `#/person/name/firstName` → `person.name.firstName` (JSON Pointer unescaped). */
export function pointerToPath(pointer: string): string {
  return pointer
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

const MAX_ENTRIES = 40;

/** Leaf values of a record in document order; arrays stay whole; at most MAX_ENTRIES. */
export function recordEntries(
  record: Record<string, unknown> | undefined,
  coercions: readonly { pointer: string; from: unknown }[] = [],
): RecordEntry[] {
  if (!record) return [];
  const coerced = new Map(coercions.map((c) => [pointerToPath(c.pointer), show(c.from)]));
  const entries: RecordEntry[] = [];
  const visit = (value: unknown, path: string) => {
    if (entries.length >= MAX_ENTRIES) return;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const [key, child] of Object.entries(value)) visit(child, path ? `${path}.${key}` : key);
      return;
    }
    const from = coerced.get(path);
    entries.push({ path, value: show(value), ...(from !== undefined ? { coercedFrom: from } : {}) });
  };
  visit(record, '');
  return entries;
}

/** Fields a flat column can map to: leaves outside arrays and maps (as the engine's mapping accepts). */
export function mappableFields(fields: readonly SchemaField[]): SchemaField[] {
  return fields
    .filter(
      (field) =>
        !/[[{]/.test(field.path) &&
        field.xdmType !== 'object' &&
        field.xdmType !== 'array' &&
        field.xdmType !== 'map',
    )
    .sort((a, b) => a.path.localeCompare(b.path));
}
