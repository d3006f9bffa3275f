// The one guard against prototype keys in JSON text (`__proto__`, and `constructor` objects with a
// `prototype`, as secure-json-parse refuses them), shared by the HTTP API and the engine's streaming
// boundary. Each caller turns a PrototypeKeyError into its own error shape.

/** A key that could reach an object's prototype when the parsed value is merged or assigned. */
export type PrototypeKey = '__proto__' | 'constructor.prototype';

/** Thrown by parseJsonWithoutPrototypeKeys; `key` names which rule the text broke. */
export class PrototypeKeyError extends Error {
  constructor(readonly key: PrototypeKey) {
    super(`The JSON contains a "${key}" key.`);
    this.name = 'PrototypeKeyError';
  }
}

/**
 * True when JSON text could hold a prototype key: it contains `__proto__` or `constructor`, or a `\u`
 * escape (which can spell either). False means the text certainly holds none, so a plain `JSON.parse`
 * is safe; true means only that the thorough check must run.
 */
export function mayHidePrototypeKey(text: string): boolean {
  return text.includes('__proto__') || text.includes('constructor') || text.includes('\\u');
}

function refuse(key: string, value: unknown): unknown {
  if (key === '__proto__') throw new PrototypeKeyError('__proto__');
  if (
    key === 'constructor' &&
    typeof value === 'object' &&
    value !== null &&
    Object.prototype.hasOwnProperty.call(value, 'prototype')
  )
    throw new PrototypeKeyError('constructor.prototype');
  return value;
}

/**
 * `JSON.parse` that refuses a `__proto__` key at any level (however it is escaped) and a `constructor`
 * key whose value has a `prototype`. Throws PrototypeKeyError for those and the parser's SyntaxError for
 * text that is not JSON. Text that cannot hold such a key skips the reviver (it costs ~3× the parse).
 */
export function parseJsonWithoutPrototypeKeys(text: string): unknown {
  return mayHidePrototypeKey(text) ? JSON.parse(text, refuse) : JSON.parse(text);
}
