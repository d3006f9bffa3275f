// Id and clock factories hosts hand to the engine: random in production, sequential in tests.

/** Random 32-hex-digit ids from the platform's crypto (hosts only; the engine receives the function). */
export function randomIdFactory(random: {
  getRandomValues(array: Uint8Array<ArrayBuffer>): unknown;
}): () => string {
  return () => {
    const bytes = new Uint8Array(16);
    random.getRandomValues(bytes);
    let out = '';
    for (const b of bytes) out += b.toString(16).padStart(2, '0');
    return out;
  };
}

/** Sequential ids `prefix0001`, `prefix0002`… for deterministic tests. */
export function sequentialIds(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}${String(++n).padStart(4, '0')}`;
}

/** A clock that starts at `start` and advances by `step` ms on every read. */
export function steppingClock(start = Date.UTC(2026, 0, 15, 9, 0, 0), step = 1): () => number {
  let t = start - step;
  return () => (t += step);
}
