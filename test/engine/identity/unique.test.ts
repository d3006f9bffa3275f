// Linking rule "unique namespace" (SPEC §5.5): one identity of the namespace per graph, the most recent links kept.
import { describe, expect, it } from 'vitest';
import { add, at, ecid, graph, members } from './builders';

const DEVICE = `ECID:${ecid(1)}`;

describe('unique namespaces', () => {
  it('without the rule, a shared device merges two people', () => {
    const g = graph();
    add(g, [DEVICE, 'CRMID:ann'], { time: at(1) });
    add(g, [DEVICE, 'CRMID:bob'], { time: at(2) });
    expect(members(g, DEVICE)).toEqual(['CRMID:ann', 'CRMID:bob', DEVICE]);
  });

  it('a shared device follows the person who authenticated last', () => {
    const g = graph({ uniqueNamespaces: ['CRMID'] });
    add(g, [DEVICE, 'CRMID:ann', 'Email:ann@example.com'], { time: at(1) });
    const result = add(g, [DEVICE, 'CRMID:bob'], { time: at(2) });
    expect(members(g, DEVICE)).toEqual(['CRMID:bob', DEVICE]);
    expect(members(g, 'CRMID:ann')).toEqual(['CRMID:ann', 'Email:ann@example.com']);
    expect(result.evicted.map((e) => [e.kind, e.reason, e.link?.map((ref) => ref.key)])).toEqual([
      ['link', 'unique-namespace', ['CRMID:ann', DEVICE]],
      ['link', 'unique-namespace', [DEVICE, 'Email:ann@example.com']],
    ]);
    expect(result.evicted[0]?.message).toMatch(
      /would put CRMID:\w+ and CRMID:\w+ in one graph, and CRMID is a unique namespace/,
    );

    add(g, [DEVICE, 'CRMID:ann'], { time: at(3) });
    expect(members(g, DEVICE)).toEqual(['CRMID:ann', DEVICE, 'Email:ann@example.com']);
    expect(g.graphOf('CRMID', 'bob')).toBeUndefined();
    expect(g.evictions().at(-1)).toMatchObject({ kind: 'orphan', identity: { key: 'CRMID:bob' } });
  });

  it('links of the same time replay by namespace priority sum, so a person keeps their own identities', () => {
    // SPEC §5.5 "shared device, example one": CRMID and Email unique; Jane then John log in on one laptop.
    const g = graph({
      uniqueNamespaces: ['CRMID', 'Email'],
      namespacePriority: { CRMID: 1, Email: 2, ECID: 3 },
    });
    add(g, ['CRMID:jane', 'Email:jane@example.com'], { time: at(0) });
    add(g, ['CRMID:john', 'Email:john@example.com'], { time: at(0) });
    add(g, [DEVICE, 'Email:jane@example.com', 'CRMID:jane'], { time: at(1) });
    add(g, [DEVICE, 'Email:john@example.com', 'CRMID:john'], { time: at(2) });
    expect(members(g, DEVICE)).toEqual(['CRMID:john', DEVICE, 'Email:john@example.com']);
    expect(members(g, 'CRMID:jane')).toEqual(['CRMID:jane', 'Email:jane@example.com']);
  });

  it('a bad shared email stays with the person who used it last (SPEC §5.5 "bad email")', () => {
    const g = graph({ uniqueNamespaces: ['CRMID', 'Email'] });
    add(g, ['CRMID:jane', `ECID:${ecid(1)}`], { time: at(1) });
    add(g, ['CRMID:john', `ECID:${ecid(2)}`], { time: at(2) });
    add(g, ['CRMID:jane', 'Email:test@test.com'], { time: at(3) });
    add(g, ['CRMID:john', 'Email:test@test.com'], { time: at(4) });
    expect(members(g, 'CRMID:jane')).toEqual(['CRMID:jane', `ECID:${ecid(1)}`]);
    expect(members(g, 'CRMID:john')).toEqual(['CRMID:john', `ECID:${ecid(2)}`, 'Email:test@test.com']);
  });

  it('recency is the ingestion time: a late-arriving older record loses', () => {
    const g = graph({ uniqueNamespaces: ['crmid'] });
    add(g, [DEVICE, 'CRMID:ann'], { time: at(5) });
    add(g, [DEVICE, 'CRMID:bob'], { time: at(1) });
    expect(members(g, DEVICE)).toEqual(['CRMID:ann', DEVICE]);
  });

  it('two identities of a unique namespace in one record are never linked', () => {
    const g = graph({ uniqueNamespaces: ['CRMID'] });
    add(g, ['CRMID:ann', 'CRMID:bob', 'Email:shared@example.com'], { time: at(1) });
    const graphs = [members(g, 'CRMID:ann'), members(g, 'CRMID:bob')];
    expect(graphs.filter((m) => m.length > 0)).toHaveLength(1);
    expect(graphs.flat().filter((key) => key.startsWith('CRMID:'))).toHaveLength(1);
  });

  it('graphs joined through other identities still keep one identity per unique namespace', () => {
    const g = graph({ uniqueNamespaces: ['CRMID', 'LoyaltyId'] });
    add(g, ['CRMID:ann', 'Email:a@example.com'], { time: at(1) });
    add(g, ['LoyaltyId:L1', 'Phone:+15550001'], { time: at(2) });
    add(g, ['Email:a@example.com', 'Phone:+15550001'], { time: at(3) });
    expect(members(g, 'CRMID:ann')).toEqual([
      'CRMID:ann',
      'Email:a@example.com',
      'LoyaltyId:L1',
      'Phone:+15550001',
    ]);
    add(g, ['LoyaltyId:L2', 'Phone:+15550001'], { time: at(4) });
    expect(members(g, 'CRMID:ann')).toEqual([
      'CRMID:ann',
      'Email:a@example.com',
      'LoyaltyId:L2',
      'Phone:+15550001',
    ]);
    expect(members(g, 'LoyaltyId:L1')).toEqual([]);
  });

  it('other namespaces may hold many identities in one graph', () => {
    const g = graph({ uniqueNamespaces: ['CRMID'] });
    add(g, ['CRMID:ann', 'Email:a@example.com', DEVICE], { time: at(1) });
    add(g, ['CRMID:ann', 'Email:b@example.com', `ECID:${ecid(2)}`], { time: at(2) });
    expect(members(g, 'CRMID:ann')).toHaveLength(5);
  });
});
