// The profile store's event columns: chains per primary identity stay in arrival order through
// removals anywhere in a chain (head, middle, tail) and appends after them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EventStore } from '../../../shared/engine/profile/event-store';

const batch = (n: number) => ({ datasetId: n < 2 ? 'web' : 'app', batchId: `b${n}`, time: 1000 + n });

describe('event columns', () => {
  it('answers like a list per identity through random appends and batch removals (property)', () => {
    type Op = { kind: 'add'; key: number; batch: number } | { kind: 'remove'; key: number; batch: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constant('add' as const), key: fc.nat(2), batch: fc.nat(3) }),
      fc.record({ kind: fc.constant('remove' as const), key: fc.nat(2), batch: fc.nat(3) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
        const store = new EventStore();
        const model = new Map<string, { id: string; batch: number; first: boolean }[]>();
        let n = 0;
        for (const o of ops) {
          const key = `k${o.key}`;
          const list = model.get(key) ?? [];
          if (o.kind === 'add') {
            const id = `e${n++}`;
            const isFirst = store.add(key, id, n, batch(o.batch), n, { page: n, index: o.key });
            expect(isFirst).toBe(list.length === 0 || list[list.length - 1]?.batch !== o.batch);
            list.push({ id, batch: o.batch, first: isFirst });
            model.set(key, list);
          } else {
            const removed = store.removeBatch(key, `b${o.batch}`).map((r) => r.eventId);
            expect(removed).toEqual(list.filter((e) => e.batch === o.batch).map((e) => e.id));
            const kept = list.filter((e) => e.batch !== o.batch);
            if (kept.length > 0) model.set(key, kept);
            else model.delete(key);
          }
        }
        const keys: string[] = [];
        store.forEachKey((key) => keys.push(key));
        expect(keys.sort()).toEqual([...model.keys()].sort());
        for (const [key, list] of model) {
          expect(store.eventsOf([key]).map((e) => e.eventId)).toEqual(list.map((e) => e.id));
        }
        expect(store.size).toBe([...model.values()].reduce((sum, list) => sum + list.length, 0));
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('gives each event its source, time, stored position or kept record', () => {
    const store = new EventStore();
    const record = { _id: 'mem' };
    store.add('k', 'stored', 5, batch(0), 7, { page: 3, index: 9 });
    store.add('k', 'mem', 6, { ...batch(2), row: 8 } as ReturnType<typeof batch>, 8, undefined, record);
    expect(store.eventsOf(['k', 'missing'])).toEqual([
      {
        datasetId: 'web',
        primaryKey: 'k',
        eventId: 'stored',
        timestamp: 5,
        at: { page: 3, index: 9 },
        source: { datasetId: 'web', batchId: 'b0', row: 7, time: 1000 },
      },
      {
        datasetId: 'app',
        primaryKey: 'k',
        eventId: 'mem',
        timestamp: 6,
        record,
        source: { datasetId: 'app', batchId: 'b2', row: 8, time: 1002 },
      },
    ]);
    expect(store.has('k')).toBe(true);
    store.removeBatch('k', 'b0');
    store.removeBatch('k', 'b2');
    expect(store.has('k')).toBe(false);
    expect(store.eventsOf(['k'])).toEqual([]);
  });
});
