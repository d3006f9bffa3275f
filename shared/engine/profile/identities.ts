// Reads the identities of a record: identity descriptor fields plus identityMap, and picks its primary.
import type { IdentityDescriptor } from '../../contract/registry-types';
import type { FlatCells } from '../ingest/flat-scan';
import { stepsOfColumns, type PlanColumn } from '../ingest/mapping';
import { numberFromText } from '../../xdm/validate-coerce';
import type { XdmType } from '../../xdm/types';

export interface RecordIdentity {
  namespace: string;
  id: string;
  isPrimary: boolean;
}

/** `Email:jane@example.com` — the key of an identity (namespace code as the registry spells it). */
export function identityKey(namespace: string, id: string): string {
  return `${namespace}\u0000${id}`;
}

export function splitIdentityKey(key: string): { namespace: string; id: string } {
  const at = key.indexOf('\u0000');
  return { namespace: key.slice(0, at), id: key.slice(at + 1) };
}

/**
 * Reads keys' namespace codes, reusing the last code while the next key starts with it: keys visited in
 * a table's order come grouped by namespace, so a run of them costs one slice, not one per key.
 */
export function keyNamespaceReader(): (key: string) => string {
  let code: string | undefined;
  return (key) => {
    const at = key.indexOf('\u0000');
    if (code === undefined || at !== code.length || !key.startsWith(code)) code = key.slice(0, at);
    return code;
  };
}

function valueAt(record: Record<string, unknown>, pointer: string): unknown {
  let node: unknown = record;
  for (const segment of pointer.split('/').slice(1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

/**
 * Every identity of a record: descriptor fields (with their namespace) and identityMap entries.
 * `canonical` maps a namespace code to the registry's spelling (identityMap keys may be `email`).
 */
export function recordIdentities(
  record: Record<string, unknown>,
  descriptors: readonly IdentityDescriptor[],
  canonical: (code: string) => string,
): RecordIdentity[] {
  const out: RecordIdentity[] = [];
  const seen = new Set<string>();
  const add = (namespace: string, id: unknown, isPrimary: boolean) => {
    if (typeof id !== 'string') return;
    const code = canonical(namespace);
    const key = identityKey(code, id);
    if (seen.has(key)) {
      if (isPrimary)
        for (const item of out) if (identityKey(item.namespace, item.id) === key) item.isPrimary = true;
      return;
    }
    seen.add(key);
    out.push({ namespace: code, id, isPrimary });
  };
  for (const d of descriptors)
    add(d['xdm:namespace'], valueAt(record, d['xdm:sourceProperty']), d['xdm:isPrimary']);
  const map = record['identityMap'];
  if (typeof map === 'object' && map !== null && !Array.isArray(map)) {
    for (const [namespace, items] of Object.entries(map)) {
      if (!Array.isArray(items)) continue;
      for (const item of items) {
        if (typeof item === 'object' && item !== null)
          add(namespace, (item as { id?: unknown }).id, (item as { primary?: unknown }).primary === true);
      }
    }
  }
  return out;
}

/** An identity descriptor's field: its path's segments, the namespace as the registry spells it, primary. */
export interface IdentityField {
  segments: string[];
  namespace: string;
  isPrimary: boolean;
}

/** The identity fields of a schema's descriptors, in descriptor order. */
export function identityFields(
  descriptors: readonly IdentityDescriptor[],
  canonical: (code: string) => string,
): IdentityField[] {
  return descriptors.map((d) => ({
    segments: d['xdm:sourceProperty'].split('/').slice(1),
    namespace: canonical(d['xdm:namespace']),
    isPrimary: d['xdm:isPrimary'],
  }));
}

/**
 * `recordIdentities` compiled for one schema: descriptor paths split once, namespace spellings
 * resolved once per code. Gives the same identities in the same order.
 */
export function identityReader(
  fields: readonly IdentityField[],
  canonical: (code: string) => string,
): (record: Record<string, unknown>) => RecordIdentity[] {
  const codes = new Map<string, string>();
  const codeOf = (namespace: string): string => {
    let code = codes.get(namespace);
    if (code === undefined) codes.set(namespace, (code = canonical(namespace)));
    return code;
  };
  return (record) => {
    const out: RecordIdentity[] = [];
    for (const field of fields) {
      let node: unknown = record;
      for (const segment of field.segments) {
        if (typeof node !== 'object' || node === null) {
          node = undefined;
          break;
        }
        node = (node as Record<string, unknown>)[segment];
      }
      addIdentity(out, field.namespace, node, field.isPrimary);
    }
    const map = record['identityMap'];
    if (typeof map === 'object' && map !== null && !Array.isArray(map)) {
      for (const namespace in map) {
        const items = (map as Record<string, unknown>)[namespace];
        if (!Array.isArray(items)) continue;
        const code = codeOf(namespace);
        for (const item of items) {
          if (typeof item === 'object' && item !== null)
            addIdentity(
              out,
              code,
              (item as { id?: unknown }).id,
              (item as { primary?: unknown }).primary === true,
            );
        }
      }
    }
    return out;
  };
}

/** Whether `a` is `b` or a path on the way to it. */
export function leadsTo(a: readonly string[], b: readonly string[]): boolean {
  if (a.length > b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The identities of a flat stored row, from its cells (see ingest/pages.ts). */
export type FlatIdentityReader = (row: FlatCells) => RecordIdentity[];

/**
 * Reads the identities of a file's flat stored rows straight from their cells, without building the
 * record: the same identities in the same order as `identityReader` gives for the decoded record
 * (`decodeMappedRow`: of several columns into one field the last present one wins, numeric text in a
 * numeric column is a number, which is no identity). Undefined when the columns could make the two
 * differ — a column into identityMap, or one on the way to an identity field or under it — and such
 * rows are decoded instead.
 */
export function flatIdentityReader(
  fields: readonly IdentityField[],
  columns: readonly PlanColumn[],
): FlatIdentityReader | undefined {
  if (columns.some((column) => column.s[0] === 'identityMap')) return undefined;
  const steps = stepsOfColumns(columns);
  const picks: { field: IdentityField; cells: number[] }[] = [];
  for (const field of fields) {
    const cells: number[] = [];
    for (let c = 0; c < columns.length; c++) {
      const path = (columns[c] as PlanColumn).s;
      const isField = path.length === field.segments.length && leadsTo(path, field.segments);
      if (isField) cells.push(c);
      else if (leadsTo(path, field.segments) || leadsTo(field.segments, path)) return undefined;
    }
    picks.push({ field, cells });
  }
  return (row) => {
    const out: RecordIdentity[] = [];
    for (const { field, cells } of picks) {
      let value: unknown;
      for (let k = cells.length - 1; k >= 0 && value === undefined; k--) {
        const c = cells[k] as number;
        const cell = row.cell(c);
        if (cell === null || cell === undefined) continue;
        value = cell;
        const step = steps[c];
        if (step?.isNumeric && typeof cell === 'string')
          value = numberFromText(cell, step.xdmType as XdmType) ?? cell;
      }
      addIdentity(out, field.namespace, value, field.isPrimary);
    }
    return out;
  };
}

/** Adds an identity to a record's list once (a repeat only adds its primary flag); non-strings are no identity. */
function addIdentity(out: RecordIdentity[], code: string, id: unknown, isPrimary: boolean): void {
  if (typeof id !== 'string') return;
  for (const item of out) {
    if (item.id === id && item.namespace === code) {
      if (isPrimary) item.isPrimary = true;
      return;
    }
  }
  out.push({ namespace: code, id, isPrimary });
}

/**
 * The primary identity: the schema's primary descriptor or the identityMap item flagged primary;
 * a record with exactly one identity uses it. For events, a namespace priority (when configured)
 * picks the highest-priority namespace present instead (SPEC §5.5).
 */
export function primaryOf(
  identities: readonly RecordIdentity[],
  eventPriority?: Readonly<Record<string, number>>,
): RecordIdentity | undefined {
  if (eventPriority && Object.keys(eventPriority).length > 0) {
    const ranked = identities
      .filter((i) => eventPriority[i.namespace] !== undefined)
      .sort((a, b) => (eventPriority[a.namespace] ?? 0) - (eventPriority[b.namespace] ?? 0));
    if (ranked[0]) return ranked[0];
  }
  return identities.find((i) => i.isPrimary) ?? (identities.length === 1 ? identities[0] : undefined);
}
