// Schema Registry endpoints (SPEC §1.7) for tenant schemas: stats, list, create, look up, patch, delete.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SchemaView } from '../../../shared/contract';
import { listAccept, lookupAccept } from './accept';
import { IMS_ORG, type ApiContext } from './context';
import { HttpProblem } from './errors';
import { patchOps, type PatchOp } from './json-patch';
import { idSummary, inFormat, LIST_KINDS, LOOKUP_KINDS, platformSchema } from './shapes';

type Query = Record<string, string | string[] | undefined>;

export const REGISTRY_PREFIX = '/data/foundation/schemaregistry';

/** `Sat Feb 02 2019 00:24:30 GMT+0000 (UTC)`, as the registry's stats write dates. */
function statsDate(ms: number): string {
  const d = new Date(ms);
  const [weekday, day, month, year] = d.toUTCString().replace(',', '').split(' ');
  return `${weekday} ${month} ${day} ${year} ${d.toISOString().slice(11, 19)} GMT+0000 (UTC)`;
}

const created = (s: SchemaView) => Number(s['meta:registryMetadata']['repo:createdDate'] ?? 0);
const modified = (s: SchemaView) => Number(s['meta:registryMetadata']['repo:lastModifiedDate'] ?? 0);

/** `property=key==value` / `key!=value` filters (several are ANDed), as the registry's list takes. */
function propertyFilter(query: Query): (schema: SchemaView) => boolean {
  const raw = query.property;
  const filters = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((expression) => {
    const match = /^([^=!]+)(==|!=)(.*)$/.exec(expression);
    if (!match)
      throw new HttpProblem(
        400,
        `Unsupported property filter "${expression}"; use property=<key>==<value> or property=<key>!=<value>.`,
      );
    const [, key = '', op, value = ''] = match;
    return (schema: SchemaView) => {
      const actual = (schema as unknown as Record<string, unknown>)[key];
      const isMatch = Array.isArray(actual)
        ? actual.map(String).includes(value)
        : actual !== undefined && String(actual) === value;
      return op === '==' ? isMatch : !isMatch;
    };
  });
  return (schema) => filters.every((f) => f(schema));
}

function limitOf(query: Query, max: number): number {
  const raw = query.limit;
  if (raw === undefined) return max;
  const limit = Number(raw);
  if (!Number.isInteger(limit) || limit < 1 || limit > max)
    throw new HttpProblem(400, `limit must be an integer from 1 to ${max}.`);
  return limit;
}

/** The registry's list envelope (results, `_page`, `_links`). */
export function listEnvelope(results: unknown[], orderby = 'title'): Record<string, unknown> {
  return { results, _page: { orderby, next: null, count: results.length }, _links: { next: null } };
}

const SCHEMA_PATCH_HELP =
  'Supported PATCH operations on a schema: add a field group with {"op":"add","path":"/allOf/-","value":{"$ref":"<field group $id>"}} and ' +
  '{"op":"add","path":"/meta:extends/-","value":"<field group $id>"}; enable Profile with {"op":"add","path":"/meta:immutableTags","value":["union"]}; ' +
  'change the title or description with {"op":"replace","path":"/title","value":"…"}.';

type SchemaChange =
  | { kind: 'field-group'; id: string }
  | { kind: 'enable-profile' }
  | { kind: 'update'; title?: string; description?: string };

/** Reads schema PATCH operations into engine changes; anything else is refused before any change. */
export function schemaChanges(ops: PatchOp[]): SchemaChange[] {
  const groups: string[] = [];
  const changes: SchemaChange[] = [];
  const update: { title?: string; description?: string } = {};
  for (const op of ops) {
    const isAdd = op.op === 'add';
    if (isAdd && op.path === '/allOf/-') {
      const ref = (op.value as { $ref?: unknown } | null)?.$ref;
      if (typeof ref !== 'string')
        throw new HttpProblem(400, `"/allOf/-" takes {"$ref": "<field group $id>"}. ${SCHEMA_PATCH_HELP}`);
      if (!groups.includes(ref)) groups.push(ref);
    } else if (isAdd && op.path === '/meta:extends/-') {
      if (typeof op.value !== 'string')
        throw new HttpProblem(
          400,
          `"/meta:extends/-" takes the field group $id as a string. ${SCHEMA_PATCH_HELP}`,
        );
      if (!groups.includes(op.value)) groups.push(op.value);
    } else if ((isAdd || op.op === 'replace') && op.path === '/meta:immutableTags') {
      if (!Array.isArray(op.value) || op.value.length !== 1 || op.value[0] !== 'union') {
        throw new HttpProblem(
          400,
          `"/meta:immutableTags" only takes ["union"] (enabling Profile; it cannot be removed). ${SCHEMA_PATCH_HELP}`,
        );
      }
      changes.push({ kind: 'enable-profile' });
    } else if ((isAdd || op.op === 'replace') && (op.path === '/title' || op.path === '/description')) {
      if (typeof op.value !== 'string') throw new HttpProblem(400, `"${op.path}" takes a string.`);
      update[op.path === '/title' ? 'title' : 'description'] = op.value;
    } else {
      throw new HttpProblem(
        400,
        `Unsupported PATCH operation ${JSON.stringify({ op: op.op, path: op.path })}. ${SCHEMA_PATCH_HELP}`,
      );
    }
  }
  // Field groups and text first, then the union tag: enabling checks the finished composition.
  const ordered: SchemaChange[] = groups.map((id) => ({ kind: 'field-group', id }));
  if (update.title !== undefined || update.description !== undefined)
    ordered.push({ kind: 'update', ...update });
  return [...ordered, ...changes];
}

export function registerRegistryRoutes(app: FastifyInstance, { client }: ApiContext): void {
  const sandboxOf = (request: FastifyRequest) => request.sandbox.name;
  const idParam = (request: FastifyRequest) => (request.params as { id: string }).id;

  app.get('/stats', async (request) => {
    const schemas = await client.call('registry-schema-list', { sandbox: sandboxOf(request) });
    const tenantGroups = new Set(
      schemas.flatMap((s) => s.fieldGroups.filter((g) => g.isTenant).map((g) => g.$id)),
    );
    const unions = new Set(schemas.filter((s) => s.isProfileEnabled).map((s) => s['meta:class']));
    const summary = (s: SchemaView) => ({
      $id: s.$id,
      title: s.title,
      ...(s.description ? { description: s.description } : {}),
      'meta:resourceType': 'schemas',
      version: s.version,
    });
    const classUsage: Record<string, unknown[]> = {};
    for (const s of schemas)
      (classUsage[s['meta:class']] ??= []).push({
        $id: s.$id,
        title: s.title,
        ...(s.description ? { description: s.description } : {}),
      });
    return {
      imsOrg: IMS_ORG,
      tenantId: request.sandbox.tenantId,
      counts: {
        schemas: schemas.length,
        mixins: tenantGroups.size,
        datatypes: 0,
        classes: 0,
        unions: unions.size,
      },
      recentlyCreatedResources: [...schemas]
        .sort((a, b) => created(b) - created(a))
        .slice(0, 5)
        .map((s) => ({ ...summary(s), 'meta:created': statsDate(created(s)) })),
      recentlyUpdatedResources: [...schemas]
        .sort((a, b) => modified(b) - modified(a))
        .slice(0, 5)
        .map((s) => ({ ...summary(s), 'meta:updated': statsDate(modified(s)) })),
      classUsage,
    };
  });

  app.get('/tenant/schemas', async (request) => {
    const kind = listAccept(request.headers.accept, LIST_KINDS);
    const query = request.query as Query;
    const orderby = typeof query.orderby === 'string' ? query.orderby : 'title';
    if (orderby !== 'title' && orderby !== '-title')
      throw new HttpProblem(400, 'orderby takes title or -title here.');
    const schemas = (await client.call('registry-schema-list', { sandbox: sandboxOf(request) })).filter(
      propertyFilter(query),
    );
    schemas.sort((a, b) => (orderby === 'title' ? 1 : -1) * a.title.localeCompare(b.title));
    const page = schemas.slice(0, limitOf(query, 300));
    return listEnvelope(
      page.map((s) => (kind === 'xed-id' ? idSummary(s) : platformSchema(s))),
      orderby,
    );
  });

  app.post('/tenant/schemas', { config: { body: 'json' } }, async (request, reply) => {
    const detail = await client.call('registry-schema-create-from-body', {
      sandbox: sandboxOf(request),
      body: request.body,
    });
    return reply.code(201).send(platformSchema(detail));
  });

  app.get('/tenant/schemas/:id', async (request) => {
    const kind = lookupAccept(request.headers.accept, LOOKUP_KINDS);
    const detail = await client.call('registry-schema-show', {
      sandbox: sandboxOf(request),
      ref: idParam(request),
    });
    return inFormat(platformSchema(detail), detail.fields, kind);
  });

  app.patch('/tenant/schemas/:id', { config: { body: 'json-patch' } }, async (request) => {
    const sandbox = sandboxOf(request);
    const changes = schemaChanges(patchOps(request.body));
    let ref = idParam(request);
    let detail = await client.call('registry-schema-show', { sandbox, ref });
    ref = detail.$id;
    for (const change of changes) {
      if (change.kind === 'field-group')
        detail = await client.call('registry-schema-add-field-group', {
          sandbox,
          ref,
          fieldGroup: change.id,
        });
      else if (change.kind === 'update')
        detail = await client.call('registry-schema-update', {
          sandbox,
          ref,
          title: change.title,
          description: change.description,
        });
      else detail = await client.call('registry-schema-enable-profile', { sandbox, ref });
    }
    return platformSchema(detail);
  });

  app.delete('/tenant/schemas/:id', async (request, reply) => {
    await client.call('registry-schema-delete', { sandbox: sandboxOf(request), ref: idParam(request) });
    return reply.code(204).send();
  });
}
