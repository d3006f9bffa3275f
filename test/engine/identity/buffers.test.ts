// Growing the graph's typed-array tables: several tables into one new buffer, contents kept, new
// slots set to each table's empty value.
import { describe, expect, it } from 'vitest';
import { grownLength, TableBlock } from '../../../shared/engine/identity/buffers';

describe('TableBlock', () => {
  it('grows tables of every kind into one buffer, keeping their contents and filling the new slots', () => {
    const ids = Int32Array.from([5, -1, 7]);
    const times = Float64Array.from([1.5, Infinity]);
    const flags = Uint8Array.from([1, 0, 1]);
    // 5 slots; a byte table (5 bytes) first: the tables after it still start 8-aligned.
    const block = TableBlock.growing(3, 5, true, [1, 4, 8, 8]);
    if (!block) throw new Error('no growth');
    const grownFlags = block.u8(flags);
    const grownIds = block.i32(ids, -1);
    const grownTimes = block.f64(times, -Infinity);
    const pairs = block.i32(new Int32Array(0), 0, 2);
    expect([...grownFlags]).toEqual([1, 0, 1, 0, 0]);
    expect([...grownIds]).toEqual([5, -1, 7, -1, -1]);
    expect([...grownTimes]).toEqual([1.5, Infinity, -Infinity, -Infinity, -Infinity]);
    expect([...pairs]).toEqual(new Array(10).fill(0));
    expect(new Set([grownFlags.buffer, grownIds.buffer, grownTimes.buffer, pairs.buffer]).size).toBe(1);
    expect(grownIds.byteOffset % 8).toBe(0);
    expect(grownTimes.byteOffset % 8).toBe(0);
    // Writing one table leaves its neighbours as they were.
    grownIds.fill(9);
    grownFlags.fill(255);
    expect([...grownTimes]).toEqual([1.5, Infinity, -Infinity, -Infinity, -Infinity]);
    expect([...pairs]).toEqual(new Array(10).fill(0));
  });

  it('is not needed when the tables hold enough, doubles otherwise, or gives what a reservation asks', () => {
    expect(TableBlock.growing(64, 64, false, [4])).toBeUndefined();
    expect(TableBlock.growing(64, 65, false, [4])?.slots).toBe(128);
    expect(TableBlock.growing(64, 300, false, [4])?.slots).toBe(300);
    expect(TableBlock.growing(64, 65, true, [4])?.slots).toBe(65);
    expect(grownLength(64, 65)).toBe(128);
  });

  it('refuses a table past the ones it was sized for', () => {
    const block = new TableBlock(2, [4]);
    block.i32(new Int32Array(1), 0);
    expect(() => block.u8(new Uint8Array(0))).toThrow(/more tables than it was sized for/);
  });
});
