import { describe, expect, it } from 'vitest';
import { testEngine } from '../helpers';
import { COMMERCE, crmSchema, DEMOGRAPHIC, LOYALTY, PERSONAL_CONTACT, PROFILE, sandbox } from './builders';

describe('schema composition rules', () => {
  it('a schema is one class plus field groups, with tenant $id, altId and version 1.0', async () => {
    const { client } = await testEngine();
    const schema = await crmSchema(client);
    expect(schema.$id).toMatch(/^https:\/\/ns\.adobe\.com\/stager\/schemas\/id\d+$/);
    expect(schema['meta:altId']).toBe(`_stager.schemas.${schema.$id.split('/').pop()}`);
    expect(schema.version).toBe('1.0');
    expect(schema['meta:class']).toBe(PROFILE);
    expect(schema.allOf).toEqual([{ $ref: PROFILE }, { $ref: PERSONAL_CONTACT }, { $ref: DEMOGRAPHIC }]);
    expect(schema['meta:extends']).toEqual(
      expect.arrayContaining([PROFILE, 'https://ns.adobe.com/xdm/data/record', PERSONAL_CONTACT]),
    );
    expect(schema['meta:tenantNamespace']).toBe('_stager');
    expect(schema.fields.map((f) => f.path)).toEqual(
      expect.arrayContaining(['personalEmail.address', 'person.name.firstName', '_id']),
    );
  });

  it('refuses a field group not made for the class (meta:intendedToExtend)', async () => {
    const { client } = await testEngine();
    const refused = client.call('registry-schema-create', {
      sandbox,
      title: 'X',
      classId: PROFILE,
      fieldGroupIds: [COMMERCE],
    });
    await expect(refused).rejects.toMatchObject({ code: 'failed-precondition' });
    await expect(refused).rejects.toThrow(/not compatible with class XDM Individual Profile/);
    expect(await client.call('registry-schema-list', { sandbox })).toEqual([]);
  });

  it('refuses an unknown class and an unknown field group', async () => {
    const { client } = await testEngine();
    await expect(
      client.call('registry-schema-create', { sandbox, title: 'X', classId: 'nope' }),
    ).rejects.toMatchObject({ code: 'not-found' });
    await expect(
      client.call('registry-schema-create', {
        sandbox,
        title: 'X',
        classId: PROFILE,
        fieldGroupIds: ['Nope Group'],
      }),
    ).rejects.toThrow(/not a field group/);
  });

  it('names classes and field groups by $id, altId or title', async () => {
    const { client } = await testEngine();
    const schema = await client.call('registry-schema-create', {
      sandbox,
      title: 'By title',
      classId: 'XDM Individual Profile',
      fieldGroupIds: ['_xdm.context.profile-personal-details', 'Loyalty Details'],
    });
    expect(schema.allOf.map((r) => r.$ref)).toEqual([PROFILE, PERSONAL_CONTACT, LOYALTY]);
  });

  it('titles are unique per sandbox', async () => {
    const { client } = await testEngine();
    await crmSchema(client);
    await expect(crmSchema(client, 'crm customers')).rejects.toMatchObject({ code: 'already-exists' });
  });

  it('every change bumps the minor version', async () => {
    const { client } = await testEngine();
    const schema = await crmSchema(client);
    const v1 = await client.call('registry-schema-add-field-group', {
      sandbox,
      ref: schema.$id,
      fieldGroup: LOYALTY,
    });
    expect(v1.version).toBe('1.1');
    const v2 = await client.call('registry-schema-update', { sandbox, ref: schema.title, title: 'CRM' });
    expect(v2).toMatchObject({ version: '1.2', title: 'CRM' });
  });

  it('creates a schema from the platform POST body', async () => {
    const { client } = await testEngine();
    const schema = await client.call('registry-schema-create-from-body', {
      sandbox,
      body: { type: 'object', title: 'Pasted', allOf: [{ $ref: PROFILE }, { $ref: PERSONAL_CONTACT }] },
    });
    expect(schema).toMatchObject({ title: 'Pasted', 'meta:class': PROFILE, isProfileEnabled: false });
    await expect(
      client.call('registry-schema-create-from-body', {
        sandbox,
        body: {
          title: 'Two',
          allOf: [{ $ref: PROFILE }, { $ref: 'https://ns.adobe.com/xdm/context/experienceevent' }],
        },
      }),
    ).rejects.toThrow(/exactly one class/);
    await expect(
      client.call('registry-schema-create-from-body', { sandbox, body: { title: 'Bad', allOf: 'x' } }),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
  });
});

describe('custom fields', () => {
  it('live under _{tenantId} in the schema’s own tenant field group', async () => {
    const { client } = await testEngine();
    const schema = await crmSchema(client);
    const after = await client.call('registry-schema-add-field', {
      sandbox,
      ref: schema.$id,
      path: 'loyaltyTier',
      type: 'string',
      enum: ['gold', 'silver'],
    });
    const field = after.fields.find((f) => f.path === '_stager.loyaltyTier');
    expect(field).toMatchObject({ xdmType: 'enum', enum: ['gold', 'silver'], title: 'Loyalty Tier' });
    expect(after.fieldGroups.at(-1)).toMatchObject({ isTenant: true, title: 'CRM Customers custom fields' });
    const nested = await client.call('registry-schema-add-field', {
      sandbox,
      ref: schema.$id,
      path: '_stager.crm.score',
      type: 'long',
    });
    expect(nested.fields.find((f) => f.path === '_stager.crm.score')?.xdmType).toBe('long');
    expect(nested.fieldGroups.filter((g) => g.isTenant)).toHaveLength(1);
  });

  it.each([
    ['_other.field', /live under _stager/],
    ['_hidden', /live under _stager/],
    ['has space', /not allowed/],
    ['_stager._private', /not starting with "_"/],
    ['ok.fine', null],
  ])('path %j', async (path, error) => {
    const { client } = await testEngine();
    const schema = await crmSchema(client);
    const call = client.call('registry-schema-add-field', { sandbox, ref: schema.$id, path, type: 'string' });
    if (error) await expect(call).rejects.toThrow(error);
    else await expect(call).resolves.toBeTruthy();
  });

  it('refuses unknown types, duplicates and enums on non-strings', async () => {
    const { client } = await testEngine();
    const schema = await crmSchema(client);
    await expect(
      client.call('registry-schema-add-field', { sandbox, ref: schema.$id, path: 'a', type: 'float128' }),
    ).rejects.toThrow(/not one of/);
    await client.call('registry-schema-add-field', { sandbox, ref: schema.$id, path: 'a', type: 'string' });
    await expect(
      client.call('registry-schema-add-field', { sandbox, ref: schema.$id, path: 'a', type: 'string' }),
    ).rejects.toMatchObject({ code: 'already-exists' });
    await expect(
      client.call('registry-schema-add-field', {
        sandbox,
        ref: schema.$id,
        path: 'b',
        type: 'long',
        enum: ['x'],
      }),
    ).rejects.toThrow(/Only string fields/);
  });

  it('a field path keeps one type across all schemas of the sandbox', async () => {
    const { client } = await testEngine();
    const a = await crmSchema(client, 'A');
    const b = await crmSchema(client, 'B');
    await client.call('registry-schema-add-field', { sandbox, ref: a.$id, path: 'score', type: 'long' });
    const refused = client.call('registry-schema-add-field', {
      sandbox,
      ref: b.$id,
      path: 'score',
      type: 'string',
    });
    await expect(refused).rejects.toThrow(/_stager.score" is long in schema "A" and cannot be string here/);
    expect((await client.call('registry-schema-show', { sandbox, ref: b.$id })).version).toBe('1.0');
  });
});
