// Hostile and wrong input on the streaming endpoints (issue 6 tests), which parse their bodies in the
// engine rather than in the server: malformed JSON, a 50 MB body, 10,000-deep JSON, `__proto__` keys
// (plain and \u-escaped), wrong Host, missing or wrong token, unknown inlet, sandbox and dataset, and
// the configurable sync-validation rate limit. Nothing refused is stored, and the server keeps serving.
import { afterEach, describe, expect, it } from 'vitest';
import { SYNC_VALIDATION_ENV, syncValidationLimit } from '../../../electron/node/http/streaming-routes';
import { envelope, streamingDataset } from '../../engine/streaming-builders';
import { apiServer, TOKEN } from './harness';

const SPEC = 'bc7b00d6-623a-4dfc-9fdb-f1240aeadaeb';
const anonymous = { authorization: '' };

async function setup(options: { authenticationRequired?: boolean } = {}) {
  const api = await apiServer();
  const { schema, dataset } = await streamingDataset(api.client);
  const inlet = await api.client.call('streaming-inlet-create', {
    sandbox: 'prod',
    name: 'hostile',
    authenticationRequired: options.authenticationRequired === true,
  });
  const message = (entity: unknown, datasetId = dataset.id) => envelope(schema.$id, datasetId, entity);
  const stored = async () => (await api.client.call('ingest-batch-list', { sandbox: 'prod' })).length;
  const stillServing = async () => {
    const ok = await api.call('POST', `/collection/${inlet.inletId}`, {
      json: message({ personalEmail: { address: 'ok@example.com' } }),
      headers: anonymous,
    });
    expect(ok.statusCode).toBe(200);
  };
  return { api, inletId: inlet.inletId, message, stored, stillServing };
}

describe('streaming endpoints under hostile input', () => {
  afterEach(() => {
    delete process.env[SYNC_VALIDATION_ENV];
  });

  it('answers malformed JSON with 400 on both collection endpoints, storing nothing', async () => {
    const { api, inletId, stored, stillServing } = await setup();
    for (const path of [`/collection/${inletId}`, `/collection/batch/${inletId}`]) {
      const response = await api.call('POST', path, {
        body: '{"header": {',
        contentType: 'application/json',
        headers: anonymous,
      });
      expect(response.statusCode).toBe(400);
      expect(response.headers['x-request-id']).toBeDefined();
      expect(JSON.stringify(response.json())).toMatch(/not valid JSON/);
    }
    expect(await stored()).toBe(0);
    await stillServing();
  });

  it('refuses a 50 MB body (413) and a body just over 1 MB (413)', async () => {
    const { api, inletId, stored, stillServing } = await setup();
    const huge = `{"messages": ["${'x'.repeat(50 * 1024 * 1024)}"]}`;
    expect(
      (
        await api.call('POST', `/collection/batch/${inletId}`, {
          body: huge,
          contentType: 'application/json',
          headers: anonymous,
        })
      ).statusCode,
    ).toBe(413);
    const over = `{"messages": ["${'x'.repeat(1024 * 1024)}"]}`;
    expect(
      (
        await api.call('POST', `/collection/batch/${inletId}`, {
          body: over,
          contentType: 'application/json',
          headers: anonymous,
        })
      ).statusCode,
    ).toBe(413);
    expect(await stored()).toBe(0);
    await stillServing();
  });

  it('refuses 10,000-deep JSON with 400 before parsing it', async () => {
    const { api, inletId, stored, stillServing } = await setup();
    const deep = `{"messages": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`;
    const response = await api.call('POST', `/collection/batch/${inletId}`, {
      body: deep,
      contentType: 'application/json',
      headers: anonymous,
    });
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toMatch(/deeper than 256/);
    expect(await stored()).toBe(0);
    await stillServing();
  });

  it('refuses __proto__ keys, written plainly or with \\u escapes', async () => {
    const { api, inletId, message, stored, stillServing } = await setup();
    const plain = JSON.stringify(message({ personalEmail: { address: 'a@example.com' } })).replace(
      '"personalEmail"',
      '"__proto__":{"polluted":true},"personalEmail"',
    );
    const escaped = plain.replace('"__proto__"', '"\\u005f_proto__"');
    for (const body of [plain, escaped, `{"messages":[${plain}]}`]) {
      const path = body.startsWith('{"messages"') ? `/collection/batch/${inletId}` : `/collection/${inletId}`;
      const response = await api.call('POST', path, {
        body,
        contentType: 'application/json',
        headers: anonymous,
      });
      expect(response.statusCode).toBe(400);
      expect(JSON.stringify(response.json())).toMatch(/__proto__/);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(await stored()).toBe(0);
    await stillServing();
  });

  it('refuses a wrong Content-Type (415) and a non-loopback Host (403)', async () => {
    const { api, inletId, message, stored } = await setup();
    expect(
      (
        await api.call('POST', `/collection/${inletId}`, {
          body: JSON.stringify(message({})),
          contentType: 'text/plain',
          headers: anonymous,
        })
      ).statusCode,
    ).toBe(415);
    expect(
      (
        await api.call('POST', `/collection/${inletId}`, {
          json: message({ personalEmail: { address: 'a@example.com' } }),
          headers: { ...anonymous, host: 'evil.example' },
        })
      ).statusCode,
    ).toBe(403);
    expect(await stored()).toBe(0);
  });

  it('an authenticated inlet refuses a missing or wrong token (401) and takes the right one', async () => {
    const { api, inletId, message } = await setup({ authenticationRequired: true });
    const json = message({ personalEmail: { address: 'a@example.com' } });
    expect((await api.call('POST', `/collection/${inletId}`, { json, headers: anonymous })).statusCode).toBe(
      401,
    );
    expect(
      (await api.call('POST', `/collection/${inletId}`, { json, headers: { authorization: 'Bearer wrong' } }))
        .statusCode,
    ).toBe(401);
    expect(
      (
        await api.call('POST', `/collection/batch/${inletId}`, {
          json: { messages: [json] },
          headers: anonymous,
        })
      ).statusCode,
    ).toBe(401);
    expect(
      (
        await api.call('POST', `/collection/${inletId}`, {
          json,
          headers: { authorization: `Bearer ${TOKEN}` },
        })
      ).statusCode,
    ).toBe(200);
  });

  it('unknown inlet → 404, unknown sandbox on the connection calls → 404, unknown dataset → 400 for that message only', async () => {
    const { api, inletId, message } = await setup();
    expect(
      (await api.call('POST', '/collection/0000000000000000', { json: message({}), headers: anonymous }))
        .statusCode,
    ).toBe(404);
    expect(
      (
        await api.call('POST', '/collection/batch/0000000000000000', {
          json: { messages: [message({})] },
          headers: anonymous,
        })
      ).statusCode,
    ).toBe(404);
    const otherSandbox = await api.call('POST', '/data/foundation/flowservice/connections', {
      json: { name: 'x', connectionSpec: { id: SPEC, version: '1.0' } },
      headers: { 'x-sandbox-name': 'no-such-sandbox' },
    });
    expect(otherSandbox.statusCode).toBe(404);
    const mixed = await api.call('POST', `/collection/batch/${inletId}`, {
      json: {
        messages: [
          message({ personalEmail: { address: 'a@example.com' } }, 'no-such-dataset'),
          message({ personalEmail: { address: 'b@example.com' } }),
        ],
      },
      headers: anonymous,
    });
    expect(mixed.statusCode).toBe(207);
    const { responses } = mixed.json() as {
      responses: { statusCode?: number; message?: string; xactionId?: string }[];
    };
    expect(responses[0]).toMatchObject({
      statusCode: 400,
      message: expect.stringContaining('"no-such-dataset" does not exist'),
    });
    expect(responses[1]?.xactionId).toBeDefined();
  });

  it('the sync-validation limit can be configured ($PROFILE_STAGER_SYNC_VALIDATION_PER_MINUTE) and answers 429 above it', async () => {
    expect(syncValidationLimit(undefined)).toBe(60);
    expect(syncValidationLimit('5')).toBe(5);
    for (const bad of ['0', '-3', 'many', '2.5', '']) expect(syncValidationLimit(bad)).toBe(60);
    process.env[SYNC_VALIDATION_ENV] = '3';
    const { api, inletId, message } = await setup();
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (
          await api.call('POST', `/collection/${inletId}?syncValidation=true`, {
            json: message({ personalEmail: { address: `p${i}@example.com` } }),
            headers: anonymous,
          })
        ).statusCode,
      );
    expect(statuses).toEqual([200, 200, 200, 429]);
    // Asynchronous requests are not limited.
    expect(
      (
        await api.call('POST', `/collection/${inletId}`, {
          json: message({ personalEmail: { address: 'async@example.com' } }),
          headers: anonymous,
        })
      ).statusCode,
    ).toBe(200);
  });
});
