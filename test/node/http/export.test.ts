// Data Access endpoints (SPEC §3.9): diagnostics listings and files, input files, failed rows —
// shapes compared key by key with help/ingestion/quality/error-diagnostics.md and retrieve-failed-batches.md.
import { describe, expect, it } from 'vitest';
import {
  apiServer,
  createBatch,
  EXPORT,
  filePath,
  IMPORT,
  jsonLines,
  PEOPLE,
  profileDataset,
  type Api,
} from './harness';

const BAD_ROWS = [
  '{missingQuotes: "v1"}',
  JSON.stringify({ person: { name: { firstName: 'NoEmail' } } }),
  JSON.stringify({ personalEmail: { address: 'kim@example.com' }, homeAddress: 'not an object' }),
];

/** A finished batch with 3 good rows, 1 unparsable row and 2 rows that fail validation. */
async function batchWithErrors(api: Api) {
  const { datasetId } = await profileDataset(api);
  const batchId = await createBatch(api, datasetId, {
    enableErrorDiagnostics: true,
    partialIngestionPercent: 60,
  });
  await api.call('PUT', filePath(batchId, datasetId, 'people.json'), {
    body: jsonLines(PEOPLE) + BAD_ROWS.join('\n') + '\n',
    contentType: 'application/octet-stream',
  });
  await api.call('POST', `${IMPORT}/batches/${batchId}?action=COMPLETE`);
  return { datasetId, batchId };
}

function lines(body: string): Record<string, unknown>[] {
  return body
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('GET /export/batches/{id}/meta?path=row_errors', () => {
  it('lists the diagnostics files in the platform shape', async () => {
    const api = await apiServer();
    const { batchId } = await batchWithErrors(api);
    const response = await api.call('GET', `${EXPORT}/batches/${batchId}/meta?path=row_errors`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(Object.keys(body).sort()).toEqual(['_page', 'data']);
    expect(body._page).toEqual({ limit: 100, count: 2 });
    expect(body.data.map((d: { name: string }) => d.name)).toEqual([
      'conversion_errors_0.json',
      'parsing_errors_0.json',
    ]);
    for (const entry of body.data) {
      expect(Object.keys(entry).sort()).toEqual(['_links', 'length', 'name']);
      expect(entry.length).toMatch(/^\d+$/);
      expect(entry._links.self.href).toBe(
        `http://localhost:80/data/foundation/export/batches/${batchId}/meta?path=row_errors%2F${entry.name}`,
      );
    }
  });

  it('serves parsing errors as JSON Lines of {_corrupt_record, _errors, _filename}', async () => {
    const api = await apiServer();
    const { batchId } = await batchWithErrors(api);
    const listed = (await api.call('GET', `${EXPORT}/batches/${batchId}/meta?path=row_errors`)).json().data;
    const response = await api.call(
      'GET',
      `${EXPORT}/batches/${batchId}/meta?path=row_errors/parsing_errors_0.json`,
    );
    expect(response.statusCode).toBe(200);
    expect(String(Buffer.byteLength(response.body))).toBe(
      listed.find((d: { name: string }) => d.name === 'parsing_errors_0.json').length,
    );
    const [line, ...rest] = lines(response.body);
    expect(rest).toEqual([]);
    expect(Object.keys(line!)).toEqual(['_corrupt_record', '_errors', '_filename']);
    expect(line).toEqual({
      _corrupt_record: BAD_ROWS[0],
      _errors: [{ code: '1401', message: expect.any(String) }],
      _filename: 'parsing_errors_0.json',
    });
  });

  it('serves conversion errors with the validation errors of each row', async () => {
    const api = await apiServer();
    const { batchId } = await batchWithErrors(api);
    const response = await api.call(
      'GET',
      `${EXPORT}/batches/${batchId}/meta?path=${encodeURIComponent('row_errors/conversion_errors_0.json')}`,
    );
    const found = lines(response.body);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatchObject({
      _corrupt_record: BAD_ROWS[1],
      _errors: [{ code: '1555' }],
      _filename: 'conversion_errors_0.json',
    });
    expect(found[1]!._validationErrors).toEqual([
      expect.objectContaining({
        keyword: expect.any(String),
        pointerToViolation: '#/homeAddress',
        schemaLocation: expect.any(String),
        message: expect.any(String),
        causingExceptions: [],
      }),
    ]);
  });

  it('lists and serves input files', async () => {
    const api = await apiServer();
    const { batchId } = await batchWithErrors(api);
    const listed = (await api.call('GET', `${EXPORT}/batches/${batchId}/meta?path=input_files`)).json();
    expect(listed.data.map((d: { name: string }) => d.name)).toEqual(['fileMetaData1.json']);
    const file = await api.call(
      'GET',
      `${EXPORT}/batches/${batchId}/meta?path=input_files/fileMetaData1.json`,
    );
    expect(lines(file.body)).toEqual([{ path: 'people.json' }]);
  });

  it('lists nothing for a clean batch, and answers unknown paths and batches with 404', async () => {
    const api = await apiServer();
    const { datasetId } = await profileDataset(api);
    const batchId = await createBatch(api, datasetId);
    await api.call('PUT', filePath(batchId, datasetId, 'people.json'), {
      body: jsonLines(PEOPLE),
      contentType: 'application/octet-stream',
    });
    await api.call('POST', `${IMPORT}/batches/${batchId}?action=COMPLETE`);
    expect((await api.call('GET', `${EXPORT}/batches/${batchId}/meta?path=row_errors`)).json()).toEqual({
      _page: { limit: 100, count: 0 },
      data: [],
    });
    expect(
      (await api.call('GET', `${EXPORT}/batches/${batchId}/meta?path=row_errors/parsing_errors_0.json`))
        .statusCode,
    ).toBe(404);
    expect((await api.call('GET', `${EXPORT}/batches/${batchId}/meta?path=elsewhere`)).statusCode).toBe(404);
    expect((await api.call('GET', `${EXPORT}/batches/${batchId}/meta`)).statusCode).toBe(400);
    expect((await api.call('GET', `${EXPORT}/batches/nope/meta?path=row_errors`)).statusCode).toBe(404);
  });
});

describe('GET /export/batches/{id}/failed', () => {
  it('lists _SUCCESS and one part file, then serves the failed rows with their errors', async () => {
    const api = await apiServer();
    const { batchId } = await batchWithErrors(api);
    const listed = await api.call('GET', `${EXPORT}/batches/${batchId}/failed`);
    expect(listed.statusCode).toBe(200);
    const body = listed.json();
    expect(body._page).toEqual({ limit: 100, count: 2 });
    const [success, part] = body.data;
    expect(success).toEqual({
      _links: {
        self: { href: `http://localhost:80/data/foundation/export/batches/${batchId}/failed?path=_SUCCESS` },
      },
      length: '0',
      name: '_SUCCESS',
    });
    expect(part.name).toBe(`part-00000-${batchId}-c000.json`);

    const file = await api.call('GET', `${EXPORT}/batches/${batchId}/failed?path=${part.name}`);
    expect(file.statusCode).toBe(200);
    expect(String(Buffer.byteLength(file.body))).toBe(part.length);
    const rows = lines(file.body);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual({
      _corrupt_record: BAD_ROWS[0],
      _errors: [{ code: '1401', message: expect.any(String) }],
    });
    expect(rows[1]).toMatchObject({
      person: { name: { firstName: 'NoEmail' } },
      _validationErrors: [expect.objectContaining({ keyword: 'required' })],
    });
    expect(rows[2]).toMatchObject({
      personalEmail: { address: 'kim@example.com' },
      _validationErrors: [expect.objectContaining({ pointerToViolation: '#/homeAddress' })],
    });

    expect((await api.call('GET', `${EXPORT}/batches/${batchId}/failed?path=_SUCCESS`)).body).toBe('');
    expect((await api.call('GET', `${EXPORT}/batches/${batchId}/failed?path=part-99.json`)).statusCode).toBe(
      404,
    );
  });

  it('lists nothing when no row failed', async () => {
    const api = await apiServer();
    const { datasetId } = await profileDataset(api);
    const batchId = await createBatch(api, datasetId);
    expect((await api.call('GET', `${EXPORT}/batches/${batchId}/failed`)).json()).toEqual({
      _page: { limit: 100, count: 0 },
      data: [],
    });
    expect(
      (await api.call('GET', `${EXPORT}/batches/${batchId}/failed?path=part-00000-${batchId}-c000.json`))
        .statusCode,
    ).toBe(404);
  });
});

describe('?code= on the export routes', () => {
  it('keeps only the diagnostics with that code, in the failed rows and the diagnostics files', async () => {
    const api = await apiServer();
    const { batchId } = await batchWithErrors(api);
    const part = `part-00000-${batchId}-c000.json`;
    const corrupt = lines(
      (await api.call('GET', `${EXPORT}/batches/${batchId}/failed?path=${part}&code=INGEST-1401-400`)).body,
    );
    expect(corrupt).toEqual([
      { _corrupt_record: BAD_ROWS[0], _errors: [{ code: '1401', message: expect.any(String) }] },
    ]);
    const listed = (await api.call('GET', `${EXPORT}/batches/${batchId}/failed?code=INGEST-1401-400`)).json();
    expect(listed.data[1]._links.self.href).toBe(
      `http://localhost:80/data/foundation/export/batches/${batchId}/failed?path=${encodeURIComponent(part)}&code=INGEST-1401-400`,
    );
    const files = (
      await api.call('GET', `${EXPORT}/batches/${batchId}/meta?path=row_errors&code=INGEST-1401-400`)
    ).json();
    expect(files.data.map((f: { name: string }) => f.name)).toEqual(['parsing_errors_0.json']);
    expect(
      (await api.call('GET', `${EXPORT}/batches/${batchId}/failed?path=${part}&code=NO-SUCH-CODE`))
        .statusCode,
    ).toBe(404);
  });
});
