// Catalog endpoints (SPEC §2, §3.7): datasets (create, list, look up, Profile/Identity tags) and batches.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DatasetTags } from '../../../shared/contract';
import type { ApiContext } from './context';
import { HttpProblem } from './errors';
import { patchOps } from './json-patch';
import { keyedById, platformBatch, platformDataset } from './shapes';

type Query = Record<string, string | string[] | undefined>;

/** Catalog list paging: `limit` (default 50, max 100) and `start` (offset), as the platform's. */
function paging(query: Query): { start: number; limit: number } {
  const limit = query.limit === undefined ? 50 : Number(query.limit);
  const start = query.start === undefined ? 0 : Number(query.start);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new HttpProblem(400, 'limit must be an integer from 1 to 100.');
  if (!Number.isInteger(start) || start < 0) throw new HttpProblem(400, 'start must be an integer ≥ 0.');
  return { start, limit };
}

/** `properties=name,tags`: keep only those keys of each object. */
function project(query: Query): (value: Record<string, unknown>) => Record<string, unknown> {
  if (typeof query.properties !== 'string' || query.properties.trim() === '') return (value) => value;
  const keys = query.properties
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  return (value) => Object.fromEntries(keys.filter((k) => k in value).map((k) => [k, value[k]]));
}

const TAG_PATHS: Record<string, 'unifiedProfile' | 'unifiedIdentity'> = {
  '/tags/unifiedProfile': 'unifiedProfile',
  '/tags/unifiedIdentity': 'unifiedIdentity',
};

/** Reads `add`/`replace` ops on `/tags/unifiedProfile` and `/tags/unifiedIdentity` into tag changes. */
export function tagChanges(body: unknown): DatasetTags {
  const tags: DatasetTags = {};
  for (const op of patchOps(body)) {
    const tag = TAG_PATHS[op.path];
    if ((op.op !== 'add' && op.op !== 'replace') || !tag) {
      throw new HttpProblem(
        400,
        `Unsupported PATCH operation ${JSON.stringify({ op: op.op, path: op.path })}: this server changes datasets only with "add" or "replace" on /tags/unifiedProfile and /tags/unifiedIdentity.`,
      );
    }
    if (!Array.isArray(op.value) || !op.value.every((v) => typeof v === 'string')) {
      throw new HttpProblem(
        400,
        `"${op.path}" takes an array of "key:value" strings, e.g. ["enabled:true"].`,
      );
    }
    tags[tag] = op.value as string[];
  }
  return tags;
}

export function registerCatalogRoutes(app: FastifyInstance, { client }: ApiContext): void {
  const sandboxOf = (request: FastifyRequest) => request.sandbox.name;
  const idParam = (request: FastifyRequest) => (request.params as { id: string }).id;

  app.post('/dataSets', { config: { body: 'json' } }, async (request, reply) => {
    const body = request.body as Record<string, unknown> | null;
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw new HttpProblem(400, 'The dataset must be a JSON object with "name" and "schemaRef".');
    if (typeof body.name !== 'string') throw new HttpProblem(400, 'A dataset needs a "name".');
    const created = await client.call('catalog-dataset-create', {
      sandbox: sandboxOf(request),
      name: body.name,
      ...(typeof body.description === 'string' ? { description: body.description } : {}),
      schemaRef: body.schemaRef as never,
      ...(body.tags !== undefined ? { tags: body.tags as DatasetTags } : {}),
    });
    return reply.code(201).send([`@/dataSets/${created.id}`]);
  });

  app.get('/dataSets', async (request) => {
    const query = request.query as Query;
    const { start, limit } = paging(query);
    let datasets = await client.call('catalog-dataset-list', { sandbox: sandboxOf(request) });
    if (typeof query.name === 'string') datasets = datasets.filter((d) => d.name === query.name);
    const pick = project(query);
    return keyedById(
      datasets.slice(start, start + limit),
      (d) => d.id,
      (d) => pick(platformDataset(d)),
    );
  });

  app.get('/dataSets/:id', async (request) => {
    const dataset = await client.call('catalog-dataset-show', {
      sandbox: sandboxOf(request),
      ref: idParam(request),
    });
    return keyedById(
      [dataset],
      (d) => d.id,
      (d) => project(request.query as Query)(platformDataset(d)),
    );
  });

  // The platform answers a delete with the dataset's reference; its batches and data go with it.
  app.delete('/dataSets/:id', async (request) => {
    const { deleted } = await client.call('catalog-dataset-delete', {
      sandbox: sandboxOf(request),
      ref: idParam(request),
    });
    return [`@/dataSets/${deleted}`];
  });

  app.patch('/dataSets/:id', { config: { body: 'json-patch' } }, async (request) => {
    const updated = await client.call('catalog-dataset-set-tags', {
      sandbox: sandboxOf(request),
      ref: idParam(request),
      tags: tagChanges(request.body),
    });
    return [`@/dataSets/${updated.id}`];
  });

  app.get('/batches', async (request) => {
    const query = request.query as Query;
    const { start, limit } = paging(query);
    const datasetId = typeof query.dataSet === 'string' ? query.dataSet : undefined;
    let batches = await client.call('ingest-batch-list', {
      sandbox: sandboxOf(request),
      ...(datasetId ? { datasetId } : {}),
    });
    if (typeof query.status === 'string') batches = batches.filter((b) => b.status === query.status);
    const pick = project(query);
    return keyedById(
      batches.slice(start, start + limit),
      (b) => b.id,
      (b) => pick(platformBatch(b)),
    );
  });

  app.get('/batches/:id', async (request) => {
    const batch = await client.call('ingest-batch-show', {
      sandbox: sandboxOf(request),
      batchId: idParam(request),
    });
    return keyedById([batch], (b) => b.id, platformBatch);
  });
}
