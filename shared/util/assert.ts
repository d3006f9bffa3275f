// Small assertion helpers used instead of non-null assertions and unchecked casts.

/** Throws when a switch over a union is not exhaustive. */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`Unexpected ${what}: ${JSON.stringify(value)}`);
}

/** Narrows away null and undefined, with a message saying what was missing. */
export function assertDefined<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Missing ${what}`);
  return value;
}

/** Asserts a condition at run time and narrows for the type checker. */
export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

/** True for a Uint8Array from any realm (a worker, a jsdom window, an Electron context bridge). */
export function isBytes(value: unknown): value is Uint8Array {
  return Object.prototype.toString.call(value) === '[object Uint8Array]';
}
