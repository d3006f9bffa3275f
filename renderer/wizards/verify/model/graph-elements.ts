// The identity graph as drawable nodes and edges: breadth-first from the looked-up identity, capped like the platform viewer.
import type { GraphView, ProfileDetail } from '../../../../shared/contract';

/** The platform's graph viewer draws at most 400 identities. */
export const MAX_VIEWER_NODES = 400;

export interface GraphNode {
  /** The identity's XID. */
  id: string;
  namespace: string;
  value: string;
  /** The identity that was looked up. */
  isFocus: boolean;
  /** Links away from the looked-up identity (the layout draws one ring per depth). */
  depth: number;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  /** The batches whose records created the link, oldest first. */
  batchIds: string[];
  /** What the edge shows: the first batch (shortened) and how many more. */
  label: string;
}

export interface GraphElements {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Identities in the graph before the cap. */
  total: number;
  isCapped: boolean;
}

const SHORT_ID = 8;

/** The start of a long id, as the graph labels show it. */
export function shortId(id: string): string {
  return id.length > SHORT_ID + 1 ? `${id.slice(0, SHORT_ID)}…` : id;
}

function edgeLabel(batchIds: readonly string[]): string {
  const [first] = batchIds;
  if (!first) return '';
  return batchIds.length > 1 ? `${shortId(first)} +${batchIds.length - 1}` : shortId(first);
}

export function graphElements(
  graph: GraphView | null,
  identities: ProfileDetail['identities'],
  focus: { namespace: string; id: string },
  limit = MAX_VIEWER_NODES,
): GraphElements {
  const members = graph && graph.identities.length > 0 ? graph.identities : identities;
  const isFocus = (m: { namespace: string; id: string }) =>
    m.id === focus.id && m.namespace.toLowerCase() === focus.namespace.toLowerCase();
  const links = graph?.links ?? [];
  const neighbours = new Map<string, string[]>();
  for (const link of links) {
    neighbours.set(link.a, [...(neighbours.get(link.a) ?? []), link.b]);
    neighbours.set(link.b, [...(neighbours.get(link.b) ?? []), link.a]);
  }
  // Breadth-first from the looked-up identity, so the cap keeps what is closest to it.
  const start = members.find(isFocus) ?? members[0];
  const order: string[] = [];
  const depths = new Map<string, number>();
  const queue: [string, number][] = start ? [[start.xid, 0]] : [];
  for (const [xid, depth] of queue) {
    if (depths.has(xid)) continue;
    depths.set(xid, depth);
    order.push(xid);
    for (const next of neighbours.get(xid) ?? []) if (!depths.has(next)) queue.push([next, depth + 1]);
  }
  const farthest = Math.max(0, ...depths.values());
  for (const member of members) {
    if (depths.has(member.xid)) continue;
    depths.set(member.xid, farthest + 1);
    order.push(member.xid);
  }

  const byXid = new Map(members.map((m) => [m.xid, m]));
  const kept = new Set(order.slice(0, limit));
  const nodes: GraphNode[] = [];
  for (const xid of kept) {
    const member = byXid.get(xid);
    if (member)
      nodes.push({
        id: xid,
        namespace: member.namespace,
        value: member.id,
        isFocus: isFocus(member),
        depth: depths.get(xid) ?? 0,
      });
  }
  const edges: GraphEdge[] = links
    .filter((link) => kept.has(link.a) && kept.has(link.b))
    .map((link) => {
      const batchIds = [
        ...new Set(
          [...link.sources].sort((x, y) => x.time - y.time).flatMap((s) => (s.batchId ? [s.batchId] : [])),
        ),
      ];
      return {
        id: `${link.a}~${link.b}`,
        source: link.a,
        target: link.b,
        batchIds,
        label: edgeLabel(batchIds),
      };
    });
  return { nodes, edges, total: members.length, isCapped: members.length > limit };
}
