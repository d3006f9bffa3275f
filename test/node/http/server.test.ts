// The server's cross-cutting rules over HTTP: Host, token, sandbox header, Content-Type, body size and
// depth, hostile keys, error shapes, request ids, no CORS, and draining on close.
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../shared/util/logger';
import { createApiServer, type ApiServer } from '../../../electron/node/http/server';
import { testEngine } from '../../engine/helpers';
import type { EngineClient } from '../../../shared/contract';
import { apiServer, CATALOG, IMPORT, REGISTRY, schemaBody, TOKEN } from './harness';

const STATS = `${REGISTRY}/stats`;

describe('Host header', () => {
  it.each(['evil.example', 'evil.example:8181', '127.0.0.1.nip.io', 'localhost.evil.example:80'])(
    'refuses Host %s with 403, before the token is looked at',
    async (host) => {
      const api = await apiServer();
      const response = await api.call('GET', STATS, { headers: { host, authorization: 'Bearer wrong' } });
      expect(response.statusCode).toBe(403);
      expect(response.json()).toMatchObject({
        status: 403,
        title: 'Forbidden',
        detail: expect.stringMatching(/DNS-rebinding/),
      });
    },
  );

  it.each(['127.0.0.1', '127.0.0.1:8181', 'localhost', 'localhost:8181', '[::1]', '[::1]:8181'])(
    'accepts Host %s',
    async (host) => {
      const api = await apiServer();
      expect((await api.call('GET', STATS, { headers: { host } })).statusCode).toBe(200);
    },
  );
});

describe('bearer token', () => {
  it('answers a missing token with 401 and the gateway body', async () => {
    const api = await apiServer();
    const response = await api.call('GET', STATS, { headers: { authorization: '' } });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error_code: '403010', message: 'Oauth token is missing.' });
    expect(response.headers['www-authenticate']).toBe('Bearer');
  });

  it.each(['Bearer wrong-token', `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, TOKEN])(
    'answers %s with 401',
    async (authorization) => {
      const api = await apiServer();
      const response = await api.call('GET', STATS, { headers: { authorization } });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toHaveProperty('error_code');
    },
  );

  it('guards unknown routes too (401 before 404)', async () => {
    const api = await apiServer();
    expect((await api.call('GET', '/nowhere', { headers: { authorization: '' } })).statusCode).toBe(401);
  });

  it('refuses to start without a token', async () => {
    const { client } = await testEngine();
    expect(() => createApiServer({ client, token: '', log: silentLogger })).toThrow(/token/);
  });
});

describe('sandbox header', () => {
  it('defaults to prod and selects another sandbox by x-sandbox-name', async () => {
    const api = await apiServer();
    await api.client.call('sandbox-create', { name: 'dev', tenantId: 'devteam' });
    expect((await api.call('GET', STATS)).json()).toMatchObject({ tenantId: 'stager' });
    expect((await api.call('GET', STATS, { headers: { 'x-sandbox-name': 'dev' } })).json()).toMatchObject({
      tenantId: 'devteam',
    });
  });

  it('keeps resources apart per sandbox', async () => {
    const api = await apiServer();
    await api.client.call('sandbox-create', { name: 'dev' });
    expect(
      (
        await api.call('POST', `${REGISTRY}/tenant/schemas`, {
          json: schemaBody(),
          headers: { 'x-sandbox-name': 'dev' },
        })
      ).statusCode,
    ).toBe(201);
    const prod = await api.call('GET', `${REGISTRY}/tenant/schemas`, {
      headers: { accept: 'application/vnd.adobe.xed-id+json' },
    });
    expect(prod.json()).toMatchObject({ results: [] });
  });

  it('answers an unknown sandbox with 404 naming it', async () => {
    const api = await apiServer();
    const response = await api.call('GET', `${CATALOG}/dataSets`, {
      headers: { 'x-sandbox-name': 'staging' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      status: 404,
      detail: expect.stringMatching(/No sandbox named "staging"/),
    });
  });
});

describe('request bodies', () => {
  it('answers a wrong Content-Type with the platform 415 body', async () => {
    const api = await apiServer();
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/octet-stream',
    ]) {
      const response = await api.call('POST', `${REGISTRY}/tenant/schemas`, {
        body: JSON.stringify(schemaBody()),
        contentType,
      });
      expect(response.statusCode).toBe(415);
      expect(response.json()).toEqual({
        status: 415,
        title: 'HTTP 415 Unsupported Media Type',
        type: 'http://ns.adobe.com/adobecloud/problem/unsupported-media-type',
      });
    }
    const missing = await api.call('POST', `${REGISTRY}/tenant/schemas`, {
      body: JSON.stringify(schemaBody()),
    });
    expect(missing.statusCode).toBe(415);
  });

  it('accepts application/json with a charset parameter', async () => {
    const api = await apiServer();
    const response = await api.call('POST', `${REGISTRY}/tenant/schemas`, {
      body: JSON.stringify(schemaBody()),
      contentType: 'application/json; charset=utf-8',
    });
    expect(response.statusCode).toBe(201);
  });

  it('answers malformed JSON with 400', async () => {
    const api = await apiServer();
    const response = await api.call('POST', `${CATALOG}/dataSets`, {
      body: '{"name": "x", ',
      contentType: 'application/json',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ status: 400, detail: expect.stringMatching(/not valid JSON/) });
  });

  it('answers a 50 MB JSON body with 413 and keeps serving', async () => {
    const api = await apiServer();
    const huge = `{"name": "${'x'.repeat(50 * 1024 * 1024)}"}`;
    const response = await api.call('POST', `${CATALOG}/dataSets`, {
      body: huge,
      contentType: 'application/json',
    });
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({ status: 413, title: 'Payload Too Large' });
    expect((await api.call('GET', STATS)).statusCode).toBe(200);
  });

  it('answers 10,000-deep JSON with 400 and keeps serving', async () => {
    const api = await apiServer();
    const deep = `{"name": "x", "schemaRef": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const response = await api.call('POST', `${CATALOG}/dataSets`, {
      body: deep,
      contentType: 'application/json',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ detail: expect.stringMatching(/deeper than 256/) });
    expect((await api.call('GET', STATS)).statusCode).toBe(200);
  });

  it('refuses __proto__ and constructor.prototype keys with 400', async () => {
    const api = await apiServer();
    for (const body of [
      '{"name": "x", "__proto__": {"polluted": true}}',
      '{"tags": {"constructor": {"prototype": {"polluted": true}}}}',
    ]) {
      const response = await api.call('POST', `${CATALOG}/dataSets`, {
        body,
        contentType: 'application/json',
      });
      expect(response.statusCode).toBe(400);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('bounds octet-stream uploads separately (413 above the file limit)', async () => {
    const api = await apiServer({ limits: { fileBytes: 1024 } });
    const response = await api.call('PUT', `${IMPORT}/batches/b/datasets/d/files/a.json`, {
      body: Buffer.alloc(2048),
      contentType: 'application/octet-stream',
    });
    expect(response.statusCode).toBe(413);
  });
});

describe('responses', () => {
  it('carries x-request-id on every response, errors included, and no CORS headers', async () => {
    const api = await apiServer();
    const responses = [
      await api.call('GET', STATS),
      await api.call('GET', STATS, { headers: { authorization: '' } }),
      await api.call('GET', STATS, { headers: { host: 'evil.example' } }),
      await api.call('GET', '/nowhere'),
      await api.call('OPTIONS', STATS, {
        headers: { origin: 'http://evil.example', 'access-control-request-method': 'GET' },
      }),
      await api.call('GET', STATS, { headers: { origin: 'http://evil.example' } }),
    ];
    const ids = responses.map((r) => r.headers['x-request-id']);
    expect(ids.every((id) => typeof id === 'string' && id.startsWith('req'))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const response of responses) {
      expect(Object.keys(response.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
  });

  it('answers an unknown route with a platform-shaped 404', async () => {
    const api = await apiServer();
    const response = await api.call('GET', '/data/foundation/nothing?x=1');
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      type: 'http://ns.adobe.com/adobecloud/problem/not-found',
      title: 'Not Found',
      status: 404,
      detail: expect.stringMatching(/No route GET \/data\/foundation\/nothing on this server/),
    });
  });

  it('answers engine failures with 500 without leaking the stack', async () => {
    const { client } = await testEngine();
    const broken: EngineClient = {
      ...client,
      on: client.on.bind(client),
      close: client.close.bind(client),
      isClosed: false,
      call: async () => Promise.reject(new TypeError('boom at /secret/path')),
    };
    const app = createApiServer({ client: broken, token: TOKEN, log: silentLogger });
    const response = await app.inject({
      method: 'GET',
      url: STATS,
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toMatch(/secret/);
  });
});

describe('listening and closing', () => {
  let server: ApiServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('binds 127.0.0.1 on the port asked for (0 = any free one)', async () => {
    const { client } = await testEngine();
    server = createApiServer({ client, token: TOKEN, port: 0, log: silentLogger });
    const url = await server.start();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const address = server.server.address();
    expect(typeof address === 'object' && address?.address).toBe('127.0.0.1');
    const response = await fetch(`${url}${STATS}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toBeTruthy();
  });

  it('drains a request in flight when closed', async () => {
    const { client } = await testEngine();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const isInside = new Promise<void>((resolve) => (entered = resolve));
    const slow: EngineClient = {
      on: client.on.bind(client),
      close: client.close.bind(client),
      get isClosed() {
        return client.isClosed;
      },
      call: (async (method: string, args: never) => {
        if (method === 'registry-schema-list') {
          entered();
          await gate;
        }
        return client.call(method as 'sandbox-list', args);
      }) as EngineClient['call'],
    };
    server = createApiServer({ client: slow, token: TOKEN, port: 0, log: silentLogger });
    const url = await server.start();
    const inFlight = fetch(`${url}${STATS}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    await isInside;
    let isClosed = false;
    const closing = server.close().then(() => (isClosed = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(isClosed).toBe(false);
    release();
    const response = await inFlight;
    expect(response.status).toBe(200);
    await closing;
    expect(isClosed).toBe(true);
    server = undefined;
  });
});
