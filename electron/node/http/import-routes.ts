// Batch Ingestion endpoints (SPEC §3.2–§3.4): create a batch, upload files whole or in chunks, then
// COMPLETE, ABORT or REVERT. The engine finishes a batch inside COMPLETE, so status is final at once.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApiContext } from './context';
import { HttpProblem } from './errors';
import { parseContentRange } from './chunk-store';
import { platformBatch } from './shapes';

interface FileParams {
  batchId: string;
  datasetId: string;
  '*': string;
}

const FILE_PATH = '/batches/:batchId/datasets/:datasetId/files/*';

function actionOf(request: FastifyRequest, allowed: readonly string[]): string {
  const raw = (request.query as Record<string, unknown>).action;
  const action = typeof raw === 'string' ? raw : '';
  if (!allowed.includes(action))
    throw new HttpProblem(
      400,
      `This call needs ?action=${allowed.join('|')}${raw === undefined ? '' : `; got "${String(raw)}"`}.`,
    );
  return action;
}

function bytesOf(body: unknown): Uint8Array {
  return body instanceof Uint8Array ? body : new Uint8Array(0);
}

export function registerImportRoutes(app: FastifyInstance, { client, chunks }: ApiContext): void {
  /** The batch must exist and belong to the dataset named in the path. */
  const checkBatchDataset = async (request: FastifyRequest) => {
    const { batchId, datasetId, '*': name } = request.params as FileParams;
    const sandbox = request.sandbox.name;
    const batch = await client.call('ingest-batch-show', { sandbox, batchId });
    const owner = batch.relatedObjects[0]?.id;
    if (owner !== datasetId)
      throw new HttpProblem(
        400,
        `Batch ${batchId} belongs to dataset ${owner ?? '(none)'}, not ${datasetId}.`,
      );
    if (!name) throw new HttpProblem(400, 'The path must end with the file name: …/files/{FILE_NAME}.');
    return { sandbox, batchId, name };
  };

  app.post('/batches', { config: { body: 'json' } }, async (request, reply) => {
    const body = request.body as Record<string, unknown> | null;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new HttpProblem(400, 'The batch must be a JSON object with "datasetId" and "inputFormat".');
    if (typeof body.datasetId !== 'string') throw new HttpProblem(400, 'A batch needs "datasetId".');
    if (body.replay !== undefined)
      throw new HttpProblem(
        400,
        '"replay" (replacing earlier batches) is not supported by this local server; REVERT the old batches and ingest a new one.',
      );
    const inputFormat = body.inputFormat as { format?: unknown; isMultiLineJson?: unknown } | undefined;
    if (inputFormat !== undefined && (typeof inputFormat !== 'object' || inputFormat === null))
      throw new HttpProblem(400, '"inputFormat" must be an object, e.g. {"format": "json"}.');
    if (body.partialIngestionPercent !== undefined && typeof body.partialIngestionPercent !== 'number')
      throw new HttpProblem(400, '"partialIngestionPercent" must be a number.');
    const batch = await client.call('ingest-batch-create', {
      sandbox: request.sandbox.name,
      datasetId: body.datasetId,
      ...(inputFormat
        ? {
            inputFormat: {
              ...(typeof inputFormat.format === 'string' ? { format: inputFormat.format } : {}),
              isMultiLineJson: inputFormat.isMultiLineJson === true,
            },
          }
        : {}),
      enableErrorDiagnostics: body.enableErrorDiagnostics === true,
      ...(typeof body.partialIngestionPercent === 'number'
        ? { partialIngestionPercent: body.partialIngestionPercent }
        : {}),
    });
    return reply.code(201).send(platformBatch(batch));
  });

  app.put(FILE_PATH, { config: { body: 'octet-stream' } }, async (request, reply) => {
    const { sandbox, batchId, name } = await checkBatchDataset(request);
    await client.call('ingest-batch-add-file', {
      sandbox,
      batchId,
      name,
      file: new Blob([bytesOf(request.body) as Uint8Array<ArrayBuffer>]),
    });
    return reply.code(200).send();
  });

  app.post(FILE_PATH, async (request, reply) => {
    const action = actionOf(request, ['INITIALIZE', 'COMPLETE']);
    const { sandbox, batchId, name } = await checkBatchDataset(request);
    if (action === 'INITIALIZE') chunks.initialize(sandbox, batchId, name);
    else
      await client.call('ingest-batch-add-file', {
        sandbox,
        batchId,
        name,
        file: chunks.complete(sandbox, batchId, name),
      });
    return reply.code(201).send();
  });

  app.patch(FILE_PATH, { config: { body: 'octet-stream' } }, async (request, reply) => {
    const range = parseContentRange(request.headers['content-range']);
    const { sandbox, batchId, name } = await checkBatchDataset(request);
    chunks.add(sandbox, batchId, name, range, bytesOf(request.body));
    return reply.code(200).send();
  });

  app.post('/batches/:batchId', async (request, reply) => {
    const action = actionOf(request, ['COMPLETE', 'ABORT', 'REVERT']);
    const sandbox = request.sandbox.name;
    const { batchId } = request.params as { batchId: string };
    if (action === 'COMPLETE') await client.call('ingest-batch-complete', { sandbox, batchId });
    else if (action === 'ABORT') await client.call('ingest-batch-abort', { sandbox, batchId });
    else await client.call('ingest-batch-revert', { sandbox, batchId });
    chunks.dropBatch(sandbox, batchId);
    return reply.code(200).send();
  });
}
