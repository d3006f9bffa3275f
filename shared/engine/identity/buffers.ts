// Growable typed arrays for the identity graph's tables: copies that double, so appends stay amortised O(1).

/**
 * `a`, or a copy at least `need` long (doubling; exactly `need` when `isExact`, for a reservation whose
 * size is known), new slots set to `fill`.
 */
export function growI32(
  a: Int32Array<ArrayBuffer>,
  need: number,
  fill: number,
  isExact = false,
): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(isExact ? need : Math.max(need, a.length * 2));
  b.set(a);
  if (fill !== 0) b.fill(fill, a.length);
  return b;
}

/** `growI32` for 64-bit floats. */
export function growF64(
  a: Float64Array<ArrayBuffer>,
  need: number,
  fill: number,
  isExact = false,
): Float64Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Float64Array(isExact ? need : Math.max(need, a.length * 2));
  b.set(a);
  b.fill(fill, a.length);
  return b;
}

/** `growI32` for bytes, new slots zero. */
export function growU8(a: Uint8Array<ArrayBuffer>, need: number, isExact = false): Uint8Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Uint8Array(isExact ? need : Math.max(need, a.length * 2));
  b.set(a);
  return b;
}

/** The length a table of `length` grows to for `need` slots: doubling, or exactly `need` when `isExact`. */
export function grownLength(length: number, need: number, isExact = false): number {
  return isExact ? need : Math.max(need, length * 2);
}

/**
 * Several tables grown at once into one new buffer: `i32`, `f64` and `u8` each take the next
 * `length` elements of it (8-aligned), copy the old table in and set the new slots to `fill`. V8
 * counts a typed array's memory as external and, past a limit, collects garbage on the allocation
 * that crosses it: growing a dozen tables of a graph of millions of identities one by one started a
 * dozen collections of a heap of a gigabyte and more, one buffer starts one at most.
 */
export class TableBlock {
  private readonly buffer: ArrayBuffer;
  private offset = 0;

  /** A block for tables of these byte lengths, each rounded up to 8 bytes. */
  constructor(byteLengths: readonly number[]) {
    this.buffer = new ArrayBuffer(byteLengths.reduce((sum, bytes) => sum + align8(bytes), 0));
  }

  i32(old: Int32Array, length: number, fill: number): Int32Array<ArrayBuffer> {
    const table = new Int32Array(this.buffer, this.take(length * 4), length);
    return copyFill(table, old, fill);
  }

  f64(old: Float64Array, length: number, fill: number): Float64Array<ArrayBuffer> {
    const table = new Float64Array(this.buffer, this.take(length * 8), length);
    return copyFill(table, old, fill);
  }

  u8(old: Uint8Array, length: number): Uint8Array<ArrayBuffer> {
    const table = new Uint8Array(this.buffer, this.take(length), length);
    return copyFill(table, old, 0);
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
