// The graph cap (SPEC §5.3): past 50 identities a graph deletes identities by type, then oldest, then key; deletions can split it.
import { describe, expect, it } from 'vitest';
import type { IdentityGraph } from '../../../shared/engine/identity';
import { add, at, ecid, graph, members, picture } from './builders';

/** `hub` linked to each spoke by its own record, spoke i at minute i. */
function hubAndSpokes(g: IdentityGraph, hub: string, spokes: string[], from = 0): void {
  spokes.forEach((spoke, i) => add(g, [hub, spoke], { time: at(from + i) }));
}

const ecids = (n: number, from = 1) => Array.from({ length: n }, (_, i) => `ECID:${ecid(from + i)}`);
const emails = (n: number, prefix = 'e') =>
  Array.from({ length: n }, (_, i) => `Email:${prefix}${String(i + 1).padStart(2, '0')}@example.com`);
const phones = (n: number) =>
  Array.from({ length: n }, (_, i) => `Phone:+1555${String(i + 1).padStart(4, '0')}`);

describe('graph cap', () => {
  it('a graph holds at most 50 identities: the 51st deletes one, and the record says so', () => {
    const g = graph();
    hubAndSpokes(g, 'CRMID:c-1', ecids(49));
    expect(members(g, 'CRMID:c-1')).toHaveLength(50);
    const result = add(g, ['CRMID:c-1', 'Email:new@example.com'], { time: at(100) });
    expect(result.evicted).toEqual([
      expect.objectContaining({
        kind: 'identity',
        reason: 'graph-cap',
        identity: { namespace: 'ECID', id: ecid(1), key: `ECID:${ecid(1)}` },
        time: at(100),
      }),
    ]);
    expect(result.evicted[0]?.message).toMatch(/reached 51 identities, over the limit of 50/);
    expect(members(g, 'CRMID:c-1')).toHaveLength(50);
    expect(members(g, 'Email:new@example.com')).toContain('CRMID:c-1');
    expect(g.graphOf('ECID', ecid(1))).toBeUndefined();
    expect(g.stats()).toMatchObject({ graphs: 1, largestGraph: 50, evictions: 1, deletedLinks: 1 });
  });

  it('cookies go first, even when newer than the devices', () => {
    const g = graph();
    hubAndSpokes(g, 'CRMID:c-1', ['IDFA:device-1', ...ecids(48)]);
    const result = add(g, ['CRMID:c-1', 'Email:new@example.com'], { time: at(100) });
    expect(result.evicted.map((e) => e.identity?.key)).toEqual([`ECID:${ecid(1)}`]);
    expect(members(g, 'IDFA:device-1')).toHaveLength(50);
  });

  it('devices go before people identifiers', () => {
    const g = graph();
    hubAndSpokes(g, 'CRMID:c-1', [...emails(10), 'GAID:g-1', ...emails(38, 'f')]);
    const result = add(g, ['CRMID:c-1', 'Phone:+15550000'], { time: at(100) });
    expect(result.evicted.map((e) => e.identity?.key)).toEqual(['GAID:g-1']);
  });

  it('people identifiers (CROSS_DEVICE, EMAIL, PHONE) are one group, oldest first', () => {
    const g = graph();
    hubAndSpokes(g, 'Email:hub@example.com', ['Phone:+15559999', ...emails(48)]);
    const result = add(g, ['Email:hub@example.com', 'CRMID:late'], { time: at(100) });
    expect(result.evicted.map((e) => e.identity?.key)).toEqual(['Phone:+15559999']);
  });

  it('within a type, the oldest by last link time goes first', () => {
    const g = graph();
    hubAndSpokes(g, 'CRMID:c-1', ecids(49));
    add(g, ['CRMID:c-1', `ECID:${ecid(1)}`], { time: at(60) });
    const result = add(g, ['CRMID:c-1', 'Email:new@example.com'], { time: at(100) });
    expect(result.evicted.map((e) => e.identity?.key)).toEqual([`ECID:${ecid(2)}`]);
  });

  it('with evictionAge first-seen, the first linked goes first even when active since', () => {
    const g = graph({ evictionAge: 'first-seen' });
    hubAndSpokes(g, 'CRMID:c-1', ecids(49));
    add(g, ['CRMID:c-1', `ECID:${ecid(1)}`], { time: at(60) });
    const result = add(g, ['CRMID:c-1', 'Email:new@example.com'], { time: at(100) });
    expect(result.evicted.map((e) => e.identity?.key)).toEqual([`ECID:${ecid(1)}`]);
  });

  it('ties in type and time go by identity key', () => {
    const g = graph();
    for (const spoke of [...ecids(49)].reverse()) add(g, ['CRMID:c-1', spoke], { time: at(0) });
    const result = add(g, ['CRMID:c-1', 'Email:new@example.com'], { time: at(0) });
    expect(result.evicted.map((e) => e.identity?.key)).toEqual([`ECID:${ecid(1)}`]);
  });

  it('deleting a hub splits the graph; each piece is judged on its own', () => {
    const g = graph();
    // CRMID a + 23 emails, CRMID b + 24 phones, joined only through the cookie h: 50 identities.
    hubAndSpokes(g, 'CRMID:a', emails(23), 0);
    hubAndSpokes(g, 'CRMID:b', phones(24), 0);
    add(g, [`ECID:${ecid(1)}`, 'CRMID:a'], { time: at(30) });
    add(g, [`ECID:${ecid(1)}`, 'CRMID:b'], { time: at(30) });
    expect(members(g, 'CRMID:a')).toHaveLength(50);
    const result = add(g, ['CRMID:b', 'Phone:+15550099'], { time: at(40) });
    expect(result.evicted.map((e) => [e.kind, e.identity?.key])).toEqual([['identity', `ECID:${ecid(1)}`]]);
    expect(members(g, 'CRMID:a')).toHaveLength(24);
    expect(members(g, 'CRMID:b')).toHaveLength(26);
    expect(g.graphOf('ECID', ecid(1))).toBeUndefined();
  });

  it('identities left with no links leave the graph (hub and spoke)', () => {
    const g = graph();
    hubAndSpokes(g, `ECID:${ecid(1)}`, emails(49));
    const result = add(g, [`ECID:${ecid(1)}`, 'Email:last@example.com'], { time: at(100) });
    expect(result.evicted[0]).toMatchObject({ kind: 'identity', identity: { key: `ECID:${ecid(1)}` } });
    expect(result.evicted.slice(1).map((e) => e.kind)).toEqual(Array(50).fill('orphan'));
    expect(result.evicted[1]?.message).toMatch(/no links left after ECID:0+1 was deleted/);
    expect(picture(g)).toEqual([]);
    expect(g.stats()).toMatchObject({ graphs: 0, identities: 51, identitiesInGraphs: 0 });
  });

  it('a deleted link comes back when a new record observes it again', () => {
    const g = graph();
    hubAndSpokes(g, 'CRMID:c-1', ecids(49));
    add(g, ['CRMID:c-1', 'Email:new@example.com'], { time: at(100) });
    const back = add(g, ['CRMID:c-1', `ECID:${ecid(1)}`], { time: at(101) });
    expect(back.evicted.map((e) => e.identity?.key)).toEqual([`ECID:${ecid(2)}`]);
    expect(members(g, `ECID:${ecid(1)}`)).toHaveLength(50);
  });

  it('two full graphs merged by one record are cut back to the cap', () => {
    const g = graph();
    hubAndSpokes(g, 'CRMID:a', ecids(49, 1), 0);
    hubAndSpokes(g, 'CRMID:b', ecids(49, 100), 50);
    const result = add(g, ['CRMID:a', 'CRMID:b'], { time: at(200) });
    expect(result.evicted.filter((e) => e.kind === 'identity')).toHaveLength(50);
    expect(members(g, 'CRMID:a')).toHaveLength(50);
    expect(members(g, 'CRMID:a')).toContain(`ECID:${ecid(148)}`);
    expect(members(g, 'CRMID:a')).not.toContain(`ECID:${ecid(49)}`);
  });

  it('the cap is configurable', () => {
    const g = graph({ maxIdentitiesPerGraph: 3 });
    hubAndSpokes(g, 'CRMID:c-1', ecids(3));
    expect(members(g, 'CRMID:c-1')).toEqual(['CRMID:c-1', `ECID:${ecid(2)}`, `ECID:${ecid(3)}`]);
  });

  it('with the cap not enforced, graphs grow and are flagged over the limit', () => {
    const g = graph({ isGraphCapEnforced: false });
    hubAndSpokes(g, 'CRMID:c-1', ecids(60));
    expect(g.graphOf('CRMID', 'c-1')).toMatchObject({ size: 61, isOverLimit: true });
    expect(g.stats()).toMatchObject({ overLimitGraphs: 1, evictions: 0 });
  });

  it('the eviction log keeps what, why and when', () => {
    const g = graph({ maxIdentitiesPerGraph: 2 });
    add(g, ['CRMID:c-1', `ECID:${ecid(1)}`], { time: at(1), row: 1 });
    add(g, ['CRMID:c-1', 'Email:a@example.com'], { time: at(2), row: 2 });
    expect(g.evictions()).toEqual([
      expect.objectContaining({
        kind: 'identity',
        reason: 'graph-cap',
        identity: expect.objectContaining({ key: `ECID:${ecid(1)}` }),
        time: at(2),
        source: { datasetId: 'ds1', batchId: 'b1', row: 2, time: at(2) },
      }),
    ]);
  });
});
