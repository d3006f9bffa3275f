// Unit rules of the HTTP API's request checks: Host names, peers, tokens, JSON depth and keys, chunks.
import { describe, expect, it } from 'vitest';
import { ChunkStore, parseContentRange } from '../../../electron/node/http/chunk-store';
import { HttpProblem, statusForCode } from '../../../electron/node/http/errors';
import {
  bearerToken,
  checkJsonDepth,
  isLoopbackAddress,
  isLoopbackHost,
  parseJsonBody,
  tokensMatch,
} from '../../../electron/node/http/security';
import { ENGINE_ERROR_CODES } from '../../../shared/contract';

function problemOf(run: () => unknown): HttpProblem {
  try {
    run();
  } catch (error) {
    if (error instanceof HttpProblem) return error;
    throw error;
  }
  throw new Error('expected an HttpProblem');
}

describe('Host header (DNS rebinding)', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.0.0.1:8181', true],
    ['localhost', true],
    ['LOCALHOST:3000', true],
    ['[::1]', true],
    ['[::1]:8181', true],
    ['evil.example', false],
    ['evil.example:8181', false],
    ['127.0.0.1.nip.io', false],
    ['localhost.evil.example', false],
    ['127.0.0.2', false],
    ['0.0.0.0:8181', false],
    ['[::1]x', false],
    ['127.0.0.1:80a', false],
    ['[::1', false],
    ['', false],
    [undefined, false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});

describe('peer address', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['::1', true],
    ['::ffff:127.0.0.1', true],
    ['192.168.1.10', false],
    ['::ffff:10.0.0.1', false],
    [undefined, false],
  ])('%s → %s', (address, expected) => {
    expect(isLoopbackAddress(address)).toBe(expected);
  });
});

describe('bearer token', () => {
  it('reads the token of a Bearer header, case-insensitively', () => {
    expect(bearerToken('Bearer abc')).toBe('abc');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken('Bearer')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });

  it('compares tokens of any length', () => {
    expect(tokensMatch('secret', 'secret')).toBe(true);
    expect(tokensMatch('secret', 'secreT')).toBe(false);
    expect(tokensMatch('secret-and-more', 'secret')).toBe(false);
    expect(tokensMatch('', 'secret')).toBe(false);
  });
});

describe('JSON bodies', () => {
  it('refuses nesting deeper than the limit before parsing', () => {
    const deep = '['.repeat(10_000) + ']'.repeat(10_000);
    expect(problemOf(() => parseJsonBody(deep, 256)).status).toBe(400);
    expect(() => checkJsonDepth('['.repeat(256) + ']'.repeat(256), 256)).not.toThrow();
    expect(() => checkJsonDepth('['.repeat(257) + ']'.repeat(257), 256)).toThrow(/deeper than 256/);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(() => checkJsonDepth(JSON.stringify({ a: '[[[[[[\\"{{{{{' }), 2)).not.toThrow();
  });

  it('refuses __proto__ keys at any level', () => {
    expect(problemOf(() => parseJsonBody('{"__proto__": {"isAdmin": true}}')).message).toMatch(/__proto__/);
    expect(problemOf(() => parseJsonBody('{"a": [{"b": {"__proto__": {}}}]}')).status).toBe(400);
  });

  it('refuses constructor.prototype but keeps a plain "constructor" key', () => {
    expect(problemOf(() => parseJsonBody('{"constructor": {"prototype": {"x": 1}}}')).message).toMatch(
      /constructor\.prototype/,
    );
    expect(parseJsonBody('{"constructor": "a name"}')).toEqual({ constructor: 'a name' });
  });

  it('answers malformed JSON with 400 and treats an empty body as no body', () => {
    expect(problemOf(() => parseJsonBody('{"a": ')).status).toBe(400);
    expect(parseJsonBody('  ')).toBeUndefined();
  });
});

describe('EngineError codes → HTTP statuses', () => {
  it.each([
    ['invalid-argument', 400],
    ['not-found', 404],
    ['already-exists', 409],
    ['failed-precondition', 400],
    ['snapshot-invalid', 400],
    ['cancelled', 409],
    ['host-unavailable', 503],
    ['internal', 500],
    ['unknown-method', 501],
    ['limit-exceeded', 422],
  ] as const)('%s → %i', (code, status) => {
    expect(statusForCode(code)).toBe(status);
  });

  it('covers every code', () => {
    for (const code of ENGINE_ERROR_CODES) expect(statusForCode(code)).toBeGreaterThanOrEqual(400);
  });
});

describe('Content-Range', () => {
  it('reads inclusive byte ranges, with or without a total', () => {
    expect(parseContentRange('bytes 0-99')).toEqual({ start: 0, end: 99 });
    expect(parseContentRange('bytes 100-199/200')).toEqual({ start: 100, end: 199, total: 200 });
    expect(parseContentRange('bytes 0-9/*')).toEqual({ start: 0, end: 9 });
  });

  it.each([undefined, 'bytes=0-9', 'bytes 9-0', 'items 0-9', 'bytes -5'])('refuses %s', (header) => {
    expect(problemOf(() => parseContentRange(header)).status).toBe(400);
  });
});

describe('chunk store', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);
  const open = () => {
    const store = new ChunkStore({ maxTotalBytes: 100, maxOpenFiles: 2 });
    store.initialize('prod', 'b1', 'f.json');
    return store;
  };

  it('stitches chunks in range order, whatever order they came in', async () => {
    const store = open();
    store.add('prod', 'b1', 'f.json', { start: 5, end: 9 }, bytes('world'));
    store.add('prod', 'b1', 'f.json', { start: 0, end: 4 }, bytes('hello'));
    expect(await store.complete('prod', 'b1', 'f.json').text()).toBe('helloworld');
    expect(store.heldBytes).toBe(0);
  });

  it('refuses overlapping chunks at completion, not before', () => {
    const store = open();
    store.add('prod', 'b1', 'f.json', { start: 0, end: 4 }, bytes('hello'));
    store.add('prod', 'b1', 'f.json', { start: 3, end: 7 }, bytes('lowo'.padEnd(5, 'r')));
    expect(problemOf(() => store.complete('prod', 'b1', 'f.json')).message).toMatch(/Overlapping/);
  });

  it('refuses a gap, and a short file against the declared total; the missing chunk can still be sent', async () => {
    const store = open();
    store.add('prod', 'b1', 'f.json', { start: 0, end: 4 }, bytes('hello'));
    store.add('prod', 'b1', 'f.json', { start: 10, end: 14, total: 15 }, bytes('again'));
    expect(problemOf(() => store.complete('prod', 'b1', 'f.json')).message).toMatch(
      /Missing chunk.*bytes 5-9/,
    );
    store.add('prod', 'b1', 'f.json', { start: 5, end: 9 }, bytes('world'));
    expect(await store.complete('prod', 'b1', 'f.json').text()).toBe('helloworldagain');

    store.initialize('prod', 'b1', 'g.json');
    store.add('prod', 'b1', 'g.json', { start: 0, end: 4, total: 10 }, bytes('hello'));
    expect(problemOf(() => store.complete('prod', 'b1', 'g.json')).message).toMatch(/bytes 5-9 of 10/);
  });

  it('refuses a body whose length differs from its range, chunks without INITIALIZE, and completion without chunks', () => {
    const store = open();
    expect(
      problemOf(() => store.add('prod', 'b1', 'f.json', { start: 0, end: 9 }, bytes('short'))).message,
    ).toMatch(/announces 10 bytes/);
    expect(
      problemOf(() => store.add('prod', 'b1', 'other.json', { start: 0, end: 4 }, bytes('hello'))).message,
    ).toMatch(/INITIALIZE/);
    expect(problemOf(() => store.complete('prod', 'b1', 'f.json')).message).toMatch(/No chunks/);
  });

  it('bounds the bytes held and the open uploads (413), and forgets a batch on demand', () => {
    const store = open();
    store.add('prod', 'b1', 'f.json', { start: 0, end: 59 }, new Uint8Array(60));
    expect(
      problemOf(() => store.add('prod', 'b1', 'f.json', { start: 60, end: 119 }, new Uint8Array(60))).status,
    ).toBe(413);
    store.initialize('prod', 'b2', 'g.json');
    expect(problemOf(() => store.initialize('prod', 'b3', 'h.json')).status).toBe(413);
    store.dropBatch('prod', 'b1');
    expect(store.heldBytes).toBe(0);
    store.initialize('prod', 'b3', 'h.json');
  });
});
