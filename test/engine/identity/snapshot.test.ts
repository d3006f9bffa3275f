// The edge list as pages (export/import), rebuilding under other rules (reconfigure), XIDs and graph keys.
import { describe, expect, it } from 'vitest';
import {
  createIdentityGraph,
  identityConfig,
  XID_LENGTH,
  xidOf,
  type IdentityGraph,
  type IdentityGraphExport,
} from '../../../shared/engine/identity';
import { add, at, ecid, graph, lookup, members, picture } from './builders';

function sample(g: IdentityGraph): IdentityGraph {
  add(g, ['CRMID:ann', `ECID:${ecid(1)}`, 'Email:ann@example.com'], { time: at(1), batchId: 'b1' });
  add(g, ['CRMID:bob', `ECID:${ecid(1)}`], { time: at(2), batchId: 'b2' });
  add(g, ['Email:solo@example.com'], { time: at(3), batchId: 'b2' });
  add(g, ['Email:null', 'CRMID:x'], { time: at(3), batchId: 'b2' });
  g.addRecord(
    [
      { namespace: 'Phone', id: '+15550001' },
      { namespace: 'crmid', id: 'bob' },
    ],
    { datasetId: 'ds9', messageId: 'm-1', row: 0, time: at(4) },
  );
  return g;
}

function everything(g: IdentityGraph) {
  return {
    graphs: picture(g).map((keys) => members(g, keys[0] ?? '')),
    views: picture(g).map((keys) => g.graphOf('CRMID', keys[0]?.slice(6) ?? '')),
    evictions: g.evictions(),
    stats: g.stats(),
  };
}

describe('export and import', () => {
  it('an import rebuilds the same graph, provenance, evictions and totals', () => {
    const g = sample(graph({ uniqueNamespaces: ['CRMID'] }));
    const data = g.export({ recordsPerPage: 2 });
    expect(data.pages.map((page) => page.records.length > 0)).toEqual([true, true, true]);
    expect(data.namespaces).toEqual(['CRMID', 'ECID', 'Email', 'Phone']);
    const copy = graph({ uniqueNamespaces: ['CRMID'] });
    copy.import(JSON.parse(JSON.stringify(data)) as IdentityGraphExport);
    expect(everything(copy)).toEqual(everything(g));
    expect(copy.export({ recordsPerPage: 2 })).toEqual(data);
  });

  it('pages hold numbers and strings only, with message ids where records have them', () => {
    const data = sample(graph()).export();
    expect(data.pages).toHaveLength(1);
    const page = data.pages[0];
    expect(page?.records.every((n) => typeof n === 'number')).toBe(true);
    expect(page?.values.every((v) => typeof v === 'string')).toBe(true);
    expect(page?.messageIds).toEqual([null, null, null, null, 'm-1']);
    expect(data.origins).toEqual([
      ['ds1', 'b1'],
      ['ds1', 'b2'],
      ['ds9', null],
    ]);
  });

  it('an import replaces what the graph held and refuses what it cannot read', () => {
    const g = sample(graph());
    const data = g.export();
    const other = graph();
    add(other, ['CRMID:zed', 'Email:zed@example.com']);
    other.import(data);
    expect(members(other, 'CRMID:zed')).toEqual([]);
    expect(() => other.import({ ...data, format: 'nope' } as unknown as IdentityGraphExport)).toThrow(
      /expected format/,
    );
    expect(() => other.import({ ...data, namespaces: ['Gone', ...data.namespaces.slice(1)] })).toThrow(
      /Namespace Code Gone is not registered/,
    );
    const broken = { ...data, pages: [{ records: [0, 1, 0, 0, 5, 0], values: ['x'] }] };
    expect(() => other.import(broken)).toThrow(/malformed/);
    expect(picture(other)).toEqual(picture(g));
  });
});

describe('reconfigure', () => {
  it('replays the edge list under the new rules and returns the identities whose graph changed', () => {
    const g = sample(graph());
    expect(members(g, 'CRMID:ann')).toHaveLength(5);
    const changed = g.reconfigure(identityConfig({ uniqueNamespaces: ['CRMID'] }));
    expect(members(g, 'CRMID:ann')).toEqual(['CRMID:ann', 'Email:ann@example.com']);
    expect(members(g, 'CRMID:bob')).toEqual(['CRMID:bob', `ECID:${ecid(1)}`, 'Phone:+15550001']);
    expect(changed).toEqual([
      'CRMID:ann',
      'CRMID:bob',
      `ECID:${ecid(1)}`,
      'Email:ann@example.com',
      'Phone:+15550001',
    ]);
    expect(g.config.uniqueNamespaces).toEqual(['CRMID']);
    expect(g.reconfigure(identityConfig({ uniqueNamespaces: ['CRMID'] }))).toEqual([]);
  });

  it('identities of a type made graphless leave their graphs on reconfigure', () => {
    const g = sample(graph());
    g.reconfigure(identityConfig({ graphlessTypes: ['NON_PEOPLE', 'PARTNER', 'COOKIE'] }));
    expect(members(g, 'CRMID:ann')).toEqual(['CRMID:ann', 'Email:ann@example.com']);
    expect(members(g, 'CRMID:bob')).toEqual(['CRMID:bob', 'Phone:+15550001']);
    expect(g.stats().records).toEqual({ linked: 2, singleIdentity: 2, skippedByRule: 1 });
  });

  it('refuses an unusable configuration', () => {
    expect(() => graph({ maxIdentitiesPerGraph: 1 })).toThrow(
      /maxIdentitiesPerGraph must be an integer of at least 2/,
    );
    expect(() =>
      sample(graph()).reconfigure(identityConfig({ evictionOrder: [['COOKIE'], ['COOKIE']] })),
    ).toThrow(/COOKIE is listed twice/);
  });
});

describe('XIDs and graph keys', () => {
  it('an XID is 30 base62 characters, stable, and the same for any letter case of the namespace', () => {
    const xid = xidOf('Email', 'ann@example.com');
    expect(xid).toMatch(new RegExp(`^[0-9A-Za-z]{${XID_LENGTH}}$`));
    expect(XID_LENGTH).toBe(30);
    expect(xidOf('email', 'ann@example.com')).toBe(xid);
    expect(xidOf('Email', 'Ann@example.com')).not.toBe(xid);
    expect(xidOf('CRMID', 'ann@example.com')).not.toBe(xid);
    expect(graph().xidOf('EMAIL', 'ann@example.com')).toBe(xid);
    expect(xid).toBe(xidOf('Email', 'ann@example.com'));
  });

  it('every identity of a graph shows its XID', () => {
    const g = sample(graph());
    for (const identity of g.graphOf('CRMID', 'ann')?.identities ?? [])
      expect(identity.xid).toBe(xidOf(identity.namespace, identity.id));
  });

  it('a graph key is the same from every member and after a rebuild, and changes when graphs merge', () => {
    const g = graph();
    add(g, ['CRMID:b', 'Email:b@example.com']);
    const key = g.componentKey('Email', 'b@example.com');
    expect(key).toBe(xidOf('CRMID', 'b'));
    expect(g.componentKey('crmid', 'b')).toBe(key);
    expect(g.graphOf('CRMID', 'b')?.key).toBe(key);
    const copy = createIdentityGraph(identityConfig(), lookup);
    copy.import(g.export());
    expect(copy.componentKey('CRMID', 'b')).toBe(key);
    add(g, ['CRMID:a', 'Email:b@example.com']);
    expect(g.componentKey('CRMID', 'b')).toBe(xidOf('CRMID', 'a'));
    expect(g.componentKey('Email', 'nobody@example.com')).toBeUndefined();
  });
});
