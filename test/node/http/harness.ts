// Test builders for the HTTP API: a fresh engine behind a server, and inject helpers that send the
// token and headers a platform script would.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sequentialIds } from '../../../shared/engine/ids';
import { silentLogger } from '../../../shared/util/logger';
import { createApiServer, type ApiLimits, type ApiServer } from '../../../electron/node/http/server';
import { testEngine } from '../../engine/helpers';
import type { EngineClient } from '../../../shared/contract';

export const TOKEN = 'test-token-0123456789';
export const REGISTRY = '/data/foundation/schemaregistry';
export const CATALOG = '/data/foundation/catalog';
export const IMPORT = '/data/foundation/import';
export const EXPORT = '/data/foundation/export';

export const PROFILE = 'https://ns.adobe.com/xdm/context/profile';
export const PERSONAL_CONTACT = 'https://ns.adobe.com/xdm/context/profile-personal-details';
export const DEMOGRAPHIC = 'https://ns.adobe.com/xdm/context/profile-person-details';

export const ID_JSON = 'application/vnd.adobe.xed-id+json';
export const XED_JSON = 'application/vnd.adobe.xed+json';
export const XED_V1 = 'application/vnd.adobe.xed+json; version=1';
export const FULL_V1 = 'application/vnd.adobe.xed-full+json; version=1';

export interface Api {
  app: ApiServer;
  client: EngineClient;
  /** Sends with the bearer token unless the headers override it. */
  call(
    method: InjectOptions['method'],
    url: string,
    options?: {
      headers?: Record<string, string>;
      json?: unknown;
      body?: string | Buffer;
      contentType?: string;
    },
  ): Promise<LightMyRequestResponse>;
}

export async function apiServer(options: { limits?: Partial<ApiLimits> } = {}): Promise<Api> {
  const { client } = await testEngine();
  const app = createApiServer({
    client,
    token: TOKEN,
    port: 0,
    log: silentLogger,
    newId: sequentialIds('req'),
    now: () => Date.UTC(2026, 0, 15, 9, 0, 0),
    ...options,
  });
  await app.ready();
  return {
    app,
    client,
    call(method, url, { headers = {}, json, body, contentType } = {}) {
      const payload = json !== undefined ? JSON.stringify(json) : body;
      const type = contentType ?? (json !== undefined ? 'application/json' : undefined);
      return app.inject({
        method,
        url,
        headers: { authorization: `Bearer ${TOKEN}`, ...(type ? { 'content-type': type } : {}), ...headers },
        ...(payload !== undefined ? { payload } : {}),
      });
    },
  };
}

/** The platform's `POST /tenant/schemas` body: Individual Profile + Personal Contact Details (+ Demographic). */
export function schemaBody(title = 'Loyalty Members', extra: Record<string, unknown> = {}) {
  return {
    type: 'object',
    title,
    description: 'Schema for loyalty members',
    allOf: [{ $ref: PROFILE }, { $ref: PERSONAL_CONTACT }],
    ...extra,
  };
}

export function identityDescriptor(schemaId: string, isPrimary = true) {
  return {
    '@type': 'xdm:descriptorIdentity',
    'xdm:sourceSchema': schemaId,
    'xdm:sourceVersion': 1,
    'xdm:sourceProperty': '/personalEmail/address',
    'xdm:namespace': 'Email',
    'xdm:property': 'xdm:code',
    'xdm:isPrimary': isPrimary,
  };
}

/** A Profile-enabled schema made the platform way (POST schema, POST descriptor, PATCH union tag) and a dataset on it. */
export async function profileDataset(
  api: Api,
  options: { title?: string; tags?: Record<string, string[]> } = {},
) {
  const schema = (
    await api.call('POST', `${REGISTRY}/tenant/schemas`, { json: schemaBody(options.title) })
  ).json() as { $id: string; 'meta:altId': string };
  await api.call('POST', `${REGISTRY}/tenant/descriptors`, { json: identityDescriptor(schema.$id) });
  await api.call('PATCH', `${REGISTRY}/tenant/schemas/${encodeURIComponent(schema.$id)}`, {
    json: [{ op: 'add', path: '/meta:immutableTags', value: ['union'] }],
  });
  const created = await api.call('POST', `${CATALOG}/dataSets`, {
    json: {
      name: `${options.title ?? 'Loyalty Members'} dataset`,
      schemaRef: { id: schema.$id, contentType: 'application/vnd.adobe.xed-full+json;version=1' },
      tags: options.tags ?? { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] },
    },
  });
  const datasetId = (created.json() as string[])[0]!.replace('@/dataSets/', '');
  return { schema, datasetId };
}

export async function createBatch(
  api: Api,
  datasetId: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const response = await api.call('POST', `${IMPORT}/batches`, {
    json: { datasetId, inputFormat: { format: 'json' }, ...extra },
  });
  return (response.json() as { id: string }).id;
}

export function jsonLines(records: unknown[]): string {
  return records.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

export const PEOPLE = [
  { personalEmail: { address: 'ada@example.com' }, person: { name: { firstName: 'Ada' } } },
  { personalEmail: { address: 'zoe@example.com' }, person: { name: { firstName: 'Zoë' } } },
  { personalEmail: { address: 'li@example.com' }, person: { name: { firstName: 'Li' } } },
];

export function filePath(batchId: string, datasetId: string, name: string): string {
  return `${IMPORT}/batches/${batchId}/datasets/${datasetId}/files/${name}`;
}
