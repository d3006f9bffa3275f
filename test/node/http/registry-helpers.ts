// Schema Registry test builders: a schema made through the API, and one enabled for Profile the platform way.
import { expect } from 'vitest';
import { identityDescriptor, REGISTRY, schemaBody, type Api } from './harness';

export const SCHEMAS = `${REGISTRY}/tenant/schemas`;
export const enc = encodeURIComponent;

export async function createSchema(api: Api, title = 'Loyalty Members') {
  const response = await api.call('POST', SCHEMAS, { json: schemaBody(title) });
  expect(response.statusCode).toBe(201);
  return response.json() as Record<string, unknown> & { $id: string; 'meta:altId': string; version: string };
}

/** Creates a schema, its primary identity and the union tag: the platform's Profile enablement. */
export async function profileSchema(api: Api, title = 'Loyalty Members') {
  const schema = await createSchema(api, title);
  expect(
    (await api.call('POST', `${REGISTRY}/tenant/descriptors`, { json: identityDescriptor(schema.$id) }))
      .statusCode,
  ).toBe(201);
  const patched = await api.call('PATCH', `${SCHEMAS}/${enc(schema.$id)}`, {
    json: [{ op: 'add', path: '/meta:immutableTags', value: ['union'] }],
  });
  expect(patched.statusCode).toBe(200);
  return schema;
}
