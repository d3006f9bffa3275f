// Schema Registry endpoints around schemas (SPEC §1.4, §1.7): unions, identity descriptors, and the
// global container's standard classes and field groups.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { EngineError, type IdentityDescriptor } from '../../../shared/contract';
import type { LibraryEntry } from '../../../shared/xdm/types';
import { listAccept, lookupAccept } from './accept';
import type { ApiContext } from './context';
import { HttpProblem } from './errors';
import { listEnvelope } from './registry-routes';
import { idSummary, inFormat, LIST_KINDS, LOOKUP_KINDS, platformLibraryEntry, platformUnion } from './shapes';

const DESCRIPTOR_KINDS = ['xdm-id', 'xdm-link', 'xdm'] as const;
const IDENTITY_TYPE = 'xdm:descriptorIdentity';

/** A descriptor as the registry returns it (the engine keeps `@id` and `meta:containerId` already). */
function descriptorBody(descriptor: IdentityDescriptor): Record<string, unknown> {
  return { ...descriptor };
}

/** Checks a `POST /tenant/descriptors` body; only identity descriptors are supported (SPEC §1.4). */
export function readIdentityDescriptor(body: unknown): {
  schema: string;
  property: string;
  namespace: string;
  isNamespaceId: boolean;
  isPrimary: boolean;
} {
  if (typeof body !== 'object' || body === null || Array.isArray(body))
    throw new HttpProblem(400, 'The descriptor must be a JSON object.');
  const d = body as Record<string, unknown>;
  if (d['@type'] !== IDENTITY_TYPE)
    throw new HttpProblem(
      400,
      `Only "${IDENTITY_TYPE}" descriptors are supported here; got ${JSON.stringify(d['@type'] ?? null)}.`,
    );
  const schema = d['xdm:sourceSchema'];
  const property = d['xdm:sourceProperty'];
  const namespace = d['xdm:namespace'];
  if (typeof schema !== 'string' || typeof property !== 'string') {
    throw new HttpProblem(
      400,
      'An identity descriptor needs "xdm:sourceSchema" (schema $id) and "xdm:sourceProperty" (e.g. "/personalEmail/address").',
    );
  }
  if (!property.startsWith('/') || property.endsWith('/') || property.split('/').includes('properties')) {
    throw new HttpProblem(
      400,
      `"xdm:sourceProperty" must start with "/", not end with one, and have no "properties" segments (e.g. "/personalEmail/address"); got "${property}".`,
    );
  }
  if (d['xdm:sourceVersion'] !== undefined && d['xdm:sourceVersion'] !== 1)
    throw new HttpProblem(400, '"xdm:sourceVersion" must be 1 (the only major version).');
  const by = d['xdm:property'] ?? 'xdm:code';
  if (by !== 'xdm:code' && by !== 'xdm:id')
    throw new HttpProblem(400, '"xdm:property" must be "xdm:code" or "xdm:id".');
  if (typeof namespace !== 'string' && !(by === 'xdm:id' && typeof namespace === 'number')) {
    throw new HttpProblem(
      400,
      'An identity descriptor needs "xdm:namespace" (a namespace code such as "Email", or its id with "xdm:property": "xdm:id").',
    );
  }
  if (d['xdm:isPrimary'] !== undefined && typeof d['xdm:isPrimary'] !== 'boolean')
    throw new HttpProblem(400, '"xdm:isPrimary" must be true or false.');
  return {
    schema,
    property,
    namespace: String(namespace),
    isNamespaceId: by === 'xdm:id',
    isPrimary: d['xdm:isPrimary'] === true,
  };
}

export function registerRegistryLookupRoutes(app: FastifyInstance, { client }: ApiContext): void {
  const sandboxOf = (request: FastifyRequest) => request.sandbox.name;
  const idParam = (request: FastifyRequest) => (request.params as { id: string }).id;

  const allDescriptors = async (sandbox: string) =>
    (await client.call('registry-schema-list', { sandbox })).flatMap((s) => s.identities);
  const findDescriptor = async (sandbox: string, id: string) => {
    const found = (await allDescriptors(sandbox)).find((d) => d['@id'] === id);
    if (!found) throw new EngineError('not-found', `Descriptor ${id} not found.`);
    return found;
  };

  app.get('/tenant/unions', async (request) => {
    const kind = listAccept(request.headers.accept, LIST_KINDS);
    const sandbox = sandboxOf(request);
    const classes = [
      ...new Set(
        (await client.call('registry-schema-list', { sandbox }))
          .filter((s) => s.isProfileEnabled)
          .map((s) => s['meta:class']),
      ),
    ];
    const unions = await Promise.all(
      classes.map((classRef) => client.call('registry-union-show', { sandbox, classRef })),
    );
    return listEnvelope(unions.map((u) => (kind === 'xed-id' ? idSummary(u) : platformUnion(u))));
  });

  app.get('/tenant/unions/:id', async (request) => {
    const kind = lookupAccept(request.headers.accept, LOOKUP_KINDS);
    const union = await client.call('registry-union-show', {
      sandbox: sandboxOf(request),
      classRef: idParam(request),
    });
    return inFormat(platformUnion(union), union.fields, kind);
  });

  app.get('/tenant/descriptors', async (request) => {
    const kind = listAccept(request.headers.accept, DESCRIPTOR_KINDS);
    const descriptors = await allDescriptors(sandboxOf(request));
    if (descriptors.length === 0) return {};
    const shown = descriptors.map((d) =>
      kind === 'xdm-id'
        ? d['@id']
        : kind === 'xdm-link'
          ? `/tenant/descriptors/${d['@id']}`
          : descriptorBody(d),
    );
    return { [IDENTITY_TYPE]: shown };
  });

  app.get('/tenant/descriptors/:id', async (request) =>
    descriptorBody(await findDescriptor(sandboxOf(request), idParam(request))),
  );

  app.post('/tenant/descriptors', { config: { body: 'json' } }, async (request, reply) => {
    const sandbox = sandboxOf(request);
    const input = readIdentityDescriptor(request.body);
    let namespace = input.namespace;
    if (input.isNamespaceId) {
      const byId = (await client.call('registry-namespace-list', { sandbox })).find(
        (n) => String(n.id) === namespace,
      );
      if (!byId) throw new HttpProblem(400, `No identity namespace with id ${namespace}.`);
      namespace = byId.code;
    }
    const detail = await client.call('registry-schema-set-identity', {
      sandbox,
      ref: input.schema,
      path: input.property,
      namespace,
      isPrimary: input.isPrimary,
    });
    const created = detail.identities.find((d) => d['xdm:sourceProperty'] === input.property);
    if (!created) throw new EngineError('internal', `The identity on ${input.property} was not recorded.`);
    return reply.code(201).send(descriptorBody(created));
  });

  app.delete('/tenant/descriptors/:id', async (request, reply) => {
    const sandbox = sandboxOf(request);
    const descriptor = await findDescriptor(sandbox, idParam(request));
    await client.call('registry-schema-remove-identity', {
      sandbox,
      ref: descriptor['xdm:sourceSchema'],
      path: descriptor['xdm:sourceProperty'],
    });
    return reply.code(204).send();
  });

  const registerGlobal = (path: string, kind: LibraryEntry['kind'], noun: string) => {
    app.get(`/global/${path}`, async (request) => {
      const format = listAccept(request.headers.accept, LIST_KINDS);
      const entries = await client.call('registry-library-list', { kind });
      return listEnvelope(
        entries.map((e) =>
          format === 'xed-id' ? idSummary({ ...e, version: '1.0' }) : platformLibraryEntry(e),
        ),
      );
    });
    app.get(`/global/${path}/:id`, async (request) => {
      const format = lookupAccept(request.headers.accept, LOOKUP_KINDS);
      const { entry, fields } = await client.call('registry-library-show', { ref: idParam(request) });
      if (entry.kind !== kind)
        throw new EngineError('not-found', `${idParam(request)} is not a standard ${noun}.`);
      return inFormat(platformLibraryEntry(entry), fields, format);
    });
  };
  registerGlobal('classes', 'class', 'class');
  registerGlobal('fieldgroups', 'fieldgroup', 'field group');
}
