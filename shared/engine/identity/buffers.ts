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
