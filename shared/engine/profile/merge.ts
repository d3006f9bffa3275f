// Merges record fragments into one profile under a merge policy (SPEC §6.3): timestampOrdered (the
// most recently ingested value wins) or dataSetPrecedence (the listed order wins; unlisted datasets are
// left out). Every attribute keeps the fragment and rule that won. identityMap is the union.
import type { MergePolicy, Provenance } from '../../contract/profile-types';
import { recordOf, sourceOfLeaf, type RecordFragment } from './fragments';
import { leaves, setPath } from './paths';

export interface Merged {
  entity: Record<string, unknown>;
  provenance: Record<string, Provenance>;
  fragments: RecordFragment[];
}

/** Fragments a policy includes, in the order they are applied (later wins). */
export function orderFragments(
  fragments: readonly RecordFragment[],
  policy: MergePolicy | undefined,
): RecordFragment[] {
  if (policy?.attributeMerge.type === 'dataSetPrecedence') {
    const order = policy.attributeMerge.order;
    return fragments
      .filter((f) => order.includes(f.datasetId))
      .sort((a, b) => order.indexOf(b.datasetId) - order.indexOf(a.datasetId));
  }
  // Ties (same time and row) fall back to dataset and identity, so the order never depends on
  // the order fragments were stored in (a replay after a revert stores them in another order).
  return [...fragments].sort(
    (a, b) =>
      a.last.time - b.last.time ||
      a.last.row - b.last.row ||
      (a.datasetId < b.datasetId ? -1 : a.datasetId > b.datasetId ? 1 : 0) ||
      (a.primaryKey < b.primaryKey ? -1 : a.primaryKey > b.primaryKey ? 1 : 0),
  );
}

export function mergeFragments(
  fragments: readonly RecordFragment[],
  policy: MergePolicy | undefined,
): Merged {
  const ordered = orderFragments(fragments, policy);
  const rule: Provenance['rule'] =
    policy?.attributeMerge.type === 'dataSetPrecedence' ? 'dataSetPrecedence' : 'timestampOrdered';
  type Candidate = { value: unknown; source: RecordFragment['last']; time: number };
  const candidates = new Map<string, Candidate[]>();
  const identityMap: Record<string, unknown[]> = {};
  for (const fragment of ordered) {
    const record = recordOf(fragment);
    for (const [path, value] of leaves(record)) {
      if (path === 'identityMap' || path.startsWith('identityMap.')) continue;
      const source = sourceOfLeaf(fragment, path);
      const list = candidates.get(path) ?? [];
      list.push({ value, source, time: source.time });
      candidates.set(path, list);
    }
    const map = record['identityMap'];
    if (typeof map === 'object' && map !== null) {
      for (const [ns, items] of Object.entries(map)) {
        if (!Array.isArray(items)) continue;
        const list = (identityMap[ns] ??= []);
        for (const item of items)
          if (!list.some((x) => (x as { id?: unknown }).id === (item as { id?: unknown }).id))
            list.push(item);
      }
    }
  }
  const entity: Record<string, unknown> = {};
  const provenance: Record<string, Provenance> = {};
  for (const [path, list] of candidates) {
    // Timestamp ordering compares per attribute (upsert fragments carry per-field times).
    const winner =
      rule === 'timestampOrdered'
        ? list.reduce((best, c) => (c.time >= best.time ? c : best))
        : (list[list.length - 1] as Candidate);
    setPath(entity, path, structuredClone(winner.value));
    const { datasetId, batchId, row, time } = winner.source;
    provenance[path] = { datasetId, batchId, row, time, rule: list.length > 1 ? rule : 'only-source' };
  }
  if (Object.keys(identityMap).length > 0) entity['identityMap'] = identityMap;
  return { entity, provenance, fragments: ordered };
}
