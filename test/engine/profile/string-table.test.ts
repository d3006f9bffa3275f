// The profile store's string table (events' chains, `_id`s): it must behave as a Map from key to the
// number it was given, numbers handed out in order, through adds, deletes, re-adds, growth and reserve.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringMap, StringTable } from '../../../shared/engine/profile/string-table';

type Step = { op: 'add' | 'delete' | 'get' | 'reserve'; key: string; n: number };

describe('StringTable', () => {
  it('numbers, finds and forgets keys as a Map model does (property)', () => {
    // Few distinct keys, so steps hit the same ones; enough steps to grow the table several times.
    const key = fc.oneof(
      fc.constantFrom('', 'a', 'b', 'ECID\u0000' + '1'.repeat(38), 'é', '\u{1F600}', 'x'.repeat(300)),
      fc.integer({ min: 0, max: 3000 }).map((i) => `ev${i}`),
    );
    const step = fc.record({
      op: fc.constantFrom('add', 'add', 'add', 'delete', 'get', 'reserve'),
      key,
      n: fc.integer({ min: 0, max: 5000 }),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 3000 }), (steps: Step[]) => {
        const table = new StringTable();
        const model = new Map<string, number>();
        let next = 0;
        for (const { op, key: k, n } of steps) {
          if (op === 'add') {
            const known = model.get(k);
            const got = table.add(k);
            if (known !== undefined) expect(got).toBe(known);
            else {
              expect(got).toBe(next++);
              model.set(k, got);
            }
          } else if (op === 'delete') {
            expect(table.delete(k)).toBe(model.get(k) ?? -1);
            model.delete(k);
          } else if (op === 'reserve') table.reserve(n);
          expect(table.get(k)).toBe(model.get(k) ?? -1);
          expect(table.size).toBe(model.size);
        }
        for (const [k, n] of model) {
          expect(table.get(k)).toBe(n);
          expect(table.keys[n]).toBe(k);
        }
        expect(table.keys.filter((k) => k !== undefined)).toEqual(
          [...model.keys()].sort((a, b) => (model.get(a) as number) - (model.get(b) as number)),
        );
      }),
      { numRuns: 100, seed: 5 },
    );
  });

  it('StringMap holds values and key order as a Map does (property)', () => {
    const step = fc.record({
      isDelete: fc.boolean(),
      key: fc.integer({ min: 0, max: 300 }).map((i) => `Email\u0000p${i}@example.com`),
      value: fc.integer(),
    });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 2000 }), (steps) => {
        const map = new StringMap<number>();
        const model = new Map<string, number>();
        for (const { isDelete, key, value } of steps) {
          if (isDelete) {
            map.delete(key);
            model.delete(key);
          } else {
            map.set(key, value);
            model.set(key, value);
          }
          expect(map.get(key)).toBe(model.get(key));
          expect(map.has(key)).toBe(model.has(key));
        }
        const keys: string[] = [];
        map.forEachKey((key) => keys.push(key));
        expect(keys).toEqual([...model.keys()]);
        expect(map.size).toBe(model.size);
      }),
      { numRuns: 100, seed: 3 },
    );
  });

  it('holds a million keys, each found again', () => {
    const table = new StringTable();
    table.reserve(500_000);
    const key = (i: number) => `ECID\u0000${10 ** 15 + i}`;
    let misnumbered = 0;
    for (let i = 0; i < 1_000_000; i++) if (table.add(key(i)) !== i) misnumbered++;
    let lost = 0;
    for (let i = 0; i < 1_000_000; i++) if (table.get(key(i)) !== i) lost++;
    expect({ misnumbered, lost, size: table.size, absent: table.get('ECID\u0000nope') }).toEqual({
      misnumbered: 0,
      lost: 0,
      size: 1_000_000,
      absent: -1,
    });
  });
});
