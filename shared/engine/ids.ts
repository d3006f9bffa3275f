// Id and clock factories hosts hand to the engine (random in production, sequential in tests), and the
// UUID shape the engine gives batch ids.

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

/** Formats 32 hex digits as a UUID-shaped batch id (as the platform's batch ids look). */
export function uuidFrom(id: string): string {
  const hex = id
    .replace(/[^0-9a-f]/gi, '')
    .padEnd(32, '0')
    .slice(0, 32)
    .toLowerCase();
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
