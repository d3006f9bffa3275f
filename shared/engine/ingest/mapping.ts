// Mapping of flat (CSV) columns to XDM paths: dot-path headers map directly, otherwise a Data Prep
// shaped mapping set, otherwise a simple auto-match by name (SPEC §3.5, §4.1 step 6).
import { EngineError } from '../../contract/errors';
import type { MappingEntry } from '../../contract/catalog-types';
import type { XdmField } from '../../xdm/fields';
import type { XdmType } from '../../xdm/types';
import { numberFromText } from '../../xdm/validate-coerce';

export interface MappingPlan {
  /** Column name → path segments in the record and the field's XDM type (when the schema has it). */
  columns: Map<string, { segments: string[]; xdmType?: XdmType }>;
  unmapped: string[];
  entries: MappingEntry[];
  /** The columns as an array for the per-row loop, with what each row would otherwise recompute. */
  steps: MappingStep[];
  /** Most fields (objects and leaves) a mapped record can have. */
  maxFields: number;
}

/** One mapped column, ready for the per-row loop. */
export interface MappingStep {
  column: string;
  /** Parent segments of the destination and its last segment. */
  parents: string[];
  leaf: string;
  xdmType?: XdmType;
  /** Whether numeric text is converted for this column. */
  isNumeric: boolean;
  /** The destination as a JSON Pointer fragment (`#/a/b`). */
  pointer: string;
}

const normalize = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);

/** Leaf fields a column can map to (not objects, arrays or maps, not inside them). */
export function mappableFields(fields: readonly XdmField[]): XdmField[] {
  return fields.filter(
    (f) => !/[[{]/.test(f.path) && f.xdmType !== 'object' && f.xdmType !== 'array' && f.xdmType !== 'map',
  );
}

/** Suggests a destination for each column: exact path, then unique normalised path or leaf name. */
export function autoMatch(headers: readonly string[], fields: readonly XdmField[]): MappingEntry[] {
  const leaves = mappableFields(fields);
  const byPath = new Map(leaves.map((f) => [f.path, f]));
  const byNormalPath = new Map<string, string[]>();
  const byLeaf = new Map<string, string[]>();
  for (const f of leaves) {
    byNormalPath.set(normalize(f.path), [...(byNormalPath.get(normalize(f.path)) ?? []), f.path]);
    const leaf = normalize(f.path.slice(f.path.lastIndexOf('.') + 1));
    byLeaf.set(leaf, [...(byLeaf.get(leaf) ?? []), f.path]);
  }
  const entries: MappingEntry[] = [];
  for (const header of headers) {
    const key = normalize(header);
    const path = byPath.has(header)
      ? header
      : byNormalPath.get(key)?.length === 1
        ? byNormalPath.get(key)?.[0]
        : byLeaf.get(key)?.length === 1
          ? byLeaf.get(key)?.[0]
          : undefined;
    if (path) entries.push({ sourceAttribute: header, destinationXdmPath: path });
  }
  return entries;
}

/** Checks a user mapping set and builds the plan for a file's header row. */
export function planMapping(
  headers: readonly string[],
  fields: readonly XdmField[],
  explicit?: readonly MappingEntry[],
): MappingPlan {
  const entries = explicit && explicit.length > 0 ? [...explicit] : autoMatch(headers, fields);
  const types = new Map(fields.map((f) => [f.path, f.xdmType]));
  const columns = new Map<string, { segments: string[]; xdmType?: XdmType }>();
  for (const entry of entries) {
    if (typeof entry?.sourceAttribute !== 'string' || typeof entry?.destinationXdmPath !== 'string') {
      throw new EngineError(
        'invalid-argument',
        'Each mapping entry needs "sourceAttribute" and "destinationXdmPath" strings.',
      );
    }
    const segments = entry.destinationXdmPath.split('.').filter(Boolean);
    if (segments.length === 0 || segments.some((s) => FORBIDDEN.has(s))) {
      throw new EngineError(
        'invalid-argument',
        `Mapping destination "${entry.destinationXdmPath}" is not a field path.`,
      );
    }
    const xdmType = types.get(segments.join('.'));
    columns.set(entry.sourceAttribute, xdmType ? { segments, xdmType } : { segments });
  }
  const steps: MappingStep[] = [];
  let maxFields = 0;
  for (const [column, { segments, xdmType }] of columns) {
    steps.push({
      column,
      parents: segments.slice(0, -1),
      leaf: segments[segments.length - 1] as string,
      ...(xdmType ? { xdmType } : {}),
      isNumeric: xdmType !== undefined && numberFromText('0', xdmType) !== undefined,
      pointer: `#/${segments.join('/')}`,
    });
    maxFields += segments.length;
  }
  return { columns, unmapped: headers.filter((h) => !columns.has(h)), entries, steps, maxFields };
}

/**
 * Builds the nested record from a flat row; empty cells mean "absent" and are left out. Numeric text
 * for number and integer fields is converted here, by the batch conversion table, so validation
 * does not have to fail first; each conversion is reported through `onCoerce` with its raw text.
 * With `cells`, each step's raw cell (before conversion) is written to `cells[offset + step]`, null when
 * absent: what a stored page keeps of the row (see `decodeMappedRow`).
 */
export function applyMapping(
  row: Record<string, unknown>,
  plan: MappingPlan,
  onCoerce?: (pointer: string, from: string, to: number) => void,
  cells?: unknown[],
  offset = 0,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const steps = plan.steps;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s] as MappingStep;
    let value = row[step.column];
    if (value === undefined || value === '') {
      if (cells) cells[offset + s] = null;
      continue;
    }
    if (cells) cells[offset + s] = value;
    if (step.isNumeric && typeof value === 'string') {
      const number = numberFromText(value, step.xdmType as XdmType);
      if (number !== undefined) {
        onCoerce?.(step.pointer, value, number);
        value = number;
      }
    }
    setAt(out, step, value);
  }
  return out;
}

/** Where each step's column is in a header row (-1 when the file has no such column). */
export function columnIndexes(plan: MappingPlan, columns: readonly string[]): number[] {
  return plan.steps.map((step) => columns.indexOf(step.column));
}

/**
 * `applyMapping` for a row given as cells in header order (`indexes` from `columnIndexes`), writing
 * each step's raw cell to `flat` (appended; null when absent) and no coercion reports: a stored
 * page rebuilds them from the cells (`decodeMappedRow`, `mappingCoercions`).
 */
export function applyMappingCells(
  cells: readonly string[],
  plan: MappingPlan,
  indexes: readonly number[],
  flat: unknown[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const steps = plan.steps;
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s] as MappingStep;
    const index = indexes[s] as number;
    const cell = index >= 0 ? cells[index] : undefined;
    if (cell === undefined || cell === '') {
      flat.push(null);
      continue;
    }
    flat.push(cell);
    let value: unknown = cell;
    if (step.isNumeric) {
      const number = numberFromText(cell, step.xdmType as XdmType);
      if (number !== undefined) value = number;
    }
    setAt(out, step, value);
  }
  return out;
}

/**
 * The first half of `applyMappingCells`: appends each step's raw cell to `flat` (null when absent or
 * empty) without building the record; `decodeMappedRow` builds it later if it is needed.
 */
export function pushMappedCells(cells: readonly string[], indexes: readonly number[], flat: unknown[]): void {
  for (let s = 0; s < indexes.length; s++) {
    const index = indexes[s] as number;
    const cell = index >= 0 ? cells[index] : undefined;
    flat.push(cell === undefined || cell === '' ? null : cell);
  }
}

function setAt(out: Record<string, unknown>, step: MappingStep, value: unknown): void {
  let node = out;
  const parents = step.parents;
  for (let i = 0; i < parents.length; i++) {
    const key = parents[i] as string;
    let next = node[key];
    if (typeof next !== 'object' || next === null) node[key] = next = {};
    node = next as Record<string, unknown>;
  }
  node[step.leaf] = value;
}

/** A mapped column as a stored page keeps it: destination segments and the field's XDM type. */
export interface PlanColumn {
  s: string[];
  t?: XdmType;
}

/** The plan's columns in the form pages store them. */
export function planColumns(plan: MappingPlan): PlanColumn[] {
  return plan.steps.map((step) => {
    const s = [...step.parents, step.leaf];
    return step.xdmType ? { s, t: step.xdmType } : { s };
  });
}

/** Mapping steps back from stored columns (the same conversion and pointers as `planMapping`). */
export function stepsOfColumns(columns: readonly PlanColumn[]): MappingStep[] {
  return columns.map(({ s: segments, t: xdmType }, index) => ({
    column: String(index),
    parents: segments.slice(0, -1),
    leaf: segments[segments.length - 1] as string,
    ...(xdmType ? { xdmType } : {}),
    isNumeric: xdmType !== undefined && numberFromText('0', xdmType) !== undefined,
    pointer: `#/${segments.join('/')}`,
  }));
}

/** The conversions `applyMapping` made for a row whose raw cells it wrote, in step order. */
export function mappingCoercions(
  steps: readonly MappingStep[],
  cells: readonly unknown[],
  offset = 0,
): { pointer: string; from: unknown; to: unknown }[] {
  const out: { pointer: string; from: unknown; to: unknown }[] = [];
  for (let s = 0; s < steps.length; s++) {
    const step = steps[s] as MappingStep;
    const cell = cells[offset + s];
    if (!step.isNumeric || typeof cell !== 'string') continue;
    const number = numberFromText(cell, step.xdmType as XdmType);
    if (number !== undefined) out.push({ pointer: step.pointer, from: cell, to: number });
  }
  return out;
}

/**
 * Rebuilds a mapped record from raw cells stored at `cells[offset + step]` (null = absent), exactly as
 * `applyMapping` built it, with the conversions it made. Returns the coercions array only when there is one.
 * With `only`, just the steps it marks (a partial record, for a reader of those fields alone).
 */
export function decodeMappedRow(
  steps: readonly MappingStep[],
  cells: readonly unknown[],
  offset: number,
  only?: readonly boolean[],
): { record: Record<string, unknown>; coercions?: { pointer: string; from: unknown; to: unknown }[] } {
  const record: Record<string, unknown> = {};
  let coercions: { pointer: string; from: unknown; to: unknown }[] | undefined;
  for (let s = 0; s < steps.length; s++) {
    if (only && !only[s]) continue;
    const step = steps[s] as MappingStep;
    let value = cells[offset + s];
    if (value === null || value === undefined) continue;
    if (step.isNumeric && typeof value === 'string') {
      const number = numberFromText(value, step.xdmType as XdmType);
      if (number !== undefined) {
        (coercions ??= []).push({ pointer: step.pointer, from: value, to: number });
        value = number;
      }
    }
    setAt(record, step, value);
  }
  return coercions ? { record, coercions } : { record };
}
