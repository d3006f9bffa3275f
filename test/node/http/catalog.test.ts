// Catalog endpoints against a real engine: datasets (SPEC §2.1, §2.2, §2.3) and batch lookups (§3.7),
// responses compared key by key with the platform's examples.
import { describe, expect, it } from 'vitest';
import {
  apiServer,
  CATALOG,
  createBatch,
  filePath,
  IMPORT,
  jsonLines,
  PEOPLE,
  profileDataset,
  REGISTRY,
  schemaBody,
  type Api,
} from './harness';

/** Keys of the dataset object in SPEC §2.2 that this server produces (viewId and the legacy `schema` are not kept). */
const DATASET_KEYS = [
  'name',
  'imsOrg',
  'tags',
  'version',
  'created',
  'updated',
  'createdClient',
  'createdUser',
  'updatedUser',
  'files',
  'schemaRef',
];
/** Keys of the batch object in SPEC §3.7. */
const BATCH_KEYS = [
  'status',
  'tags',
  'relatedObjects',
  'id',
  'externalId',
  'inputFormat',
  'imsOrg',
  'started',
  'completed',
  'created',
  'updated',
  'metrics',
  'createdClient',
  'createdUser',
  'updatedUser',
  'version',
];

async function plainSchema(api: Api, title = 'Plain') {
  return (await api.call('POST', `${REGISTRY}/tenant/schemas`, { json: schemaBody(title) })).json() as {
    $id: string;
  };
}

describe('POST /dataSets', () => {
  it('answers 201 with ["@/dataSets/{id}"] (SPEC §2.1)', async () => {
    const api = await apiServer();
    const schema = await plainSchema(api);
    const response = await api.call('POST', `${CATALOG}/dataSets`, {
      json: {
        name: 'Dataset name',
        description: 'Dataset description',
        schemaRef: { id: schema.$id, contentType: 'application/vnd.adobe.xed-full+json;version=1' },
      },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    expect(body).toEqual([expect.stringMatching(/^@\/dataSets\/\w+$/)]);
  });

  it('refuses Profile tags on a schema that is not Profile-enabled (400)', async () => {
    const api = await apiServer();
    const schema = await plainSchema(api);
    const response = await api.call('POST', `${CATALOG}/dataSets`, {
      json: {
        name: 'x',
        schemaRef: { id: schema.$id, contentType: 'application/vnd.adobe.xed-full+json;version=1' },
        tags: { unifiedProfile: ['enabled:true'] },
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      status: 400,
      title: 'Bad Request',
      type: 'http://ns.adobe.com/adobecloud/problem/bad-request',
    });
  });

  it('answers an unknown schema with 404, a missing name with 400, a duplicate name with 409', async () => {
    const api = await apiServer();
    const missingSchema = await api.call('POST', `${CATALOG}/dataSets`, {
      json: { name: 'x', schemaRef: { id: 'https://ns.adobe.com/stager/schemas/nope', contentType: 'x' } },
    });
    expect(missingSchema.statusCode).toBe(404);
    expect((await api.call('POST', `${CATALOG}/dataSets`, { json: { schemaRef: {} } })).statusCode).toBe(400);
    const schema = await plainSchema(api);
    const body = {
      name: 'Same',
      schemaRef: { id: schema.$id, contentType: 'application/vnd.adobe.xed-full+json;version=1' },
    };
    expect((await api.call('POST', `${CATALOG}/dataSets`, { json: body })).statusCode).toBe(201);
    expect((await api.call('POST', `${CATALOG}/dataSets`, { json: body })).statusCode).toBe(409);
  });
});

describe('GET /dataSets and /dataSets/{id}', () => {
  it('returns the dataset keyed by id with the platform keys (SPEC §2.2)', async () => {
    const api = await apiServer();
    const { schema, datasetId } = await profileDataset(api);
    const response = await api.call('GET', `${CATALOG}/dataSets/${datasetId}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Object.keys(body)).toEqual([datasetId]);
    const dataset = body[datasetId];
    expect(Object.keys(dataset).sort()).toEqual([...DATASET_KEYS].sort());
    expect(dataset).toMatchObject({
      tags: { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] },
      files: `@/dataSetFiles?dataSetId=${datasetId}`,
      schemaRef: { id: schema.$id, contentType: 'application/vnd.adobe.xed-full+json;version=1' },
    });
    expect(typeof dataset.created).toBe('number');
  });

  it('lists datasets keyed by id, with name, properties and limit filters', async () => {
    const api = await apiServer();
    const a = await profileDataset(api, { title: 'A' });
    const b = await profileDataset(api, { title: 'B', tags: {} });
    const all = (await api.call('GET', `${CATALOG}/dataSets`)).json();
    expect(Object.keys(all).sort()).toEqual([a.datasetId, b.datasetId].sort());
    const byName = (
      await api.call('GET', `${CATALOG}/dataSets?name=${encodeURIComponent('B dataset')}`)
    ).json();
    expect(Object.keys(byName)).toEqual([b.datasetId]);
    const picked = (await api.call('GET', `${CATALOG}/dataSets?properties=name,tags`)).json();
    expect(Object.keys(picked[a.datasetId]).sort()).toEqual(['name', 'tags']);
    expect(Object.keys((await api.call('GET', `${CATALOG}/dataSets?limit=1`)).json())).toHaveLength(1);
    expect((await api.call('GET', `${CATALOG}/dataSets?limit=500`)).statusCode).toBe(400);
  });

  it('answers an unknown dataset with 404', async () => {
    const api = await apiServer();
    const response = await api.call('GET', `${CATALOG}/dataSets/5e30d7986c0cc218a85cee65`);
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({
      type: 'http://ns.adobe.com/adobecloud/problem/not-found',
      title: 'Not Found',
      status: 404,
    });
    expect(response.json()).not.toHaveProperty('report');
  });
});

describe('DELETE /dataSets/{id}', () => {
  it('answers ["@/dataSets/{id}"] and the dataset and its batches are gone; an unknown one is 404', async () => {
    const api = await apiServer();
    const { datasetId } = await profileDataset(api);
    const batchId = await createBatch(api, datasetId);
    // Refused while the batch is loading; fine once it is complete.
    expect((await api.call('DELETE', `${CATALOG}/dataSets/${datasetId}`)).statusCode).toBe(400);
    await api.call('PUT', filePath(batchId, datasetId, 'people.json'), {
      body: jsonLines(PEOPLE),
      contentType: 'application/octet-stream',
    });
    await api.call('POST', `${IMPORT}/batches/${batchId}?action=COMPLETE`);
    const response = await api.call('DELETE', `${CATALOG}/dataSets/${datasetId}`);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([`@/dataSets/${datasetId}`]);
    expect((await api.call('GET', `${CATALOG}/dataSets/${datasetId}`)).statusCode).toBe(404);
    expect((await api.call('GET', `${CATALOG}/batches/${batchId}`)).statusCode).toBe(404);
    expect((await api.call('DELETE', `${CATALOG}/dataSets/${datasetId}`)).statusCode).toBe(404);
  });
});

describe('PATCH /dataSets/{id}', () => {
  it('enables Profile and Identity later with json-patch+json (200 ["@/dataSets/{id}"])', async () => {
    const api = await apiServer();
    const { datasetId } = await profileDataset(api, { tags: {} });
    const response = await api.call('PATCH', `${CATALOG}/dataSets/${datasetId}`, {
      body: JSON.stringify([
        { op: 'add', path: '/tags/unifiedProfile', value: ['enabled:true'] },
        { op: 'add', path: '/tags/unifiedIdentity', value: ['enabled:true'] },
      ]),
      contentType: 'application/json-patch+json',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([`@/dataSets/${datasetId}`]);
    const dataset = (await api.call('GET', `${CATALOG}/dataSets/${datasetId}`)).json()[datasetId];
    expect(dataset.tags).toEqual({ unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] });
  });

  it('runs the upsert sequence of SPEC §2.3 (disable with replace, re-enable with isUpsert)', async () => {
    const api = await apiServer();
    const { datasetId } = await profileDataset(api);
    const patch = (ops: unknown[]) =>
      api.call('PATCH', `${CATALOG}/dataSets/${datasetId}`, {
        body: JSON.stringify(ops),
        contentType: 'application/json-patch+json',
      });
    expect(
      (
        await patch([
          { op: 'replace', path: '/tags/unifiedProfile', value: ['enabled:false'] },
          { op: 'replace', path: '/tags/unifiedIdentity', value: ['enabled:false'] },
        ])
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await patch([
          { op: 'add', path: '/tags/unifiedProfile', value: ['enabled:true', 'isUpsert:true'] },
          { op: 'add', path: '/tags/unifiedIdentity', value: ['enabled:true'] },
        ])
      ).statusCode,
    ).toBe(200);
    expect(
      (await api.call('GET', `${CATALOG}/dataSets/${datasetId}`)).json()[datasetId].tags.unifiedProfile,
    ).toEqual(['enabled:true', 'isUpsert:true']);
  });

  it('refuses other operations (400), a wrong Content-Type (415) and an unknown dataset (404)', async () => {
    const api = await apiServer();
    const { datasetId } = await profileDataset(api);
    const patch = (ops: unknown, contentType = 'application/json-patch+json') =>
      api.call('PATCH', `${CATALOG}/dataSets/${datasetId}`, { body: JSON.stringify(ops), contentType });
    for (const ops of [
      [{ op: 'remove', path: '/tags/unifiedProfile' }],
      [{ op: 'add', path: '/name', value: 'x' }],
      [{ op: 'add', path: '/tags/unifiedProfile', value: 'enabled:true' }],
      [],
    ]) {
      const response = await patch(ops);
      expect(response.statusCode).toBe(400);
    }
    expect(
      (await patch([{ op: 'add', path: '/tags/unifiedProfile', value: ['enabled:true'] }], 'text/plain'))
        .statusCode,
    ).toBe(415);
    const unknown = await api.call('PATCH', `${CATALOG}/dataSets/nope`, {
      body: JSON.stringify([{ op: 'add', path: '/tags/unifiedProfile', value: ['enabled:true'] }]),
      contentType: 'application/json-patch+json',
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe('GET /batches', () => {
  it('returns a batch keyed by id with the platform keys (SPEC §3.7)', async () => {
    const api = await apiServer();
    const { datasetId } = await profileDataset(api);
    const batchId = await createBatch(api, datasetId, {
      enableErrorDiagnostics: true,
      partialIngestionPercent: 5,
    });
    await api.call('PUT', filePath(batchId, datasetId, 'people.json'), {
      body: jsonLines(PEOPLE),
      contentType: 'application/octet-stream',
    });
    await api.call('POST', `${IMPORT}/batches/${batchId}?action=COMPLETE`);
    const response = await api.call('GET', `${CATALOG}/batches/${batchId}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Object.keys(body)).toEqual([batchId]);
    const batch = body[batchId];
    expect(Object.keys(batch).sort()).toEqual([...BATCH_KEYS].sort());
    expect(batch).toMatchObject({
      status: 'success',
      tags: { acp_enableErrorDiagnostics: true, acp_partialIngestionPercent: 5 },
      relatedObjects: [{ type: 'dataSet', id: datasetId }],
      id: batchId,
      externalId: batchId,
      inputFormat: { format: 'json' },
      metrics: {
        inputFileCount: 1,
        inputRecordCount: 3,
        outputRecordCount: 3,
        failedRecordCount: 0,
        inputByteSize: expect.any(Number),
      },
    });
  });

  it('lists batches of a dataset keyed by id, filters by status, and answers an unknown batch with 404', async () => {
    const api = await apiServer();
    const a = await profileDataset(api, { title: 'A' });
    const b = await profileDataset(api, { title: 'B' });
    const first = await createBatch(api, a.datasetId);
    const second = await createBatch(api, b.datasetId);
    expect(Object.keys((await api.call('GET', `${CATALOG}/batches`)).json()).sort()).toEqual(
      [first, second].sort(),
    );
    expect(Object.keys((await api.call('GET', `${CATALOG}/batches?dataSet=${a.datasetId}`)).json())).toEqual([
      first,
    ]);
    expect(Object.keys((await api.call('GET', `${CATALOG}/batches?status=success`)).json())).toEqual([]);
    expect(Object.keys((await api.call('GET', `${CATALOG}/batches?status=loading`)).json())).toHaveLength(2);
    expect((await api.call('GET', `${CATALOG}/batches?dataSet=nope`)).statusCode).toBe(404);
    expect(
      (await api.call('GET', `${CATALOG}/batches/af838510-2233-11ea-acf0-f3edfcded2d2`)).statusCode,
    ).toBe(404);
  });
});
