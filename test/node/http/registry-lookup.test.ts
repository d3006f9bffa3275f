// Schema Registry around schemas against a real engine: identity descriptors (help/xdm/api/descriptors.md),
// union schemas (unions.md) and the global container's standard classes and field groups.
import { describe, expect, it } from 'vitest';
import {
  apiServer,
  FULL_V1,
  ID_JSON,
  identityDescriptor,
  PERSONAL_CONTACT,
  PROFILE,
  REGISTRY,
  XED_JSON,
  XED_V1,
} from './harness';
import { createSchema, enc, profileSchema } from './registry-helpers';

describe('descriptors', () => {
  it('creates an identity descriptor (201, platform keys) and lists it keyed by @type in each Accept form', async () => {
    const api = await apiServer();
    const schema = await createSchema(api);
    const created = await api.call('POST', `${REGISTRY}/tenant/descriptors`, {
      json: identityDescriptor(schema.$id),
    });
    expect(created.statusCode).toBe(201);
    const descriptor = created.json();
    // help/xdm/api/descriptors.md "Create a descriptor" response.
    expect(Object.keys(descriptor).sort()).toEqual(
      [
        '@id',
        '@type',
        'meta:containerId',
        'xdm:isPrimary',
        'xdm:namespace',
        'xdm:property',
        'xdm:sourceProperty',
        'xdm:sourceSchema',
        'xdm:sourceVersion',
      ].sort(),
    );
    expect(descriptor).toMatchObject({ ...identityDescriptor(schema.$id), 'meta:containerId': 'tenant' });

    const id = descriptor['@id'];
    const list = (accept: string) =>
      api.call('GET', `${REGISTRY}/tenant/descriptors`, { headers: { accept } });
    expect((await list('application/vnd.adobe.xdm-link+json')).json()).toEqual({
      'xdm:descriptorIdentity': [`/tenant/descriptors/${id}`],
    });
    expect((await list('application/vnd.adobe.xdm-id+json')).json()).toEqual({
      'xdm:descriptorIdentity': [id],
    });
    expect((await list('application/vnd.adobe.xdm+json')).json()).toEqual({
      'xdm:descriptorIdentity': [descriptor],
    });
    expect((await list(ID_JSON)).statusCode).toBe(400);
    expect((await api.call('GET', `${REGISTRY}/tenant/descriptors/${id}`)).json()).toEqual(descriptor);
  });

  it('omits types with no descriptors (an empty object)', async () => {
    const api = await apiServer();
    expect(
      (
        await api.call('GET', `${REGISTRY}/tenant/descriptors`, {
          headers: { accept: 'application/vnd.adobe.xdm-link+json' },
        })
      ).json(),
    ).toEqual({});
  });

  it('takes a namespace by numeric id with xdm:property xdm:id', async () => {
    const api = await apiServer();
    const schema = await createSchema(api);
    const email = (await api.client.call('registry-namespace-list', { sandbox: 'prod' })).find(
      (n) => n.code === 'Email',
    )!;
    const created = await api.call('POST', `${REGISTRY}/tenant/descriptors`, {
      json: { ...identityDescriptor(schema.$id), 'xdm:namespace': email.id, 'xdm:property': 'xdm:id' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()['xdm:namespace']).toBe('Email');
  });

  it.each([
    [{ '@type': 'xdm:alternateDisplayInfo' }, /Only "xdm:descriptorIdentity"/],
    [{ 'xdm:sourceProperty': '/properties/personalEmail/properties/address' }, /no "properties" segments/],
    [{ 'xdm:sourceProperty': 'personalEmail/address' }, /start with "\/"/],
    [{ 'xdm:sourceVersion': 2 }, /must be 1/],
  ])('refuses %j with 400', async (override, message) => {
    const api = await apiServer();
    const schema = await createSchema(api);
    const response = await api.call('POST', `${REGISTRY}/tenant/descriptors`, {
      json: { ...identityDescriptor(schema.$id), ...override },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toMatch(message);
  });

  it.each([
    [{ 'xdm:namespace': 'NoSuchNamespace' }, /NoSuchNamespace/],
    [{ 'xdm:sourceProperty': '/personalEmail/nothing' }, /personalEmail\.nothing|nothing/],
  ])("answers %j (an unknown namespace or field) with the engine's 404", async (override, message) => {
    const api = await apiServer();
    const schema = await createSchema(api);
    const response = await api.call('POST', `${REGISTRY}/tenant/descriptors`, {
      json: { ...identityDescriptor(schema.$id), ...override },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().detail).toMatch(message);
  });

  it('answers an unknown schema with 404, and deletes a descriptor (204, then 404)', async () => {
    const api = await apiServer();
    expect(
      (
        await api.call('POST', `${REGISTRY}/tenant/descriptors`, {
          json: identityDescriptor('https://ns.adobe.com/stager/schemas/nope'),
        })
      ).statusCode,
    ).toBe(404);
    const schema = await createSchema(api);
    const id = (
      await api.call('POST', `${REGISTRY}/tenant/descriptors`, { json: identityDescriptor(schema.$id) })
    ).json()['@id'];
    expect((await api.call('DELETE', `${REGISTRY}/tenant/descriptors/${id}`)).statusCode).toBe(204);
    expect((await api.call('GET', `${REGISTRY}/tenant/descriptors/${id}`)).statusCode).toBe(404);
    expect((await api.call('DELETE', `${REGISTRY}/tenant/descriptors/${id}`)).statusCode).toBe(404);
  });
});

describe('unions', () => {
  it('lists no unions while nothing is enabled (200, empty results)', async () => {
    const api = await apiServer();
    const response = await api.call('GET', `${REGISTRY}/tenant/unions`, { headers: { accept: ID_JSON } });
    expect(response.statusCode).toBe(200);
    expect(response.json().results).toEqual([]);
  });

  it('lists and looks up the union of a class once a schema is enabled', async () => {
    const api = await apiServer();
    const schema = await profileSchema(api);
    const list = (
      await api.call('GET', `${REGISTRY}/tenant/unions`, { headers: { accept: ID_JSON } })
    ).json();
    expect(list.results).toHaveLength(1);
    const union = list.results[0];
    expect(Object.keys(union).sort()).toEqual(['$id', 'meta:altId', 'title', 'version']);
    expect(union.$id).toBe(`${PROFILE}__union`);
    const raw = await api.call('GET', `${REGISTRY}/tenant/unions/${enc(union.$id)}`, {
      headers: { accept: XED_V1 },
    });
    expect(raw.statusCode).toBe(200);
    expect(raw.json()).toMatchObject({
      'meta:resourceType': 'unions',
      'meta:class': PROFILE,
      allOf: [{ $ref: schema.$id }],
    });
    const full = (
      await api.call('GET', `${REGISTRY}/tenant/unions/${union['meta:altId']}`, {
        headers: { accept: FULL_V1 },
      })
    ).json();
    expect(full.properties).toHaveProperty('identityMap');
    expect(full.properties).toHaveProperty('personalEmail');
    expect(
      (
        await api.call('GET', `${REGISTRY}/tenant/unions/${enc(union.$id)}`, {
          headers: { accept: XED_JSON },
        })
      ).statusCode,
    ).toBe(400);
  });

  it('answers a class with no enabled schema with 404', async () => {
    const api = await apiServer();
    expect(
      (
        await api.call('GET', `${REGISTRY}/tenant/unions/${enc(`${PROFILE}__union`)}`, {
          headers: { accept: XED_V1 },
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('global classes and field groups', () => {
  it('lists standard classes and field groups from the library', async () => {
    const api = await apiServer();
    const classes = (
      await api.call('GET', `${REGISTRY}/global/classes`, { headers: { accept: ID_JSON } })
    ).json();
    expect(classes.results.length).toBeGreaterThan(5);
    expect(classes.results).toContainEqual({
      $id: PROFILE,
      'meta:altId': '_xdm.context.profile',
      version: '1.0',
      title: 'XDM Individual Profile',
    });
    const groups = (
      await api.call('GET', `${REGISTRY}/global/fieldgroups`, { headers: { accept: XED_JSON } })
    ).json();
    expect(groups.results.find((g: { $id: string }) => g.$id === PERSONAL_CONTACT)).toMatchObject({
      'meta:resourceType': 'mixins',
      'meta:containerId': 'global',
    });
  });

  it('looks up one class (raw and resolved) and refuses a field group under /classes', async () => {
    const api = await apiServer();
    const raw = await api.call('GET', `${REGISTRY}/global/classes/${enc(PROFILE)}`, {
      headers: { accept: XED_V1 },
    });
    expect(raw.statusCode).toBe(200);
    expect(raw.json()).toMatchObject({ $id: PROFILE, 'meta:resourceType': 'classes' });
    const full = (
      await api.call('GET', `${REGISTRY}/global/classes/_xdm.context.profile`, {
        headers: { accept: FULL_V1 },
      })
    ).json();
    expect(full.properties).toHaveProperty('_id');
    expect(
      (
        await api.call('GET', `${REGISTRY}/global/classes/${enc(PERSONAL_CONTACT)}`, {
          headers: { accept: XED_V1 },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await api.call('GET', `${REGISTRY}/global/fieldgroups/${enc(PERSONAL_CONTACT)}`, {
          headers: { accept: XED_V1 },
        })
      ).statusCode,
    ).toBe(200);
    expect(
      (await api.call('GET', `${REGISTRY}/global/classes/nope`, { headers: { accept: XED_V1 } })).statusCode,
    ).toBe(404);
  });
});
