// Small helpers the JSON readers share: object checks, kind names for messages and a depth check.

/** True for a plain JSON object (not null, not an array). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Describes what a parsed JSON value is, for "is a JSON array, not an object" messages. */
export function describeJsonKind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a JSON array';
  if (typeof value === 'string') return 'a JSON string';
  if (typeof value === 'number') return 'a JSON number';
  if (typeof value === 'boolean') return 'a JSON boolean';
  return 'a JSON object';
}

/** True when `text` nests arrays/objects deeper than `limit` (string contents are skipped). */
export function exceedsJsonDepth(text: string, limit: number): boolean {
  let depth = 0;
  let isInString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isInString) {
      if (code === 0x5c) i++;
      else if (code === 0x22) isInString = false;
    } else if (code === 0x22) isInString = true;
    else if (code === 0x7b || code === 0x5b) {
      if (++depth > limit) return true;
    } else if (code === 0x7d || code === 0x5d) depth--;
  }
  return false;
}

/** The JSON.parse error text without the engine's varying prefix noise. */
export function jsonErrorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
