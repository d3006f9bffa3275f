// The shared prototype-key guard (shared/util/prototype-keys.ts), and the error shape each host gives it:
// the HTTP API's 400 problem and the engine's invalid-argument.
import { describe, expect, it } from 'vitest';
import { HttpProblem } from '../../electron/node/http/errors';
import { parseJsonBody } from '../../electron/node/http/security';
import { EngineError } from '../../shared/contract';
import { messagesOf } from '../../shared/engine/streaming/body';
import {
  mayHidePrototypeKey,
  parseJsonWithoutPrototypeKeys,
  PrototypeKeyError,
  type PrototypeKey,
} from '../../shared/util/prototype-keys';

const refused: [string, string, PrototypeKey][] = [
  ['plain', '{"__proto__": {"isAdmin": true}}', '__proto__'],
  ['nested', '{"a": {"b": {"__proto__": {}}}}', '__proto__'],
  ['in an array', '{"a": [1, {"__proto__": null}]}', '__proto__'],
  ['top-level array', '[{"x": 1}, {"__proto__": 1}]', '__proto__'],
  ['\\u-escaped', '{"\\u005f_proto__": {"polluted": true}}', '__proto__'],
  ['fully \\u-escaped', '{"\\u005f\\u005f\\u0070roto\\u005f\\u005f": 1}', '__proto__'],
  ['constructor.prototype', '{"constructor": {"prototype": {"x": 1}}}', 'constructor.prototype'],
  ['nested constructor.prototype', '{"a": [{"constructor": {"prototype": 1}}]}', 'constructor.prototype'],
  ['\\u-escaped constructor', '{"\\u0063onstructor": {"prototype": {}}}', 'constructor.prototype'],
];

const allowed: [string, string][] = [
  ['a key containing the text', '{"my__proto__key": 1, "__proto__x": 2}'],
  ['the text as a value', '{"note": "__proto__", "k": "constructor.prototype"}'],
  ['a plain constructor key', '{"constructor": "a name"}'],
  ['constructor without prototype', '{"constructor": {"name": "Object"}}'],
  ['prototype without constructor', '{"prototype": {"x": 1}}'],
  ['a key containing constructor', '{"constructors": {"prototype": 1}}'],
  ['\\u escapes elsewhere', '{"name": "caf\\u00e9"}'],
  ['nothing special', '{"a": [1, 2, {"b": null}]}'],
];

function keyOf(run: () => unknown): PrototypeKey | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    if (error instanceof PrototypeKeyError) return error.key;
    throw error;
  }
}

describe('parseJsonWithoutPrototypeKeys', () => {
  it.each(refused)('refuses %s', (_name, text, key) => {
    expect(mayHidePrototypeKey(text)).toBe(true);
    expect(keyOf(() => parseJsonWithoutPrototypeKeys(text))).toBe(key);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it.each(allowed)('keeps %s', (_name, text) => {
    expect(parseJsonWithoutPrototypeKeys(text)).toEqual(JSON.parse(text));
  });

  it('says text without the telltale strings cannot hide a key, and parses it plainly', () => {
    expect(mayHidePrototypeKey('{"a": [1, {"b": "c"}]}')).toBe(false);
    expect(parseJsonWithoutPrototypeKeys('{"a": [1]}')).toEqual({ a: [1] });
  });

  it('lets the parser report text that is not JSON', () => {
    expect(() => parseJsonWithoutPrototypeKeys('{"__proto__": ')).toThrow(SyntaxError);
    expect(() => parseJsonWithoutPrototypeKeys('{"a": ')).toThrow(SyntaxError);
  });
});

describe('each host keeps its error shape', () => {
  it.each(refused)('HTTP body with %s → 400 naming the key', (_name, text, key) => {
    let problem: unknown;
    try {
      parseJsonBody(text);
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(HttpProblem);
    expect((problem as HttpProblem).status).toBe(400);
    expect((problem as HttpProblem).message).toBe(
      `The JSON body contains a "${key}" key, which this server refuses.`,
    );
  });

  it.each(refused)('engine streaming body with %s → invalid-argument naming the key', (_name, text, key) => {
    let problem: unknown;
    try {
      messagesOf(text, 'message');
    } catch (error) {
      problem = error;
    }
    expect(problem).toBeInstanceOf(EngineError);
    expect((problem as EngineError).code).toBe('invalid-argument');
    expect((problem as EngineError).message).toBe(
      `The request body contains a "${key}" key, which is refused.`,
    );
  });

  it.each(allowed)('both hosts keep %s', (_name, text) => {
    expect(parseJsonBody(text)).toEqual(JSON.parse(text));
    expect(messagesOf(text, 'message')).toEqual([JSON.parse(text)]);
  });

  it('both hosts keep their wording for text that is not JSON', () => {
    expect(() => parseJsonBody('{"a": ')).toThrow(/^The request body is not valid JSON: /);
    expect(() => messagesOf('{"__proto__": ', 'message')).toThrow(/^The request body is not valid JSON: /);
  });
});
