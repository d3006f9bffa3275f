// The platform's documented flow, scripted with plain fetch against a listening server, the way a
// user's existing script runs with only the base URL and token changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiServer, type ApiServer } from '../../../electron/node/http/server';
import { startNodeEngine, type NodeEngine } from '../../../electron/node/node-engine';
import { silentLogger } from '../../../shared/util/logger';
import { PERSONAL_CONTACT, PROFILE } from './harness';

const TOKEN = 'e2e-token';

describe('platform flow over HTTP', () => {
  let host: NodeEngine;
  let server: ApiServer;
  let base: string;

  beforeAll(async () => {
    host = await startNodeEngine({ version: '0.0.0-test', log: silentLogger });
    server = createApiServer({ client: host.client, token: TOKEN, port: 0, log: silentLogger });
    base = await server.start();
  });

  afterAll(async () => {
    await server.close();
    host.close();
  });

  const headers = (extra: Record<string, string> = {}) => ({
    Authorization: `Bearer ${TOKEN}`,
    'x-api-key': 'ignored-locally',
    'x-gw-ims-org-id': 'ignored@AdobeOrg',
    'x-sandbox-name': 'prod',
    ...extra,
  });

  async function call(
    method: string,
    path: string,
    init: { body?: BodyInit; headers?: Record<string, string> } = {},
  ) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: headers(init.headers),
      ...(init.body !== undefined ? { body: init.body } : {}),
    });
    const text = await response.text();
    return {
      status: response.status,
      text,
      json: () => JSON.parse(text) as any,
      requestId: response.headers.get('x-request-id'),
    };
  }

  it('creates a Profile schema, a Profile dataset, ingests a JSON Lines batch and reads its status', async () => {
    const stats = await call('GET', '/data/foundation/schemaregistry/stats');
    expect(stats.status).toBe(200);
    const tenantId = stats.json().tenantId as string;

    // 1. Schema: class + Personal Contact Details (help/xdm/tutorials/create-schema-api.md).
    const schema = await call('POST', '/data/foundation/schemaregistry/tenant/schemas', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        type: 'object',
        title: 'Loyalty Members',
        description: 'Loyalty program members',
        allOf: [{ $ref: PROFILE }, { $ref: PERSONAL_CONTACT }],
      }),
    });
    expect(schema.status).toBe(201);
    const schemaId = schema.json().$id as string;
    expect(schemaId.startsWith(`https://ns.adobe.com/${tenantId}/schemas/`)).toBe(true);

    // 2. Primary identity descriptor, then the union tag (Profile needs a primary identity first).
    const descriptor = await call('POST', '/data/foundation/schemaregistry/tenant/descriptors', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        '@type': 'xdm:descriptorIdentity',
        'xdm:sourceSchema': schemaId,
        'xdm:sourceVersion': 1,
        'xdm:sourceProperty': '/personalEmail/address',
        'xdm:namespace': 'Email',
        'xdm:property': 'xdm:code',
        'xdm:isPrimary': true,
      }),
    });
    expect(descriptor.status).toBe(201);
    const enabled = await call(
      'PATCH',
      `/data/foundation/schemaregistry/tenant/schemas/${encodeURIComponent(schemaId)}`,
      {
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify([{ op: 'add', path: '/meta:immutableTags', value: ['union'] }]),
      },
    );
    expect(enabled.status).toBe(200);
    expect(enabled.json()['meta:immutableTags']).toEqual(['union']);

    const lookup = await call(
      'GET',
      `/data/foundation/schemaregistry/tenant/schemas/${encodeURIComponent(schemaId)}`,
      { headers: { Accept: 'application/vnd.adobe.xed-full+json; version=1' } },
    );
    expect(lookup.json().properties.personalEmail.properties.address.type).toBe('string');

    // 3. Dataset with Profile and Identity tags.
    const dataset = await call('POST', '/data/foundation/catalog/dataSets', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Loyalty Members',
        schemaRef: { id: schemaId, contentType: 'application/vnd.adobe.xed-full+json;version=1' },
        tags: { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] },
      }),
    });
    expect(dataset.status).toBe(201);
    const datasetId = (dataset.json()[0] as string).replace('@/dataSets/', '');

    // 4. Batch (JSON), upload, complete.
    const batch = await call('POST', '/data/foundation/import/batches', {
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        datasetId,
        inputFormat: { format: 'json' },
        enableErrorDiagnostics: true,
        partialIngestionPercent: 5,
      }),
    });
    expect(batch.status).toBe(201);
    const batchId = batch.json().id as string;
    expect(batch.json().status).toBe('loading');

    const rows = [
      {
        personalEmail: { address: 'ada@example.com' },
        person: { name: { firstName: 'Ada', lastName: 'Lovelace' } },
      },
      {
        personalEmail: { address: 'grace@example.com' },
        person: { name: { firstName: 'Grace', lastName: 'Hopper' } },
      },
    ];
    const upload = await call(
      'PUT',
      `/data/foundation/import/batches/${batchId}/datasets/${datasetId}/files/members.json`,
      {
        headers: { 'Content-Type': 'application/octet-stream' },
        body: rows.map((r) => JSON.stringify(r)).join('\n') + '\n',
      },
    );
    expect(upload.status).toBe(200);
    expect(upload.text).toBe('');

    const complete = await call('POST', `/data/foundation/import/batches/${batchId}?action=COMPLETE`);
    expect(complete.status).toBe(200);

    // 5. Poll the Catalog: the local engine has finished already.
    const status = await call('GET', `/data/foundation/catalog/batches/${batchId}`);
    expect(status.status).toBe(200);
    expect(status.json()[batchId]).toMatchObject({
      status: 'success',
      relatedObjects: [{ type: 'dataSet', id: datasetId }],
      metrics: { inputFileCount: 1, inputRecordCount: 2, outputRecordCount: 2, failedRecordCount: 0 },
    });
    expect(status.requestId).toBeTruthy();

    // 6. Nothing failed: the diagnostics listing is empty.
    const diagnostics = await call('GET', `/data/foundation/export/batches/${batchId}/meta?path=row_errors`);
    expect(diagnostics.json()).toEqual({ _page: { limit: 100, count: 0 }, data: [] });

    // The rows reached the dataset.
    expect(
      (await host.client.call('catalog-dataset-show', { sandbox: 'prod', ref: datasetId })).rowCount,
    ).toBe(2);
  });

  it('keeps refusing what the platform refuses over a real socket', async () => {
    expect((await fetch(`${base}/data/foundation/schemaregistry/stats`)).status).toBe(401);
    const wrongType = await call('POST', '/data/foundation/catalog/dataSets', {
      headers: { 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(wrongType.status).toBe(415);
    expect(wrongType.json()).toEqual({
      status: 415,
      title: 'HTTP 415 Unsupported Media Type',
      type: 'http://ns.adobe.com/adobecloud/problem/unsupported-media-type',
    });
    const huge = await call('POST', '/data/foundation/catalog/dataSets', {
      headers: { 'Content-Type': 'application/json' },
      body: `{"name":"${'x'.repeat(2 * 1024 * 1024)}"}`,
    });
    expect(huge.status).toBe(413);
    expect((await call('GET', '/data/foundation/schemaregistry/stats')).status).toBe(200);
  });
});
