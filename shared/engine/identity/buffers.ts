// Growable typed arrays for the identity graph's and the profile store's tables: copies that double, so
// appends stay amortised O(1).

/** `a`, or a copy at least `need` long (doubling), new slots set to `fill`. */
export function growI32(a: Int32Array<ArrayBuffer>, need: number, fill: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(grownLength(a.length, need));
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

/** `growI32` for 64-bit floats, new slots zero. */
export function growF64(a: Float64Array<ArrayBuffer>, need: number): Float64Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Float64Array(grownLength(a.length, need));
  b.set(a);
  return b;
}

/** `growI32` for bytes, new slots zero. */
export function growU8(a: Uint8Array<ArrayBuffer>, need: number): Uint8Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Uint8Array(grownLength(a.length, need));
  b.set(a);
  return b;
}

/** The length a table of `length` grows to for `need` slots: doubling, or exactly `need` when `isExact`. */
export function grownLength(length: number, need: number, isExact = false): number {
  return isExact ? need : Math.max(need, length * 2);
}

/**
 * Several tables grown at once into one new buffer: `i32`, `f64` and `u8` each take the next table of
 * it (8-aligned), copy the old table in and set the new slots to `fill`. V8 counts a typed array's
 * memory as external and, past a limit, collects garbage on the allocation that crosses it: growing a
 * dozen tables of a graph of millions of identities one by one started a dozen collections of a heap
 * of a gigabyte and more, one buffer starts one at most.
 */
export class TableBlock {
  private readonly buffer: ArrayBuffer;
  private offset = 0;

  /**
   * For tables of `length` slots that must hold `need` (doubling, or exactly `need` when `isExact`):
   * a block of `bytesPerSlot[i]` bytes a slot for the i-th table taken, or undefined when they hold
   * that many already. A table may take several values a slot (`per`).
   */
  static growing(
    length: number,
    need: number,
    isExact: boolean,
    bytesPerSlot: readonly number[],
  ): TableBlock | undefined {
    return need <= length ? undefined : new TableBlock(grownLength(length, need, isExact), bytesPerSlot);
  }

  /** A block of `slots` slots for tables of these bytes a slot, each table rounded up to 8 bytes. */
  constructor(
    readonly slots: number,
    bytesPerSlot: readonly number[],
  ) {
    this.buffer = new ArrayBuffer(bytesPerSlot.reduce((sum, bytes) => sum + align8(bytes * slots), 0));
  }

  i32(old: Int32Array, fill: number, per = 1): Int32Array<ArrayBuffer> {
    const length = this.slots * per;
    return copyFill(new Int32Array(this.buffer, this.take(length * 4), length), old, fill);
  }

  f64(old: Float64Array, fill: number): Float64Array<ArrayBuffer> {
    return copyFill(new Float64Array(this.buffer, this.take(this.slots * 8), this.slots), old, fill);
  }

  u8(old: Uint8Array): Uint8Array<ArrayBuffer> {
    return copyFill(new Uint8Array(this.buffer, this.take(this.slots), this.slots), old, 0);
  }

  private take(bytes: number): number {
    const at = this.offset;
    this.offset += align8(bytes);
    if (this.offset > this.buffer.byteLength)
      throw new Error('TableBlock: more tables than it was sized for');
    return at;
  }
}

function align8(bytes: number): number {
  return Math.ceil(bytes / 8) * 8;
}

function copyFill<T extends Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(
  table: T,
  old: ArrayLike<number> & { length: number; subarray(start: number, end: number): ArrayLike<number> },
  fill: number,
): T {
  const kept = Math.min(old.length, table.length);
  table.set(old.subarray(0, kept));
  if (fill !== 0 && kept < table.length) table.fill(fill, kept);
  return table;
}
