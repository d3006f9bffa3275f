// Streaming over HTTP (SPEC §4): connection creation, single messages with and without synchronous
// validation, the batch endpoint's 207, authenticated inlets and the sync-validation rate limit.
import { describe, expect, it } from 'vitest';
import { streamingDataset } from '../../engine/streaming-builders';
import { apiServer, type Api } from './harness';

const SPEC = 'bc7b00d6-623a-4dfc-9fdb-f1240aeadaeb';

async function setup(options: { authenticationRequired?: boolean } = {}) {
  const api: Api = await apiServer();
  const { schema, dataset } = await streamingDataset(api.client);
  const created = await api.call('POST', '/data/foundation/flowservice/connections', {
    json: {
      name: 'ACME Streaming Connection XDM Data',
      connectionSpec: { id: SPEC, version: '1.0' },
      auth: {
        specName: 'Streaming Connection',
        params: {
          dataType: 'xdm',
          ...(options.authenticationRequired ? { authenticationRequired: true } : {}),
        },
      },
    },
  });
  expect(created.statusCode).toBe(201);
  const { id } = created.json() as { id: string };
  const connection = (await api.call('GET', `/data/foundation/flowservice/connections/${id}`)).json() as {
    items: { auth: { params: { inletId: string; inletUrl: string } } }[];
  };
  const inletId = connection.items[0]?.auth.params.inletId ?? '';
  expect(connection.items[0]?.auth.params.inletUrl).toMatch(new RegExp(`/collection/${inletId}$`));
  const message = (entity: unknown) => ({
    header: {
      schemaRef: { id: schema.$id, contentType: 'application/vnd.adobe.xed-full+json;version=1' },
      imsOrgId: 'PROFILESTAGER@AdobeOrg',
      datasetId: dataset.id,
      source: { name: 'test' },
    },
    body: {
      xdmMeta: {
        schemaRef: { id: schema.$id, contentType: 'application/vnd.adobe.xed-full+json;version=1' },
      },
      xdmEntity: entity,
    },
  });
  return { api, inletId, message };
}

describe('streaming inlets', () => {
  it('a valid record with syncValidation: 200 with status pass, and the profile can be looked up', async () => {
    const { api, inletId, message } = await setup();
    const response = await api.call('POST', `/collection/${inletId}?syncValidation=true`, {
      json: message({ personalEmail: { address: 'jane@example.com' } }),
      headers: { authorization: '' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      inletId,
      xactionId: expect.stringMatching(/:0$/),
      receivedTimeMs: expect.any(Number),
      syncValidation: { status: 'pass' },
    });
    const lookup = await api.call(
      'GET',
      '/data/core/ups/access/entities?schema.name=_xdm.context.profile&entityId=jane@example.com&entityIdNS=Email',
    );
    expect(lookup.statusCode).toBe(200);
  });

  it('an invalid record with syncValidation: 400 with the _streamingValidation causes', async () => {
    const { api, inletId, message } = await setup();
    const response = await api.call('POST', `/collection/${inletId}?syncValidation=true`, {
      json: message({ personalEmail: { address: 'x@example.com' }, workEmail: 1 }),
      headers: { authorization: '' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      type: 'http://ns.adobe.com/adobecloud/problem/data-collection-service/inlet',
      status: 400,
      title: 'Invalid XDM Message Format',
      report: {
        message: expect.stringContaining('Message is invalid'),
        cause: { _streamingValidation: [expect.objectContaining({ keyword: 'additionalProperties' })] },
      },
    });
  });

  it('asynchronous: 200 with validation skipped', async () => {
    const { api, inletId, message } = await setup();
    const response = await api.call('POST', `/collection/${inletId}`, {
      json: message({ personalEmail: { address: 'x@example.com' }, extra: 1 }),
      headers: { authorization: '' },
    });
    expect(response.json()).toMatchObject({ syncValidation: { skipped: true } });
  });

  it('the batch endpoint answers 207 with one entry per message in order', async () => {
    const { api, inletId, message } = await setup();
    const response = await api.call('POST', `/collection/batch/${inletId}`, {
      json: {
        messages: [message({ personalEmail: { address: 'a@example.com' } }), { header: {}, body: {} }],
      },
      headers: { authorization: '' },
    });
    expect(response.statusCode).toBe(207);
    const body = response.json() as { responses: unknown[]; batchId: string };
    expect(body.responses).toEqual([
      { xactionId: `${body.batchId}:0` },
      { statusCode: 400, message: expect.stringContaining('Message has unknown xdm format') },
    ]);
  });

  it('an authenticated inlet refuses a request without the token (401) and an unknown inlet is 404', async () => {
    const { api, inletId, message } = await setup({ authenticationRequired: true });
    const refused = await api.call('POST', `/collection/${inletId}`, {
      json: message({ personalEmail: { address: 'a@example.com' } }),
      headers: { authorization: '' },
    });
    expect(refused.statusCode).toBe(401);
    expect(refused.json()).toMatchObject({
      title: 'Authorization',
      report: { message: expect.stringContaining('Ims service token is empty') },
    });
    expect(
      (
        await api.call('POST', `/collection/${inletId}`, {
          json: message({ personalEmail: { address: 'a@example.com' } }),
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await api.call('POST', '/collection/unknown', { json: {}, headers: { authorization: '' } }))
        .statusCode,
    ).toBe(404);
  });

  it('synchronous validation is limited to 60 requests per minute per inlet (429)', async () => {
    const { api, inletId, message } = await setup();
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++)
      statuses.push(
        (
          await api.call('POST', `/collection/${inletId}?syncValidation=true`, {
            json: message({ personalEmail: { address: `p${i}@example.com` } }),
            headers: { authorization: '' },
          })
        ).statusCode,
      );
    expect(statuses.slice(0, 60).every((s) => s === 200)).toBe(true);
    expect(statuses[60]).toBe(429);
  });
});
