// What the profile store needs from the identity graph, and the adapter over shared/engine/identity.
import type { NamespaceInfo } from '../../contract/registry-types';
import type { IdentityConfig } from '../identity/config';
import { growU8 } from '../identity/buffers';
import { createIdentityGraph, UNKNOWN_IDENTITY, type IdentityMark } from '../identity/graph';
import { xidOf } from '../identity/xid';
import { keyNamespaceReader } from './identities';

export interface LinkSource {
  datasetId: string;
  batchId?: string;
  messageId?: string;
  row: number;
  time: number;
}

export interface GraphIdentity {
  namespace: string;
  id: string;
  type: string;
}

export interface GraphPort {
  /** Links every identity of one record to every other; says why a record was skipped, if it was. */
  addRecord(
    identities: readonly { namespace: string; id: string; isPrimary?: boolean }[],
    source: LinkSource,
  ): { status: string; reason?: string };
  /** Links a page of records of one batch (`rows[i]` is the row of `records[i]`); skipped records are counted by the graph. */
  addRecords(
    records: readonly (readonly { namespace: string; id: string }[])[],
    rows: readonly number[],
    source: { datasetId: string; batchId: string; time: number },
  ): void;
  /**
   * Makes room for a batch of about this many records in one step per table (cheaper than growing by
   * doubling while a large batch is applied). Identities are not reserved: how many are new is unknown.
   */
  reserve(records: number): void;
  /** Takes out every link a batch made (a revert); the graph replays the components it touched. */
  removeBatch(batchId: string): void;
  /** The latest ingestion time of any link other than those at `except` (identity/retime.ts). */
  latestTime(except: number): number;
  /** Gives the links made at time `from` the time `to` (exact when `to` is above every other time). */
  retime(from: number, to: number): void;
  /**
   * Notes an identity Profile stores fragments under, so its XID resolves even when the graph does not
   * hold it (identities the graph holds resolve without this).
   */
  remember(namespace: string, id: string): void;
  /** The sandbox's spelling of a namespace code given in any letter case. */
  canonicalNamespace(code: string): string | undefined;
  /** The identities of the graph holding this identity (empty when it is in no graph). */
  membersOf(namespace: string, id: string): GraphIdentity[];
  linksOf(namespace: string, id: string): { a: GraphIdentity; b: GraphIdentity; sources: LinkSource[] }[];
  xidOf(namespace: string, id: string): string;
  identityOfXid(xid: string): { namespace: string; id: string } | undefined;
  isOverLimit(namespace: string, id: string): boolean;
  /**
   * Profiles and identities of these primary identity keys (each given once): a profile per graph
   * (`isStitched`) or per primary identity, and identities per namespace — those in the identity graph
   * plus the primary identities not in it, each counted once. One lookup per key.
   */
  primaryCounts(
    forEachPrimaryKey: (visit: (key: string) => void) => void,
    isStitched: boolean,
  ): { profiles: number; byNamespace: Record<string, number> };
  /** A stable key of the identity's graph, or undefined when it is in none (cheap: no view is built). */
  componentKey(namespace: string, id: string): string | undefined;
}

/** The identity graph of shared/engine/identity behind the port, with an XID index. */
export function identityGraphPort(
  config: IdentityConfig,
  lookup: (code: string) => NamespaceInfo | undefined,
): GraphPort {
  const graph = createIdentityGraph(config, lookup);
  // XIDs are hashed only when an XID is first looked up: the graph's identities from where the last
  // lookup stopped, and identities remembered outside the graph (as parallel lists: code as given, value).
  const byXid = new Map<string, { namespace: string; id: string }>();
  let graphMark: IdentityMark | undefined;
  const remembered = new Map<string, Set<string>>();
  let pendingNs: string[] = [];
  let pendingId: string[] = [];
  const remember = (namespace: string, id: string) => {
    let ids = remembered.get(namespace);
    if (!ids) remembered.set(namespace, (ids = new Set()));
    if (ids.has(id)) return;
    ids.add(id);
    pendingNs.push(namespace);
    pendingId.push(id);
  };
  const view = (namespace: string, id: string) => graph.graphOf(lookup(namespace)?.code ?? namespace, id);
  return {
    addRecord(identities, source) {
      const result = graph.addRecord(identities, source);
      if (result.status !== 'linked')
        for (const { namespace, id } of identities)
          if (!graph.contains(namespace, id)) remember(namespace, id);
      return { status: result.status, ...(result.reason ? { reason: result.reason } : {}) };
    },
    addRecords(records, rows, source) {
      const result = graph.addRecords({
        datasetId: source.datasetId,
        batchId: source.batchId,
        time: source.time,
        rows,
        records,
      });
      // Identities of a record that made no link may be in no graph: remember those.
      if (result.linked < records.length)
        for (const identities of records)
          for (const { namespace, id } of identities)
            if (!graph.contains(namespace, id)) remember(namespace, id);
    },
    reserve(records) {
      graph.reserve({ records, identities: 0 });
    },
    removeBatch(batchId) {
      graph.removeSource({ batchId });
    },
    latestTime: (except) => graph.latestTime(except),
    retime: (from, to) => graph.retime(from, to),
    remember,
    canonicalNamespace: (code) => lookup(code)?.code,
    membersOf(namespace, id) {
      return graph
        .identitiesOf(lookup(namespace)?.code ?? namespace, id)
        .map((i) => ({ namespace: i.namespace, id: i.id, type: i.type }));
    },
    linksOf(namespace, id) {
      const graphView = view(namespace, id);
      if (!graphView) return [];
      const byKey = new Map(
        graphView.identities.map((i) => [i.key, { namespace: i.namespace, id: i.id, type: i.type }]),
      );
      return graphView.links.flatMap((link) => {
        const a = byKey.get(link.a);
        const b = byKey.get(link.b);
        return a && b ? [{ a, b, sources: link.sources }] : [];
      });
    },
    xidOf: (namespace, id) => xidOf(lookup(namespace)?.code ?? namespace, id),
    identityOfXid(xid) {
      graphMark = graph.identitiesSince(graphMark, (namespace, id) =>
        byXid.set(xidOf(namespace, id), { namespace, id }),
      );
      for (let i = 0; i < pendingNs.length; i++) {
        const given = pendingNs[i] as string;
        const id = pendingId[i] as string;
        const code = lookup(given)?.code ?? given;
        byXid.set(xidOf(code, id), { namespace: code, id });
      }
      pendingNs = [];
      pendingId = [];
      return byXid.get(xid);
    },
    componentKey: (namespace, id) => graph.componentKey(lookup(namespace)?.code ?? namespace, id),
    // Counts the members only (a full view would hash every XID and collect every link's sources).
    isOverLimit: (namespace, id) =>
      graph.identitiesOf(lookup(namespace)?.code ?? namespace, id).length > config.maxIdentitiesPerGraph,
    primaryCounts(forEachPrimaryKey, isStitched) {
      const byNamespace: Record<string, number> = {};
      for (const [code, counts] of Object.entries(graph.stats().byNamespace))
        if (counts.identities > 0) byNamespace[code] = counts.identities;
      // Graphs counted once each: a mark per union-find root (node number), grown as roots appear.
      let isCounted = new Uint8Array(1024);
      let graphs = 0;
      // Keys come grouped by namespace: a code is resolved once per run of keys that share it.
      const codeOf = keyNamespaceReader();
      let code: string | undefined;
      let ns = '';
      let profiles = 0;
      forEachPrimaryKey((key) => {
        const keyCode = codeOf(key);
        if (keyCode !== code) {
          code = keyCode;
          ns = lookup(code)?.code ?? code;
        }
        const where = graph.membershipIn(ns, key, code.length + 1);
        if (where === UNKNOWN_IDENTITY) byNamespace[code] = (byNamespace[code] ?? 0) + 1;
        if (isStitched && where >= 0) {
          if (where >= isCounted.length) isCounted = growU8(isCounted, where + 1);
          if (isCounted[where] === 0) {
            isCounted[where] = 1;
            graphs++;
          }
        } else profiles++;
      });
      return { profiles: profiles + graphs, byNamespace };
    },
  };
}
