// Schema Registry tenant schemas against a real engine: shapes compared key by key with the platform's
// examples (SPEC §1.7, help/xdm/api/schemas.md), Accept rules, PATCH operations, delete.
import { describe, expect, it } from 'vitest';
import {
  apiServer,
  DEMOGRAPHIC,
  FULL_V1,
  ID_JSON,
  identityDescriptor,
  PERSONAL_CONTACT,
  PROFILE,
  REGISTRY,
  schemaBody,
  XED_JSON,
  XED_V1,
} from './harness';
import { createSchema, enc, profileSchema, SCHEMAS } from './registry-helpers';

describe('GET /stats', () => {
  it('reports the tenant id of the sandbox and counts, in the platform keys', async () => {
    const api = await apiServer();
    await profileSchema(api);
    const response = await api.call('GET', `${REGISTRY}/stats`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    // help/xdm/api/getting-started.md: imsOrg, tenantId, counts, recentlyCreatedResources, recentlyUpdatedResources, classUsage.
    expect(Object.keys(body).sort()).toEqual([
      'classUsage',
      'counts',
      'imsOrg',
      'recentlyCreatedResources',
      'recentlyUpdatedResources',
      'tenantId',
    ]);
    expect(body.tenantId).toBe('stager');
    expect(body.counts).toEqual({ schemas: 1, mixins: 0, datatypes: 0, classes: 0, unions: 1 });
    expect(Object.keys(body.recentlyCreatedResources[0]).sort()).toEqual([
      '$id',
      'description',
      'meta:created',
      'meta:resourceType',
      'title',
      'version',
    ]);
    expect(body.recentlyCreatedResources[0]['meta:created']).toMatch(
      /^\w{3} \w{3} \d{2} \d{4} \d{2}:\d{2}:\d{2} GMT\+0000 \(UTC\)$/,
    );
    expect(body.classUsage[PROFILE]).toEqual([
      { $id: expect.any(String), title: 'Loyalty Members', description: 'Schema for loyalty members' },
    ]);
  });
});

describe('POST /tenant/schemas', () => {
  it('answers 201 with the full schema (keys of the platform example)', async () => {
    const api = await apiServer();
    const response = await api.call('POST', SCHEMAS, { json: schemaBody() });
    expect(response.statusCode).toBe(201);
    const body = response.json();
    // help/xdm/api/schemas.md "Create a schema" response.
    for (const key of [
      'title',
      'description',
      'type',
      'allOf',
      'meta:class',
      'meta:abstract',
      'meta:extensible',
      'meta:extends',
      'meta:containerId',
      'imsOrg',
      'meta:altId',
      'meta:xdmType',
      '$id',
      'version',
      'meta:resourceType',
      'meta:registryMetadata',
    ]) {
      expect(body).toHaveProperty([key]);
    }
    expect(body).toMatchObject({
      version: '1.0',
      'meta:containerId': 'tenant',
      'meta:resourceType': 'schemas',
      'meta:class': PROFILE,
      type: 'object',
      'meta:tenantNamespace': '_stager',
    });
    expect(body.$id).toMatch(/^https:\/\/ns\.adobe\.com\/stager\/schemas\//);
    expect(body['meta:altId']).toMatch(/^_stager\.schemas\./);
    expect(body['meta:extends']).toEqual(expect.arrayContaining([PROFILE, PERSONAL_CONTACT]));
    // Local conveniences of the engine view stay out of the API.
    for (const key of ['behavior', 'isProfileEnabled', 'isInUse', 'fieldGroups', 'identities', 'fields'])
      expect(body).not.toHaveProperty([key]);
  });

  it('answers a duplicate title with 409 and a bad body with 400', async () => {
    const api = await apiServer();
    await createSchema(api);
    const duplicate = await api.call('POST', SCHEMAS, { json: schemaBody() });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({
      status: 409,
      report: expect.objectContaining({ 'sub-errors': [] }),
    });
    const noClass = await api.call('POST', SCHEMAS, {
      json: { title: 'x', allOf: [{ $ref: PERSONAL_CONTACT }] },
    });
    expect(noClass.statusCode).toBe(400);
    expect(noClass.json().detail).toMatch(/exactly one class/);
    expect((await api.call('POST', SCHEMAS, { json: ['not', 'an object'] })).statusCode).toBe(400);
  });

  it('refuses the union tag at creation when the schema has no primary identity yet (400)', async () => {
    const api = await apiServer();
    const response = await api.call('POST', SCHEMAS, {
      json: schemaBody('Direct', { 'meta:immutableTags': ['union'] }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toMatch(/primary identity/i);
  });
});

describe('GET /tenant/schemas', () => {
  it('lists ids with xed-id+json and full objects with xed+json, in the platform envelope', async () => {
    const api = await apiServer();
    const a = await createSchema(api, 'Beta');
    await createSchema(api, 'Alpha');
    const ids = await api.call('GET', SCHEMAS, { headers: { accept: ID_JSON } });
    expect(ids.statusCode).toBe(200);
    const body = ids.json();
    expect(Object.keys(body).sort()).toEqual(['_links', '_page', 'results']);
    expect(body._page).toEqual({ orderby: 'title', next: null, count: 2 });
    expect(body.results.map((r: { title: string }) => r.title)).toEqual(['Alpha', 'Beta']);
    expect(body.results[1]).toEqual({
      $id: a.$id,
      'meta:altId': a['meta:altId'],
      version: '1.0',
      title: 'Beta',
    });

    const full = (
      await api.call('GET', `${SCHEMAS}?orderby=-title`, { headers: { accept: XED_JSON } })
    ).json();
    expect(full.results[0]).toMatchObject({ title: 'Beta', allOf: expect.any(Array), 'meta:class': PROFILE });
  });

  it('filters by property (union members of a class) and honours limit', async () => {
    const api = await apiServer();
    await profileSchema(api, 'In union');
    await createSchema(api, 'Not in union');
    const union = await api.call(
      'GET',
      `${SCHEMAS}?property=meta:immutableTags==union&property=meta:class==${enc(PROFILE)}`,
      { headers: { accept: ID_JSON } },
    );
    expect(union.json().results.map((r: { title: string }) => r.title)).toEqual(['In union']);
    const notUnion = await api.call('GET', `${SCHEMAS}?property=meta:immutableTags!=union`, {
      headers: { accept: ID_JSON },
    });
    expect(notUnion.json().results.map((r: { title: string }) => r.title)).toEqual(['Not in union']);
    expect(
      (await api.call('GET', `${SCHEMAS}?limit=1`, { headers: { accept: ID_JSON } })).json().results,
    ).toHaveLength(1);
    expect(
      (await api.call('GET', `${SCHEMAS}?property=title~x`, { headers: { accept: ID_JSON } })).statusCode,
    ).toBe(400);
    expect((await api.call('GET', `${SCHEMAS}?limit=0`, { headers: { accept: ID_JSON } })).statusCode).toBe(
      400,
    );
  });

  it('needs a list Accept header without a version (400 Accept header invalid)', async () => {
    const api = await apiServer();
    for (const accept of [undefined, '*/*', 'application/json', XED_V1]) {
      const response = await api.call('GET', SCHEMAS, { headers: accept ? { accept } : {} });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        type: 'http://ns.adobe.com/aep/errors/XDM-1006-400',
        title: 'Accept header invalid',
        status: 400,
      });
    }
  });
});

describe('GET /tenant/schemas/{id}', () => {
  it('finds a schema by URL-encoded $id or by meta:altId', async () => {
    const api = await apiServer();
    const schema = await createSchema(api);
    for (const id of [enc(schema.$id), schema['meta:altId']]) {
      const response = await api.call('GET', `${SCHEMAS}/${id}`, { headers: { accept: XED_V1 } });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toMatchObject({
        $id: schema.$id,
        allOf: [{ $ref: PROFILE }, { $ref: PERSONAL_CONTACT }],
      });
    }
  });

  it('resolves allOf into properties with xed-full and drops text with -notext', async () => {
    const api = await apiServer();
    const schema = await createSchema(api);
    const full = (
      await api.call('GET', `${SCHEMAS}/${enc(schema.$id)}`, { headers: { accept: FULL_V1 } })
    ).json();
    expect(full).not.toHaveProperty('allOf');
    expect(full.properties.personalEmail).toMatchObject({
      type: 'object',
      properties: { address: { type: 'string' } },
    });
    expect(full.title).toBe('Loyalty Members');
    const notext = (
      await api.call('GET', `${SCHEMAS}/${enc(schema.$id)}`, {
        headers: { accept: 'application/vnd.adobe.xed-full-notext+json; version=1' },
      })
    ).json();
    expect(JSON.stringify(notext)).not.toMatch(/"title"|"description"/);
    const rawNotext = (
      await api.call('GET', `${SCHEMAS}/${enc(schema.$id)}`, {
        headers: { accept: 'application/vnd.adobe.xed-notext+json; version=1' },
      })
    ).json();
    expect(rawNotext).toHaveProperty('allOf');
    expect(rawNotext).not.toHaveProperty('title');
  });

  it('needs version=1 in the Accept header (400, as the registry documents)', async () => {
    const api = await apiServer();
    const schema = await createSchema(api);
    const noVersion = await api.call('GET', `${SCHEMAS}/${enc(schema.$id)}`, {
      headers: { accept: XED_JSON },
    });
    expect(noVersion.statusCode).toBe(400);
    expect(noVersion.json().detail).toMatch(/version must be supplied in the accept header/);
    expect(
      (
        await api.call('GET', `${SCHEMAS}/${enc(schema.$id)}`, {
          headers: { accept: 'application/vnd.adobe.xed+json; version=2' },
        })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await api.call('GET', `${SCHEMAS}/${enc(schema.$id)}`, {
          headers: { accept: 'application/vnd.adobe.xed-full-desc+json; version=1' },
        })
      ).statusCode,
    ).toBe(400);
  });

  it('answers an unknown schema with the registry 404 body (type, title, status, report, detail)', async () => {
    const api = await apiServer();
    const response = await api.call('GET', `${SCHEMAS}/${enc('https://ns.adobe.com/stager/schemas/nope')}`, {
      headers: { accept: XED_V1 },
    });
    expect(response.statusCode).toBe(404);
    const body = response.json();
    // help/xdm/troubleshooting-guide.md "Resource not found".
    expect(Object.keys(body)).toEqual(['type', 'title', 'status', 'report', 'detail']);
    expect(body).toMatchObject({
      type: 'http://ns.adobe.com/aep/errors/XDM-1010-404',
      title: 'Resource not found',
      status: 404,
    });
    expect(Object.keys(body.report).sort()).toEqual([
      'detailed-message',
      'registryRequestId',
      'sub-errors',
      'timestamp',
    ]);
    expect(body.report.registryRequestId).toBe(response.headers['x-request-id']);
  });
});

describe('PATCH /tenant/schemas/{id}', () => {
  it('adds a field group with the allOf/meta:extends pair and bumps the version', async () => {
    const api = await apiServer();
    const schema = await createSchema(api);
    const response = await api.call('PATCH', `${SCHEMAS}/${enc(schema.$id)}`, {
      json: [
        { op: 'add', path: '/meta:extends/-', value: DEMOGRAPHIC },
        { op: 'add', path: '/allOf/-', value: { $ref: DEMOGRAPHIC } },
      ],
    });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.allOf).toContainEqual({ $ref: DEMOGRAPHIC });
    expect(body['meta:extends']).toContain(DEMOGRAPHIC);
    expect(body.version).not.toBe(schema.version);
  });

  it('enables Profile with the union tag once a primary identity exists, else 400', async () => {
    const api = await apiServer();
    const schema = await createSchema(api);
    const path = `${SCHEMAS}/${enc(schema.$id)}`;
    const early = await api.call('PATCH', path, {
      json: [{ op: 'add', path: '/meta:immutableTags', value: ['union'] }],
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().detail).toMatch(/primary identity/i);
    await api.call('POST', `${REGISTRY}/tenant/descriptors`, { json: identityDescriptor(schema.$id) });
    const enabled = await api.call('PATCH', path, {
      json: [{ op: 'add', path: '/meta:immutableTags', value: ['union'] }],
    });
    expect(enabled.statusCode).toBe(200);
    expect(enabled.json()['meta:immutableTags']).toEqual(['union']);
  });

  it('replaces the title and accepts application/json-patch+json', async () => {
    const api = await apiServer();
    const schema = await createSchema(api);
    const response = await api.call('PATCH', `${SCHEMAS}/${schema['meta:altId']}`, {
      body: JSON.stringify([{ op: 'replace', path: '/title', value: 'Renamed' }]),
      contentType: 'application/json-patch+json',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().title).toBe('Renamed');
  });

  it('refuses other operations with 400 naming the supported ones, and changes nothing', async () => {
    const api = await apiServer();
    const schema = await createSchema(api);
    for (const ops of [
      [{ op: 'remove', path: '/allOf/1' }],
      [{ op: 'add', path: '/properties/x', value: {} }],
      [
        { op: 'replace', path: '/title', value: 'Renamed' },
        { op: 'add', path: '/meta:immutableTags', value: ['other'] },
      ],
      [],
      { op: 'add' },
    ]) {
      const response = await api.call('PATCH', `${SCHEMAS}/${enc(schema.$id)}`, { json: ops });
      expect(response.statusCode).toBe(400);
    }
    const after = (
      await api.call('GET', `${SCHEMAS}/${enc(schema.$id)}`, { headers: { accept: XED_V1 } })
    ).json();
    expect(after.title).toBe('Loyalty Members');
    const unsupported = await api.call('PATCH', `${SCHEMAS}/${enc(schema.$id)}`, {
      json: [{ op: 'remove', path: '/allOf/1' }],
    });
    expect(unsupported.json().detail).toMatch(/Supported PATCH operations/);
  });

  it('answers an unknown schema with 404 and a wrong Content-Type with 415', async () => {
    const api = await apiServer();
    expect(
      (await api.call('PATCH', `${SCHEMAS}/nope`, { json: [{ op: 'replace', path: '/title', value: 'x' }] }))
        .statusCode,
    ).toBe(404);
    expect(
      (await api.call('PATCH', `${SCHEMAS}/nope`, { body: '[]', contentType: 'text/plain' })).statusCode,
    ).toBe(415);
  });
});

describe('DELETE /tenant/schemas/{id}', () => {
  it('answers 204, then the schema is gone (404)', async () => {
    const api = await apiServer();
    const schema = await createSchema(api);
    const response = await api.call('DELETE', `${SCHEMAS}/${enc(schema.$id)}`);
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect(
      (await api.call('GET', `${SCHEMAS}/${enc(schema.$id)}`, { headers: { accept: XED_V1 } })).statusCode,
    ).toBe(404);
    expect((await api.call('DELETE', `${SCHEMAS}/${enc(schema.$id)}`)).statusCode).toBe(404);
  });

  it('refuses to delete a Profile-enabled schema (400)', async () => {
    const api = await apiServer();
    const schema = await profileSchema(api);
    const response = await api.call('DELETE', `${SCHEMAS}/${enc(schema.$id)}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toMatch(/enabled for Profile/);
  });
});
