// The identity table of the graph state (namespace + value → node), against a Map as the model.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { identityConfig } from '../../../shared/engine/identity';
import { GraphState } from '../../../shared/engine/identity/state';
import { NONE } from '../../../shared/engine/identity/codes';

function state(): GraphState {
  const s = new GraphState(identityConfig());
  s.namespace('Email', 'EMAIL');
  s.namespace('ECID', 'COOKIE');
  s.namespace('Phone', 'PHONE');
  return s;
}

type Step = { op: 'node' | 'drop' | 'find'; ns: number; value: string };

describe('identity table', () => {
  it('interns, finds and forgets identities exactly as a map per namespace would (property)', () => {
    // Few distinct values, so steps hit the same identities, drop them and bring them back.
    const value = fc.constantFrom(
      'a',
      'b',
      'c',
      'ada@example.com',
      '',
      'é',
      '1'.repeat(38),
      'x'.repeat(1024),
    );
    const step = fc.record({ op: fc.constantFrom('node', 'drop', 'find'), ns: fc.nat(2), value });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 400 }), (steps: Step[]) => {
        const s = state();
        const model = new Map<string, number>();
        for (const { op, ns, value: v } of steps) {
          const key = `${ns}\u0000${v}`;
          if (op === 'node') {
            const n = s.node(ns, v);
            const known = model.get(key);
            if (known !== undefined) expect(n).toBe(known);
            else {
              expect(n).toBe(s.nodeCount - 1);
              model.set(key, n);
            }
            expect(s.nodeValue[n]).toBe(v);
            expect(s.nodeNs[n]).toBe(ns);
          } else if (op === 'drop') {
            const known = model.get(key);
            if (known !== undefined) s.dropNode(known);
            model.delete(key);
          }
          expect(s.findIdentity(ns, v)).toBe(model.get(key) ?? NONE);
          // The same value read in place from a longer text (as stats read primary identity keys).
          expect(s.findIdentityIn(ns, `Email\u0000${v}`, 6)).toBe(model.get(key) ?? NONE);
          expect(s.findIdentityIn(ns, `${v}${v}`, v.length)).toBe(model.get(key) ?? NONE);
        }
        for (const [key, n] of model) {
          const [ns, v] = key.split('\u0000') as [string, string];
          expect(s.findIdentity(Number(ns), v)).toBe(n);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('grows past many identities and keeps every one, dropped slots included', () => {
    const s = state();
    const nodes: number[] = [];
    for (let i = 0; i < 20_000; i++) nodes.push(s.node(i % 3, `p${i}@example.com`));
    for (let i = 0; i < 20_000; i += 2) s.dropNode(nodes[i] as number);
    for (let i = 0; i < 20_000; i++)
      expect(s.findIdentity(i % 3, `p${i}@example.com`)).toBe(i % 2 === 0 ? NONE : nodes[i]);
    // A dropped identity seen again is a new node.
    expect(s.node(0, 'p0@example.com')).toBe(20_000);
    // At most half the slots used (each slot is a node number and its hash).
    expect(s.identities.slots.length / 2).toBeGreaterThanOrEqual(2 * 20_001);
  });

  it('refuses an unknown namespace index', () => {
    expect(() => state().node(7, 'x')).toThrow(/Unknown namespace index 7/);
  });
});

describe('identity table reservations', () => {
  it('rehashes ahead only for more than one doubling, and finds every identity either way', () => {
    const s = state();
    const slotsAt = () => s.identities.slots.length / 2;
    const start = slotsAt();
    // An upper bound that one doubling holds: left to the table, which doubles only if they come.
    s.reserve(0, start - 1);
    expect(slotsAt()).toBe(start);
    for (let i = 0; i < start; i++) s.node(0, `p${i}@example.com`);
    expect(slotsAt()).toBe(2 * start);
    // Past one doubling (from 2 × start slots, room for 4 × start more needs 16 × start): at once.
    s.reserve(0, 4 * start);
    expect(slotsAt()).toBe(16 * start);
    for (let i = 0; i < start; i++) expect(s.findIdentity(0, `p${i}@example.com`)).toBe(i);
    expect(s.findIdentity(1, 'p0@example.com')).toBe(NONE);
  });
});
