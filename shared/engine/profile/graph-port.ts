// What the profile store needs from the identity graph, and the adapter over shared/engine/identity.
import type { NamespaceInfo } from '../../contract/registry-types';
import type { IdentityConfig } from '../identity/config';
import { createIdentityGraph } from '../identity/graph';
import { xidOf } from '../identity/xid';

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
  addRecord(identities: readonly { namespace: string; id: string; isPrimary?: boolean }[], source: LinkSource): { status: string; reason?: string };
  /** Notes an identity Profile stores fragments under (so its XID resolves even without links). */
  remember(namespace: string, id: string): void;
  /** The sandbox's spelling of a namespace code given in any letter case. */
  canonicalNamespace(code: string): string | undefined;
  /** The identities of the graph holding this identity (empty when it is in no graph). */
  membersOf(namespace: string, id: string): GraphIdentity[];
  linksOf(namespace: string, id: string): { a: GraphIdentity; b: GraphIdentity; sources: LinkSource[] }[];
  xidOf(namespace: string, id: string): string;
  identityOfXid(xid: string): { namespace: string; id: string } | undefined;
  isOverLimit(namespace: string, id: string): boolean;
  /** Identities seen per namespace (linked or not). */
  identitiesByNamespace(): Record<string, number>;
  /** A stable key of the identity's graph, or undefined when it is in none (cheap: no view is built). */
  componentKey(namespace: string, id: string): string | undefined;
}

/** The identity graph of shared/engine/identity behind the port, with an XID index. */
export function identityGraphPort(config: IdentityConfig, lookup: (code: string) => NamespaceInfo | undefined): GraphPort {
  const graph = createIdentityGraph(config, lookup);
  // Identities seen, by namespace; XIDs are hashed only when an XID is first looked up.
  const seen = new Map<string, Set<string>>();
  const byXid = new Map<string, { namespace: string; id: string }>();
  let pending: { namespace: string; id: string }[] = [];
  const remember = (namespace: string, id: string) => {
    const code = lookup(namespace)?.code ?? namespace;
    let ids = seen.get(code);
    if (!ids) seen.set(code, (ids = new Set()));
    if (ids.has(id)) return;
    ids.add(id);
    pending.push({ namespace: code, id });
  };
  const view = (namespace: string, id: string) => graph.graphOf(lookup(namespace)?.code ?? namespace, id);
  return {
    addRecord(identities, source) {
      for (const identity of identities) remember(identity.namespace, identity.id);
      const result = graph.addRecord(identities, source);
      return { status: result.status, ...(result.reason ? { reason: result.reason } : {}) };
    },
    remember,
    canonicalNamespace: (code) => lookup(code)?.code,
    membersOf(namespace, id) {
      return graph.identitiesOf(lookup(namespace)?.code ?? namespace, id).map((i) => ({ namespace: i.namespace, id: i.id, type: i.type }));
    },
    linksOf(namespace, id) {
      const graphView = view(namespace, id);
      if (!graphView) return [];
      const byKey = new Map(graphView.identities.map((i) => [i.key, { namespace: i.namespace, id: i.id, type: i.type }]));
      return graphView.links.flatMap((link) => {
        const a = byKey.get(link.a);
        const b = byKey.get(link.b);
        return a && b ? [{ a, b, sources: link.sources }] : [];
      });
    },
    xidOf: (namespace, id) => xidOf(lookup(namespace)?.code ?? namespace, id),
    identityOfXid(xid) {
      for (const identity of pending) byXid.set(xidOf(identity.namespace, identity.id), identity);
      pending = [];
      return byXid.get(xid);
    },
    componentKey: (namespace, id) => graph.componentKey(lookup(namespace)?.code ?? namespace, id),
    isOverLimit: (namespace, id) => view(namespace, id)?.isOverLimit === true,
    identitiesByNamespace() {
      return Object.fromEntries([...seen].map(([namespace, ids]) => [namespace, ids.size]));
    },
  };
}
