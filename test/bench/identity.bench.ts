// Benchmark of the identity graph against a bare union-find over the same identity pairs, in the same host and run.
//   identities_per_s_add       addRecords of N records × 3 identities (10% share an Email with another record), 10 batches
//   ms_remove_one_batch        removeSource of one batch of the 10 (revert), replaying the graphs it touched
//   graphs                     graphs after adding everything
//   ms_union_find              interning the same identities and union-find with path compression over the same pairs
//   ratio_graph_to_union_find  add time / bare union-find time
//   ms_export / ms_import      the edge list as pages, and rebuilding a graph from them
//   hub_records_per_s          records hitting one full graph (a shared bogus email), each one evicting at the cap
import { createIdentityGraph, identityConfig, type IdentityInput } from '../../shared/engine/identity';
import { STANDARD_NAMESPACES } from '../../shared/engine/registry/namespaces';
import type { NamespaceInfo } from '../../shared/contract/registry-types';
import { clock, type BenchContext } from './types';

const NAMESPACES: NamespaceInfo[] = [
  ...STANDARD_NAMESPACES,
  { code: 'CRMID', name: 'CRM ID', type: 'CROSS_DEVICE', id: 100_000, isStandard: false },
];
const lookup = (code: string) => NAMESPACES.find((ns) => ns.code.toLowerCase() === code.toLowerCase());
const T0 = Date.UTC(2026, 0, 15, 9, 0, 0);

function ecid(i: number): string {
  return String(i).padStart(38, '0');
}

/** Records of batch `b`: ECID, Email, CRMID; every tenth record uses the Email of another record. */
function batchRecords(b: number, perBatch: number, total: number): IdentityInput[][] {
  const out: IdentityInput[][] = new Array<IdentityInput[]>(perBatch);
  for (let k = 0; k < perBatch; k++) {
    const i = b * perBatch + k;
    const email = i % 10 === 5 ? (i * 7919 + 13) % total : i;
    out[k] = [
      { namespace: 'ECID', id: ecid(i) },
      { namespace: 'Email', id: `user${email}@example.com` },
      { namespace: 'CRMID', id: `crm${i}` },
    ];
  }
  return out;
}

/** The baseline: intern identities per namespace into integers and union each pair, path compression and union by size. */
function bareUnionFind(batches: number, perBatch: number, total: number): { ms: number; sets: number } {
  const byNamespace = new Map<string, Map<string, number>>();
  let parent = new Int32Array(1024);
  let size = new Int32Array(1024);
  let count = 0;
  const intern = (namespace: string, id: string): number => {
    let values = byNamespace.get(namespace);
    if (!values) byNamespace.set(namespace, (values = new Map()));
    let n = values.get(id);
    if (n === undefined) {
      n = count++;
      if (n >= parent.length) {
        const p = new Int32Array(parent.length * 2);
        p.set(parent);
        parent = p;
        const s = new Int32Array(size.length * 2);
        s.set(size);
        size = s;
      }
      parent[n] = n;
      size[n] = 1;
      values.set(id, n);
    }
    return n;
  };
  const find = (x: number): number => {
    while (parent[x] !== x) {
      const g = parent[parent[x]!]!;
      parent[x] = g;
      x = g;
    }
    return x;
  };
  const union = (a: number, b: number): void => {
    let x = find(a);
    let y = find(b);
    if (x === y) return;
    if (size[x]! < size[y]!) [x, y] = [y, x];
    parent[y] = x;
    size[x]! += size[y]!;
  };
  let ms = 0;
  const nodes: number[] = [];
  for (let b = 0; b < batches; b++) {
    const records = batchRecords(b, perBatch, total);
    const t = clock();
    for (const record of records) {
      nodes.length = 0;
      for (const identity of record) nodes.push(intern(identity.namespace, identity.id));
      for (let i = 0; i < nodes.length; i++)
        for (let j = i + 1; j < nodes.length; j++) union(nodes[i]!, nodes[j]!);
    }
    ms += clock() - t;
  }
  let sets = 0;
  for (let n = 0; n < count; n++) if (parent[n] === n && size[n]! > 1) sets++;
  return { ms, sets };
}

export default async function run(ctx: BenchContext): Promise<void> {
  const total = Number(ctx.args.records ?? 1_000_000);
  const batches = Number(ctx.args.batches ?? 10);
  const perBatch = Math.floor(total / batches);
  const g = createIdentityGraph(identityConfig(), lookup);

  let addMs = 0;
  for (let b = 0; b < batches; b++) {
    const records = batchRecords(b, perBatch, total);
    const t = clock();
    g.addRecords({ datasetId: 'ds-bench', batchId: `b${b}`, time: T0 + b * 60_000, records });
    addMs += clock() - t;
    ctx.note(`batch ${b + 1}/${batches} added`);
  }
  const stats = g.stats();
  const identities = perBatch * batches * 3;
  ctx.report('records', perBatch * batches, 'records');
  ctx.report('identities_per_s_add', Math.round(identities / (addMs / 1000)), 'identities/s');
  ctx.report('ms_add', Math.round(addMs), 'ms');
  ctx.report('graphs', stats.graphs, 'graphs');
  ctx.report('largest_graph', stats.largestGraph, 'identities');

  let t = clock();
  const changed = g.removeSource({ batchId: `b${Math.floor(batches / 2)}` });
  ctx.report('ms_remove_one_batch', Math.round(clock() - t), 'ms');
  ctx.report('identities_changed_by_remove', changed.length, 'identities');

  t = clock();
  const data = g.export();
  ctx.report('ms_export', Math.round(clock() - t), 'ms');
  t = clock();
  createIdentityGraph(identityConfig(), lookup).import(data);
  ctx.report('ms_import', Math.round(clock() - t), 'ms');

  const baseline = bareUnionFind(batches, perBatch, total);
  if (baseline.sets !== stats.graphs)
    ctx.note(`baseline found ${baseline.sets} sets, the graph ${stats.graphs}`);
  ctx.report('ms_union_find', Math.round(baseline.ms), 'ms');
  ctx.report('ratio_graph_to_union_find', Number((addMs / baseline.ms).toFixed(2)), 'x');

  const hubRecords = Number(ctx.args.hub ?? 100_000);
  const hub = createIdentityGraph(identityConfig(), lookup);
  const spokes: IdentityInput[][] = Array.from({ length: hubRecords }, (_, i) => [
    { namespace: 'Email', id: 'test@test.com' },
    { namespace: 'ECID', id: ecid(i) },
  ]);
  t = clock();
  for (let start = 0; start < hubRecords; start += 1000) {
    hub.addRecords({
      datasetId: 'ds-hub',
      batchId: `h${start}`,
      time: T0 + start,
      records: spokes.slice(start, start + 1000),
    });
  }
  const hubMs = clock() - t;
  ctx.report('hub_records_per_s', Math.round(hubRecords / (hubMs / 1000)), 'records/s');
  ctx.report('hub_evictions', hub.stats().evictions, 'evictions');
}
