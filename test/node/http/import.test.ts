// Batch Ingestion endpoints against a real engine (SPEC §3.2–§3.4): create, small and chunked uploads,
// COMPLETE/ABORT/REVERT, and every refusal.
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
  type Api,
} from './harness';

const OCTET = 'application/octet-stream';

async function batchOf(api: Api, batchId: string) {
  return (await api.call('GET', `${CATALOG}/batches/${batchId}`)).json()[batchId];
}

async function ready(api: Api, extra: Record<string, unknown> = {}) {
  const { datasetId } = await profileDataset(api);
  const batchId = await createBatch(api, datasetId, extra);
  return { datasetId, batchId };
}

describe('POST /batches', () => {
  it('answers 201 with the batch body of SPEC §3.2', async () => {
    const api = await apiServer();
    const { datasetId } = await profileDataset(api);
    const response = await api.call('POST', `${IMPORT}/batches`, {
      json: {
        datasetId,
        inputFormat: { format: 'json', isMultiLineJson: false },
        enableErrorDiagnostics: true,
        partialIngestionPercent: 5,
      },
    });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    for (const key of [
      'id',
      'imsOrg',
      'updated',
      'status',
      'created',
      'relatedObjects',
      'version',
      'tags',
      'createdUser',
      'updatedUser',
    ])
      expect(body).toHaveProperty([key]);
    expect(body).toMatchObject({
      status: 'loading',
      relatedObjects: [{ type: 'dataSet', id: datasetId }],
      tags: { acp_enableErrorDiagnostics: true, acp_partialIngestionPercent: 5 },
    });
    expect(body).not.toHaveProperty('metrics');
  });

  it.each([
    [{ datasetId: undefined }, 400, /datasetId/],
    [{ datasetId: 'nope', inputFormat: { format: 'json' } }, 404, /nope/],
    [{ inputFormat: { format: 'xml' } }, 400, /xml|format/i],
    [{ inputFormat: 'json' }, 400, /inputFormat/],
    [{ partialIngestionPercent: '5' }, 400, /partialIngestionPercent/],
    [{ replay: { predecessors: ['a'], reason: 'replace' } }, 400, /replay/],
  ])('refuses %j', async (body, status, message) => {
    const api = await apiServer();
    const { datasetId } = await profileDataset(api);
    const response = await api.call('POST', `${IMPORT}/batches`, {
      json: { datasetId, inputFormat: { format: 'json' }, ...body },
    });
    expect(response.statusCode).toBe(status);
    expect(response.json().detail).toMatch(message);
  });
});

describe('small-file upload and COMPLETE', () => {
  it('PUT answers 200 with an empty body; COMPLETE answers 200 and the batch is final at once', async () => {
    const api = await apiServer();
    const { datasetId, batchId } = await ready(api);
    const put = await api.call('PUT', filePath(batchId, datasetId, 'people.json'), {
      body: jsonLines(PEOPLE),
      contentType: OCTET,
    });
    expect(put.statusCode).toBe(200);
    expect(put.body).toBe('');
    expect((await batchOf(api, batchId)).status).toBe('loading');
    const complete = await api.call('POST', `${IMPORT}/batches/${batchId}?action=COMPLETE`);
    expect(complete.statusCode).toBe(200);
    expect(complete.body).toBe('');
    expect(await batchOf(api, batchId)).toMatchObject({
      status: 'success',
      metrics: { inputRecordCount: 3, outputRecordCount: 3 },
    });
  });

  it('keeps partition folders in the file name and takes several files', async () => {
    const api = await apiServer();
    const { datasetId, batchId } = await ready(api);
    expect(
      (
        await api.call('PUT', filePath(batchId, datasetId, 'part1=a/part2=b/one.json'), {
          body: jsonLines(PEOPLE.slice(0, 1)),
          contentType: OCTET,
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (
        await api.call('PUT', filePath(batchId, datasetId, 'two.json'), {
          body: jsonLines(PEOPLE.slice(1)),
          contentType: OCTET,
        })
      ).statusCode,
    ).toBe(200);
    await api.call('POST', `${IMPORT}/batches/${batchId}?action=COMPLETE`);
    expect((await batchOf(api, batchId)).metrics).toMatchObject({ inputFileCount: 2, outputRecordCount: 3 });
    const files = (await api.client.call('ingest-batch-show', { sandbox: 'prod', batchId })).files.map(
      (f) => f.name,
    );
    expect(files).toEqual(['part1=a/part2=b/one.json', 'two.json']);
  });

  it('COMPLETE is safe to retry (200 again, still success)', async () => {
    const api = await apiServer();
    const { datasetId, batchId } = await ready(api);
    await api.call('PUT', filePath(batchId, datasetId, 'people.json'), {
      body: jsonLines(PEOPLE),
      contentType: OCTET,
    });
    expect((await api.call('POST', `${IMPORT}/batches/${batchId}?action=COMPLETE`)).statusCode).toBe(200);
    expect((await api.call('POST', `${IMPORT}/batches/${batchId}?action=COMPLETE`)).statusCode).toBe(200);
    expect((await batchOf(api, batchId)).status).toBe('success');
  });

  it('an empty file fails the batch with code 106 (SPEC §3.5)', async () => {
    const api = await apiServer();
    const { datasetId, batchId } = await ready(api);
    expect(
      (await api.call('PUT', filePath(batchId, datasetId, 'empty.json'), { body: '', contentType: OCTET }))
        .statusCode,
    ).toBe(200);
    await api.call('POST', `${IMPORT}/batches/${batchId}?action=COMPLETE`);
    const batch = await batchOf(api, batchId);
    expect(batch.status).toBe('failed');
    expect(batch.errors).toContainEqual(expect.objectContaining({ code: '106' }));
  });

  it('refuses a wrong Content-Type (415), another dataset in the path (400), an unknown batch (404), a finished batch (400), a repeated file name (409)', async () => {
    const api = await apiServer();
    const { datasetId, batchId } = await ready(api);
    const body = jsonLines(PEOPLE);
    expect(
      (
        await api.call('PUT', filePath(batchId, datasetId, 'a.json'), {
          body,
          contentType: 'application/json',
        })
      ).statusCode,
    ).toBe(415);
    expect((await api.call('PUT', filePath(batchId, datasetId, 'a.json'), { body })).statusCode).toBe(415);
    const other = await api.call('PUT', filePath(batchId, 'otherdataset', 'a.json'), {
      body,
      contentType: OCTET,
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().detail).toMatch(/belongs to dataset/);
    expect(
      (await api.call('PUT', filePath('nope', datasetId, 'a.json'), { body, contentType: OCTET })).statusCode,
    ).toBe(404);
    expect(
      (await api.call('PUT', filePath(batchId, datasetId, 'a.json'), { body, contentType: OCTET }))
        .statusCode,
    ).toBe(200);
    expect(
      (await api.call('PUT', filePath(batchId, datasetId, 'a.json'), { body, contentType: OCTET }))
        .statusCode,
    ).toBe(409);
    await api.call('POST', `${IMPORT}/batches/${batchId}?action=COMPLETE`);
    expect(
      (await api.call('PUT', filePath(batchId, datasetId, 'b.json'), { body, contentType: OCTET }))
        .statusCode,
    ).toBe(400);
  });
});

describe('large-file (chunked) upload', () => {
  const content = jsonLines(PEOPLE);
  const bytes = Buffer.from(content);
  const cut = 40;

  async function chunk(api: Api, batchId: string, datasetId: string, start: number, end: number) {
    return api.call('PATCH', filePath(batchId, datasetId, 'big.json'), {
      body: bytes.subarray(start, end + 1),
      contentType: OCTET,
      headers: { 'content-range': `bytes ${start}-${end}` },
    });
  }

  it('INITIALIZE (201), PATCH chunks (200), COMPLETE (201) → the stitched file is ingested', async () => {
    const api = await apiServer();
    const { datasetId, batchId } = await ready(api);
    const init = await api.call('POST', `${filePath(batchId, datasetId, 'big.json')}?action=INITIALIZE`);
    expect(init.statusCode).toBe(201);
    expect(init.body).toBe('');
    expect((await chunk(api, batchId, datasetId, cut, bytes.length - 1)).statusCode).toBe(200);
    expect((await chunk(api, batchId, datasetId, 0, cut - 1)).statusCode).toBe(200);
    const done = await api.call('POST', `${filePath(batchId, datasetId, 'big.json')}?action=COMPLETE`);
    expect(done.statusCode).toBe(201);
    await api.call('POST', `${IMPORT}/batches/${batchId}?action=COMPLETE`);
    expect(await batchOf(api, batchId)).toMatchObject({
      status: 'success',
      metrics: { inputByteSize: bytes.length, outputRecordCount: 3 },
    });
  });

  it('answers overlapping chunks with 400 at file COMPLETE (accepted before)', async () => {
    const api = await apiServer();
    const { datasetId, batchId } = await ready(api);
    await api.call('POST', `${filePath(batchId, datasetId, 'big.json')}?action=INITIALIZE`);
    expect((await chunk(api, batchId, datasetId, 0, cut)).statusCode).toBe(200);
    expect((await chunk(api, batchId, datasetId, cut - 5, bytes.length - 1)).statusCode).toBe(200);
    const done = await api.call('POST', `${filePath(batchId, datasetId, 'big.json')}?action=COMPLETE`);
    expect(done.statusCode).toBe(400);
    expect(done.json()).toMatchObject({
      status: 400,
      title: 'Bad Request',
      detail: expect.stringMatching(/Overlapping chunks/),
    });
  });

  it('answers a missing chunk with 400 at file COMPLETE; sending it then completes', async () => {
    const api = await apiServer();
    const { datasetId, batchId } = await ready(api);
    await api.call('POST', `${filePath(batchId, datasetId, 'big.json')}?action=INITIALIZE`);
    await chunk(api, batchId, datasetId, cut, bytes.length - 1);
    const missing = await api.call('POST', `${filePath(batchId, datasetId, 'big.json')}?action=COMPLETE`);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().detail).toMatch(new RegExp(`Missing chunk.*bytes 0-${cut - 1}`));
    await chunk(api, batchId, datasetId, 0, cut - 1);
    expect(
      (await api.call('POST', `${filePath(batchId, datasetId, 'big.json')}?action=COMPLETE`)).statusCode,
    ).toBe(201);
  });

  it('refuses chunks without INITIALIZE, without or with a wrong Content-Range, and an unknown action', async () => {
    const api = await apiServer();
    const { datasetId, batchId } = await ready(api);
    expect((await chunk(api, batchId, datasetId, 0, cut - 1)).statusCode).toBe(400);
    await api.call('POST', `${filePath(batchId, datasetId, 'big.json')}?action=INITIALIZE`);
    expect(
      (await api.call('PATCH', filePath(batchId, datasetId, 'big.json'), { body: bytes, contentType: OCTET }))
        .statusCode,
    ).toBe(400);
    const mismatch = await api.call('PATCH', filePath(batchId, datasetId, 'big.json'), {
      body: bytes,
      contentType: OCTET,
      headers: { 'content-range': 'bytes 0-9' },
    });
    expect(mismatch.statusCode).toBe(400);
    expect(
      (await api.call('POST', `${filePath(batchId, datasetId, 'big.json')}?action=FINISH`)).statusCode,
    ).toBe(400);
    expect((await api.call('POST', filePath(batchId, datasetId, 'big.json'))).statusCode).toBe(400);
  });

  it('forgets open uploads when the batch is aborted', async () => {
    const api = await apiServer();
    const { datasetId, batchId } = await ready(api);
    await api.call('POST', `${filePath(batchId, datasetId, 'big.json')}?action=INITIALIZE`);
    await chunk(api, batchId, datasetId, 0, cut - 1);
    expect((await api.call('POST', `${IMPORT}/batches/${batchId}?action=ABORT`)).statusCode).toBe(200);
    expect(
      (await api.call('POST', `${filePath(batchId, datasetId, 'big.json')}?action=COMPLETE`)).statusCode,
    ).toBe(400);
  });
});

describe('ABORT and REVERT', () => {
  it('ABORT a loading batch (200, aborted); not once final (400)', async () => {
    const api = await apiServer();
    const { datasetId, batchId } = await ready(api);
    const abort = await api.call('POST', `${IMPORT}/batches/${batchId}?action=ABORT`);
    expect(abort.statusCode).toBe(200);
    expect(abort.body).toBe('');
    expect((await batchOf(api, batchId)).status).toBe('aborted');
    const second = await createBatch(api, datasetId);
    await api.call('PUT', filePath(second, datasetId, 'people.json'), {
      body: jsonLines(PEOPLE),
      contentType: OCTET,
    });
    await api.call('POST', `${IMPORT}/batches/${second}?action=COMPLETE`);
    expect((await api.call('POST', `${IMPORT}/batches/${second}?action=ABORT`)).statusCode).toBe(400);
  });

  it('REVERT a successful batch (200, inactive); not a loading one (400)', async () => {
    const api = await apiServer();
    const { datasetId, batchId } = await ready(api);
    expect((await api.call('POST', `${IMPORT}/batches/${batchId}?action=REVERT`)).statusCode).toBe(400);
    await api.call('PUT', filePath(batchId, datasetId, 'people.json'), {
      body: jsonLines(PEOPLE),
      contentType: OCTET,
    });
    await api.call('POST', `${IMPORT}/batches/${batchId}?action=COMPLETE`);
    expect((await api.call('POST', `${IMPORT}/batches/${batchId}?action=REVERT`)).statusCode).toBe(200);
    expect((await batchOf(api, batchId)).status).toBe('inactive');
  });

  it('answers a missing or unknown action with 400 and an unknown batch with 404', async () => {
    const api = await apiServer();
    const { batchId } = await ready(api);
    expect((await api.call('POST', `${IMPORT}/batches/${batchId}`)).statusCode).toBe(400);
    expect((await api.call('POST', `${IMPORT}/batches/${batchId}?action=DELETE`)).statusCode).toBe(400);
    expect((await api.call('POST', `${IMPORT}/batches/nope?action=COMPLETE`)).statusCode).toBe(404);
    expect((await api.call('POST', `${IMPORT}/batches/${batchId}?action=complete`)).statusCode).toBe(400);
  });
});
