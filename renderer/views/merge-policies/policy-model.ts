// The merge-policy editor's model: the draft, its rules (as the engine checks them) and the attribute comparison.
import type { MergePolicy, MergePolicyInput, ProfileDetail } from '../../../shared/contract';

/** A sandbox holds at most this many merge policies (the platform's limit). */
export const MAX_POLICIES = 5;

export interface PolicyDraft {
  name: string;
  mergeType: 'timestampOrdered' | 'dataSetPrecedence';
  /** Dataset ids, highest priority first (dataSetPrecedence only). */
  order: string[];
  stitching: 'none' | 'pdg';
  isDefault: boolean;
}

export function emptyDraft(): PolicyDraft {
  return { name: '', mergeType: 'timestampOrdered', order: [], stitching: 'pdg', isDefault: false };
}

export function draftOf(policy: MergePolicy): PolicyDraft {
  return {
    name: policy.name,
    mergeType: policy.attributeMerge.type,
    order: policy.attributeMerge.type === 'dataSetPrecedence' ? [...policy.attributeMerge.order] : [],
    stitching: policy.identityGraph.type,
    isDefault: policy.default,
  };
}

export function inputOf(draft: PolicyDraft): MergePolicyInput {
  return {
    name: draft.name.trim(),
    identityGraph: { type: draft.stitching },
    attributeMerge:
      draft.mergeType === 'dataSetPrecedence'
        ? { type: 'dataSetPrecedence', order: draft.order }
        : { type: 'timestampOrdered' },
    default: draft.isDefault,
  };
}

export type DraftProblem = 'nameMissing' | 'nameTaken' | 'orderEmpty' | 'tooMany';

/** The rules create/update apply, checked before the engine is asked (the engine checks them again). */
export function draftProblems(
  draft: PolicyDraft,
  policies: readonly MergePolicy[],
  editingId: string | null,
): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const name = draft.name.trim().toLowerCase();
  if (!name) problems.push('nameMissing');
  else if (policies.some((p) => p.id !== editingId && p.name.toLowerCase() === name))
    problems.push('nameTaken');
  if (draft.mergeType === 'dataSetPrecedence' && draft.order.length === 0) problems.push('orderEmpty');
  if (!editingId && policies.length >= MAX_POLICIES) problems.push('tooMany');
  return problems;
}

/** Moves one dataset up (-1) or down (+1) in the precedence order. */
export function moveInOrder(order: readonly string[], id: string, by: -1 | 1): string[] {
  const from = order.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= order.length) return [...order];
  const next = [...order];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** Leaf attributes of a merged entity by dotted path; arrays are one value. identityMap is left out. */
export function flatten(entity: Record<string, unknown>, prefix = '', out = new Map<string, unknown>()) {
  for (const [key, value] of Object.entries(entity)) {
    if (!prefix && key === 'identityMap') continue;
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      flatten(value as Record<string, unknown>, path, out);
    } else out.set(path, value);
  }
  return out;
}

export interface AttributeComparison {
  path: string;
  saved: unknown;
  draft: unknown;
  savedDataset: string | undefined;
  draftDataset: string | undefined;
  differs: boolean;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Every attribute of either profile, side by side; a value present on one side only also differs. */
export function compareProfiles(
  saved: ProfileDetail | null,
  draft: ProfileDetail | null,
): AttributeComparison[] {
  const a = flatten(saved?.entity ?? {});
  const b = flatten(draft?.entity ?? {});
  const paths = [...new Set([...a.keys(), ...b.keys()])].sort((x, y) => x.localeCompare(y));
  return paths.map((path) => ({
    path,
    saved: a.get(path),
    draft: b.get(path),
    savedDataset: saved?.provenance[path]?.datasetId,
    draftDataset: draft?.provenance[path]?.datasetId,
    differs: !same(a.get(path), b.get(path)),
  }));
}

export function displayValue(value: unknown): string {
  if (value === undefined) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}
