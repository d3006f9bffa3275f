// Real-Time Customer Profile endpoints (SPEC §6.2, §7): merge policies, Profile Access entities and
// the preview sample status reports, over the engine's profile-* methods.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { MergePolicy, MergePolicyInput } from '../../../shared/contract';
import type { ApiContext } from './context';
import { HttpProblem } from './errors';

type Query = Record<string, string | string[] | undefined>;
const PROFILE_SCHEMA = '_xdm.context.profile';
const EVENT_SCHEMA = '_xdm.context.experienceevent';

function one(query: Query, key: string): string | undefined {
  const value = query[key];
  return Array.isArray(value) ? value[0] : value;
}

function policyInput(body: unknown): Partial<MergePolicyInput> {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new HttpProblem(
      400,
      'A merge policy is a JSON object with "name", "identityGraph" and "attributeMerge".',
    );
  const b = body as Record<string, unknown>;
  const input: Partial<MergePolicyInput> = {};
  if (b.name !== undefined) input.name = String(b.name);
  if (b.identityGraph !== undefined)
    input.identityGraph = b.identityGraph as MergePolicyInput['identityGraph'];
  if (b.attributeMerge !== undefined)
    input.attributeMerge = b.attributeMerge as MergePolicyInput['attributeMerge'];
  if (b.default !== undefined) input.default = b.default === true || b.default === 'true';
  if (b.isActiveOnEdge !== undefined) input.isActiveOnEdge = b.isActiveOnEdge === true;
  const schema = b.schema as { name?: unknown } | undefined;
  if (schema && schema.name !== PROFILE_SCHEMA)
    throw new HttpProblem(
      400,
      `schema.name must be "${PROFILE_SCHEMA}": merge policies apply to XDM Individual Profile.`,
    );
  return input;
}

/** The single-op PATCH of SPEC §6.2: `{"op": "add", "path": "/default", "value": "true"}`. */
function patchToInput(body: unknown): Partial<MergePolicyInput> {
  const op = (Array.isArray(body) ? body[0] : body) as
    { op?: unknown; path?: unknown; value?: unknown } | undefined;
  if (!op || (op.op !== 'add' && op.op !== 'replace'))
    throw new HttpProblem(
      400,
      'PATCH takes one operation: {"op": "add", "path": "/default", "value": "true"}.',
    );
  switch (op.path) {
    case '/name':
      return { name: String(op.value) };
    case '/default':
      return { default: op.value === true || op.value === 'true' };
    case '/isActiveOnEdge':
      return { isActiveOnEdge: op.value === true || op.value === 'true' };
    case '/identityGraph.type':
      return { identityGraph: { type: op.value as 'none' | 'pdg' } };
    case '/attributeMerge.type':
      if (op.value !== 'timestampOrdered')
        throw new HttpProblem(
          400,
          'Changing to dataSetPrecedence needs an order: PUT the whole policy instead.',
        );
      return { attributeMerge: { type: 'timestampOrdered' } };
    default:
      throw new HttpProblem(
        400,
        `Unsupported PATCH path ${JSON.stringify(op.path)}: use /name, /default, /isActiveOnEdge, /identityGraph.type or /attributeMerge.type.`,
      );
  }
}

export function registerProfileRoutes(app: FastifyInstance, { client, now }: ApiContext): void {
  const sandbox = (request: FastifyRequest) => request.sandbox.name;
  const id = (request: FastifyRequest) => (request.params as { id: string }).id;
  const withSandbox = (p: MergePolicy, request: FastifyRequest) => ({
    ...p,
    sandbox: {
      sandboxId: sandbox(request),
      sandboxName: sandbox(request),
      type: sandbox(request) === 'prod' ? 'production' : 'development',
      default: sandbox(request) === 'prod',
    },
  });

  app.get('/config/mergePolicies', async (request) => {
    const query = request.query as Query;
    let policies = await client.call('profile-policy-list', { sandbox: sandbox(request) });
    const isDefault = one(query, 'default');
    if (isDefault !== undefined) policies = policies.filter((p) => String(p.default) === isDefault);
    const limit = Number(one(query, 'limit') ?? 20);
    const page = policies.slice(0, Number.isInteger(limit) && limit > 0 ? limit : 20);
    return {
      _page: { totalCount: policies.length, pageSize: page.length },
      children: page.map((p) => withSandbox(p, request)),
      _links: { next: { href: '' } },
    };
  });
  app.get('/config/mergePolicies/:id', async (request) =>
    withSandbox(
      await client.call('profile-policy-show', { sandbox: sandbox(request), id: id(request) }),
      request,
    ),
  );
  app.post('/config/mergePolicies/bulk-get', { config: { body: 'json' } }, async (request, reply) => {
    const ids = ((request.body as { ids?: { id?: unknown }[] } | null)?.ids ?? []).map((item) =>
      String(item?.id ?? ''),
    );
    if (ids.length === 0) throw new HttpProblem(400, 'bulk-get takes {"ids": [{"id": "<policy id>"}, …]}.');
    const results: Record<string, unknown> = {};
    for (const policyId of ids) {
      try {
        results[policyId] = withSandbox(
          await client.call('profile-policy-show', { sandbox: sandbox(request), id: policyId }),
          request,
        );
      } catch {
        results[policyId] = { status: 404, title: 'Not Found', detail: `No merge policy ${policyId}.` };
      }
    }
    return reply.code(207).send({ results });
  });
  app.post('/config/mergePolicies', { config: { body: 'json' } }, async (request) => {
    const input = policyInput(request.body);
    return withSandbox(
      await client.call('profile-policy-create', {
        sandbox: sandbox(request),
        ...input,
        name: input.name ?? '',
      }),
      request,
    );
  });
  app.put('/config/mergePolicies/:id', { config: { body: 'json' } }, async (request) =>
    withSandbox(
      await client.call('profile-policy-update', {
        sandbox: sandbox(request),
        id: id(request),
        ...policyInput(request.body),
      }),
      request,
    ),
  );
  app.patch('/config/mergePolicies/:id', { config: { body: 'json-patch' } }, async (request) =>
    withSandbox(
      await client.call('profile-policy-update', {
        sandbox: sandbox(request),
        id: id(request),
        ...patchToInput(request.body),
      }),
      request,
    ),
  );
  // Local addition (no platform endpoint): a draft policy's merged profile of one identity, unsaved.
  app.post('/config/mergePolicies/preview', { config: { body: 'json' } }, async (request, reply) => {
    const body = request.body as { identity?: unknown; policy?: unknown; policyId?: unknown } | null;
    const identity = body?.identity as { id?: unknown; namespace?: unknown } | undefined;
    if (typeof identity?.id !== 'string' || typeof identity.namespace !== 'string')
      throw new HttpProblem(
        400,
        'preview takes {"identity": {"id": "<value>", "namespace": "<code>"}, "policy": {<merge policy>}, "policyId": "<id of the policy being edited, optional>"}.',
      );
    if (body?.policyId !== undefined && typeof body.policyId !== 'string')
      throw new HttpProblem(400, 'policyId is the id of the merge policy the draft edits (a string).');
    const draft = policyInput(body?.policy ?? {});
    // A new draft needs a name as create does; one that edits a policy keeps that policy's.
    if (body?.policyId === undefined && !draft.name) draft.name = 'Draft (preview)';
    const detail = await client.call('profile-policy-preview', {
      sandbox: sandbox(request),
      identity: { id: identity.id, namespace: identity.namespace },
      draft,
      ...(typeof body?.policyId === 'string' ? { policyId: body.policyId } : {}),
    });
    if (!detail)
      throw new HttpProblem(
        404,
        `No profile for ${identity.namespace} ${identity.id} under this policy: check the identity, or ingest a batch that has it.`,
      );
    return reply.code(200).send(detail);
  });
  app.delete('/config/mergePolicies/:id', async (request, reply) => {
    await client.call('profile-policy-delete', { sandbox: sandbox(request), id: id(request) });
    return reply.code(200).send();
  });

  app.get('/access/entities', async (request) => {
    const query = request.query as Query;
    const schemaName = one(query, 'schema.name');
    if (!schemaName)
      throw new HttpProblem(
        400,
        'schema.name is required: _xdm.context.profile or _xdm.context.experienceevent.',
      );
    const fields = one(query, 'fields')?.split(',').filter(Boolean);
    const mergePolicyId = one(query, 'mergePolicyId');
    if (schemaName === PROFILE_SCHEMA) {
      const entityId = one(query, 'entityId');
      if (!entityId) throw new HttpProblem(400, 'entityId is required for profile lookups.');
      const ns = one(query, 'entityIdNS') ?? one(query, 'entityIdNE');
      return client.call('profile-entity-get', {
        sandbox: sandbox(request),
        entityId,
        ...(ns ? { entityIdNS: ns } : {}),
        ...(fields ? { fields } : {}),
        ...(mergePolicyId ? { mergePolicyId } : {}),
      });
    }
    if (schemaName === EVENT_SCHEMA) {
      if (one(query, 'relatedSchema.name') !== PROFILE_SCHEMA)
        throw new HttpProblem(
          400,
          `relatedSchema.name=${PROFILE_SCHEMA} is required for ExperienceEvent lookups.`,
        );
      const relatedEntityId = one(query, 'relatedEntityId');
      if (!relatedEntityId)
        throw new HttpProblem(400, 'relatedEntityId is required for ExperienceEvent lookups.');
      const ns = one(query, 'relatedEntityIdNS');
      const number = (key: string) => (one(query, key) === undefined ? undefined : Number(one(query, key)));
      return client.call('profile-events', {
        sandbox: sandbox(request),
        relatedEntityId,
        ...(ns ? { relatedEntityIdNS: ns } : {}),
        ...(mergePolicyId ? { mergePolicyId } : {}),
        ...(number('startTime') !== undefined ? { startTime: number('startTime') as number } : {}),
        ...(number('endTime') !== undefined ? { endTime: number('endTime') as number } : {}),
        ...(number('limit') !== undefined ? { limit: number('limit') as number } : {}),
        ...(one(query, 'orderby') ? { orderby: one(query, 'orderby') as string } : {}),
        ...(one(query, 'start') ? { start: one(query, 'start') as string } : {}),
        ...(fields ? { fields } : {}),
      });
    }
    throw new HttpProblem(
      400,
      `schema.name ${JSON.stringify(schemaName)} is not supported: use ${PROFILE_SCHEMA} or ${EVENT_SCHEMA}.`,
    );
  });

  app.post('/access/entities', { config: { body: 'json' } }, async (request) => {
    const body = (request.body ?? {}) as {
      schema?: { name?: unknown };
      identities?: unknown;
      fields?: unknown;
      mergePolicyId?: unknown;
    };
    if (body.schema?.name !== PROFILE_SCHEMA)
      throw new HttpProblem(
        400,
        `This server answers POST /access/entities for schema.name "${PROFILE_SCHEMA}"; read events with GET.`,
      );
    if (!Array.isArray(body.identities))
      throw new HttpProblem(400, '"identities" must be a list of {"entityId", "entityIdNS": {"code"}}.');
    return client.call('profile-entities', {
      sandbox: sandbox(request),
      identities: body.identities as never,
      ...(Array.isArray(body.fields) ? { fields: body.fields as string[] } : {}),
      ...(typeof body.mergePolicyId === 'string' ? { mergePolicyId: body.mergePolicyId } : {}),
    });
  });

  const reportTimestamp = () =>
    new Date(now())
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, '.0');
  app.get('/previewsamplestatus', async (request) => {
    const stats = await client.call('profile-stats', { sandbox: sandbox(request) });
    return {
      numRowsToRead: String(stats.profiles),
      sampleJobRunning: { status: false, submissionTimestamp: reportTimestamp() },
      cosmosDocCount: `"${stats.fragments}"`,
      totalFragmentCount: stats.fragments,
      lastSuccessfulBatchTimestamp: '"null"',
      streamingDriven: '"false"',
      totalRows: String(stats.profiles),
      lastBatchId: '"null"',
      status: 'TASK_FINISHED',
      samplingRatio: 1.0,
      mergeStrategy: 'timestampOrdered_auto',
      lastSampledTimestamp: reportTimestamp(),
    };
  });
  app.get('/previewsamplestatus/report/dataset', async (request) => {
    const stats = await client.call('profile-stats', { sandbox: sandbox(request) });
    const total = Math.max(1, stats.fragments);
    return {
      data: stats.byDataset.map((d) => ({
        sampleCount: d.fragments,
        samplePercentage: d.fragments / total,
        fullIDsCount: d.fragments,
        fullIDsPercentage: d.fragments / total,
        name: d.name,
        description: '',
        value: d.id,
        streamingIngestionEnabled: false,
        createdUser: 'profile-stager',
        reportTimestamp: reportTimestamp(),
      })),
      reportTimestamp: reportTimestamp(),
    };
  });
  app.get('/previewsamplestatus/report/namespace', async (request) => {
    const stats = await client.call('profile-stats', { sandbox: sandbox(request) });
    const namespaces = await client.call('registry-namespace-list', { sandbox: sandbox(request) });
    const total = Math.max(1, stats.profiles);
    return {
      data: stats.byNamespace.map((n) => ({
        sampleCount: n.identities,
        samplePercentage: n.identities / total,
        reportTimestamp: reportTimestamp(),
        fullIDsFragmentCount: n.identities,
        fullIDsCount: n.identities,
        fullIDsPercentage: n.identities / total,
        code: n.code,
        value: String(namespaces.find((ns) => ns.code === n.code)?.id ?? ''),
      })),
      reportTimestamp: reportTimestamp(),
    };
  });
}
