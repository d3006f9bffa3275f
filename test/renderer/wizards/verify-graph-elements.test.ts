// The identity graph as drawable elements: breadth-first from the looked-up identity, capped at the viewer's 400 nodes.
import { describe, expect, it } from 'vitest';
import type { GraphView } from '../../../shared/contract';
import {
  graphElements,
  MAX_VIEWER_NODES,
  shortId,
} from '../../../renderer/wizards/verify/model/graph-elements';
import { namespaceColors } from '../../../renderer/wizards/verify/model/namespace-colors';

const identity = (namespace: string, id: string) => ({
  namespace,
  id,
  xid: `x-${namespace}-${id}`,
  type: 'Email',
});
const source = (batchId: string, time: number) => ({ datasetId: 'd1', batchId, row: 1, time });

/** A hub (the looked-up email) with `spokes` ECIDs, each spoke linking on to one more device. */
function hub(spokes: number): GraphView {
  const center = identity('Email', 'ada@example.com');
  const ecids = Array.from({ length: spokes }, (_, i) => identity('ECID', `e${i}`));
  const devices = Array.from({ length: spokes }, (_, i) => identity('GAID', `g${i}`));
  return {
    xid: center.xid,
    identities: [...devices, ...ecids, center],
    links: [
      ...ecids.map((e) => ({ a: center.xid, b: e.xid, sources: [source('b2', 2), source('b1', 1)] })),
      ...ecids.map((e, i) => ({ a: e.xid, b: devices[i]?.xid ?? '', sources: [source('b3', 3)] })),
    ],
    isOverLimit: true,
  };
}

describe('graph elements', () => {
  it('starts at the looked-up identity and orders by distance, with each link’s batches oldest first', () => {
    const elements = graphElements(hub(2), [], { namespace: 'email', id: 'ada@example.com' });
    expect(elements.nodes.map((n) => [n.value, n.depth, n.isFocus])).toEqual([
      ['ada@example.com', 0, true],
      ['e0', 1, false],
      ['e1', 1, false],
      ['g0', 2, false],
      ['g1', 2, false],
    ]);
    expect(elements.edges[0]).toMatchObject({ batchIds: ['b1', 'b2'], label: 'b1 +1' });
    expect(elements).toMatchObject({ total: 5, isCapped: false });
  });

  it('draws at most 400 identities, keeping those closest to the looked-up one, and only links between kept ones', () => {
    const elements = graphElements(hub(300), [], { namespace: 'Email', id: 'ada@example.com' });
    expect(elements.nodes).toHaveLength(MAX_VIEWER_NODES);
    expect(elements).toMatchObject({ total: 601, isCapped: true });
    expect(elements.nodes.filter((n) => n.namespace === 'ECID')).toHaveLength(300);
    expect(elements.nodes.filter((n) => n.namespace === 'GAID')).toHaveLength(99);
    const kept = new Set(elements.nodes.map((n) => n.id));
    expect(elements.edges.every((e) => kept.has(e.source) && kept.has(e.target))).toBe(true);
    expect(elements.edges).toHaveLength(399);
  });

  it('without a graph, draws the profile’s own identities', () => {
    const elements = graphElements(null, [{ namespace: 'Email', id: 'solo@example.com', xid: 'x1' }], {
      namespace: 'Email',
      id: 'solo@example.com',
    });
    expect(elements.nodes).toEqual([
      { id: 'x1', namespace: 'Email', value: 'solo@example.com', isFocus: true, depth: 0 },
    ]);
    expect(elements.edges).toEqual([]);
  });

  it('shortens long batch ids for edge labels and colours namespaces the same way every time', () => {
    expect(shortId('0123456789abcdef0123456789abcdef')).toBe('01234567…');
    expect(shortId('b1')).toBe('b1');
    expect([...namespaceColors(['Phone', 'Email', 'Loyalty', 'ECID', 'Email'])]).toEqual([
      ['ECID', 'orange'],
      ['Email', 'blue'],
      ['Loyalty', 'pink'],
      ['Phone', 'teal'],
    ]);
  });
});
