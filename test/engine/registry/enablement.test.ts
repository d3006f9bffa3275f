import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../../../shared/contract';
import { testEngine } from '../helpers';
import {
  crmSchema,
  DEMOGRAPHIC,
  EVENT,
  IDENTITY_MAP,
  LOYALTY,
  PERSONAL_CONTACT,
  PRODUCT_CLASS,
  PROFILE,
  sandbox,
  schemaOf,
  WEB,
} from './builders';

/** Marks a field of a schema as an identity. */
function setIdentity(
  client: EngineClient,
  schema: { $id: string },
  path: string,
  namespace: string,
  isPrimary?: boolean,
) {
  return client.call('registry-schema-set-identity', {
    sandbox,
    ref: schema.$id,
    path,
    namespace,
    ...(isPrimary === undefined ? {} : { isPrimary }),
  });
}

describe('identity fields', () => {
  it('namespace codes match case-insensitively and are stored in their canonical form', async () => {
    const { client } = await testEngine();
    const schema = await schemaOf(client, 'S', PROFILE, [PERSONAL_CONTACT], {
      identities: [{ path: '/personalEmail/address', namespace: 'email', isPrimary: true }],
    });
    expect(schema.identities).toEqual([
      expect.objectContaining({
        '@type': 'xdm:descriptorIdentity',
        'xdm:sourceSchema': schema.$id,
        'xdm:sourceProperty': '/personalEmail/address',
        'xdm:namespace': 'Email',
        'xdm:isPrimary': true,
        'xdm:property': 'xdm:code',
      }),
    ]);
    expect(schema.fields.find((f) => f.path === 'personalEmail.address')).toMatchObject({
      identity: { namespace: 'Email', isPrimary: true },
      isRequired: true,
    });
  });

  it('only string fields can be identities', async () => {
    const { client } = await testEngine();
    const schema = await crmSchema(client);
    await expect(setIdentity(client, schema, 'person.birthDate', 'Email')).rejects.toThrow(
      /is date; only string fields can be identities/,
    );
  });

  it('an unknown namespace is refused with how to create it', async () => {
    const { client } = await testEngine();
    const schema = await crmSchema(client);
    await expect(setIdentity(client, schema, 'mobilePhone.number', 'CRMID')).rejects.toThrow(
      /namespace create --symbol CRMID/,
    );
  });

  it('a schema has only one primary identity', async () => {
    const { client } = await testEngine();
    const schema = await crmSchema(client);
    await expect(setIdentity(client, schema, 'mobilePhone.number', 'Phone', true)).rejects.toThrow(
      /already has a primary identity \(personalEmail.address\)/,
    );
    const secondary = await setIdentity(client, schema, 'mobilePhone.number', 'Phone');
    expect(secondary.identities.map((d) => [d['xdm:sourceProperty'], d['xdm:isPrimary']])).toEqual([
      ['/personalEmail/address', true],
      ['/mobilePhone/number', false],
    ]);
  });

  it('refuses identity paths in arrays, maps or with "properties" segments', async () => {
    const { client } = await testEngine();
    const schema = await crmSchema(client);
    for (const path of ['/properties/personalEmail/properties/address', 'identityMap{}[].id', 'a/']) {
      await expect(setIdentity(client, schema, path, 'Email')).rejects.toMatchObject({
        code: 'invalid-argument',
      });
    }
  });
});

describe('custom namespaces', () => {
  it('are created with a unique symbol and name, and listed after the standard ones', async () => {
    const { client } = await testEngine();
    const crm = await client.call('registry-namespace-create', {
      sandbox,
      code: 'CRMID',
      name: 'CRM ID',
      type: 'CROSS_DEVICE',
    });
    expect(crm).toMatchObject({ code: 'CRMID', isStandard: false, type: 'CROSS_DEVICE' });
    const list = await client.call('registry-namespace-list', { sandbox });
    expect(list.find((n) => n.code === 'ECID')).toMatchObject({ id: 4, type: 'COOKIE', isStandard: true });
    expect(list.at(-1)?.code).toBe('CRMID');
    await expect(
      client.call('registry-namespace-create', {
        sandbox,
        code: 'crmid',
        name: 'Other',
        type: 'CROSS_DEVICE',
      }),
    ).rejects.toMatchObject({ code: 'already-exists' });
    await expect(
      client.call('registry-namespace-create', { sandbox, code: 'X2', name: 'crm id', type: 'CROSS_DEVICE' }),
    ).rejects.toThrow(/name "CRM ID" already exists/);
    await expect(
      client.call('registry-namespace-create', { sandbox, code: 'Y', name: 'Y', type: 'SOMETHING' }),
    ).rejects.toThrow(/not one of/);
    await expect(
      client.call('registry-namespace-create', { sandbox, code: 'bad symbol', name: 'Z', type: 'DEVICE' }),
    ).rejects.toThrow(/not allowed/);
  });
});

describe('enabling a schema for Profile', () => {
  it('needs an Individual Profile or ExperienceEvent class', async () => {
    const { client } = await testEngine();
    const schema = await schemaOf(client, 'Products', PRODUCT_CLASS, [IDENTITY_MAP]);
    await expect(client.call('registry-schema-enable-profile', { sandbox, ref: schema.$id })).rejects.toThrow(
      /Class Product cannot be enabled for Profile/,
    );
  });

  it('needs a primary identity, and says how to add one', async () => {
    const { client } = await testEngine();
    const schema = await schemaOf(client, 'No id', PROFILE, [PERSONAL_CONTACT]);
    const refused = client.call('registry-schema-enable-profile', { sandbox, ref: schema.$id });
    await expect(refused).rejects.toThrow(/no primary identity/);
    await expect(refused).rejects.toThrow(/set-identity/);
    expect((await client.call('registry-schema-show', { sandbox, ref: schema.$id })).isProfileEnabled).toBe(
      false,
    );
  });

  it('accepts identityMap instead of a primary descriptor', async () => {
    const { client } = await testEngine();
    const schema = await schemaOf(client, 'Web events', EVENT, [WEB, IDENTITY_MAP]);
    const enabled = await client.call('registry-schema-enable-profile', { sandbox, ref: schema.$id });
    expect(enabled).toMatchObject({
      isProfileEnabled: true,
      'meta:immutableTags': ['union'],
      version: '1.1',
    });
  });

  it('is irreversible; enabling twice changes nothing', async () => {
    const { client } = await testEngine();
    const schema = await crmSchema(client);
    const once = await client.call('registry-schema-enable-profile', { sandbox, ref: schema.$id });
    const twice = await client.call('registry-schema-enable-profile', { sandbox, ref: schema.$id });
    expect(twice.version).toBe(once.version);
    await expect(client.call('registry-schema-delete', { sandbox, ref: schema.$id })).rejects.toThrow(
      /enabled for Profile and cannot be deleted/,
    );
  });

  it('after enabling only additive changes are accepted, and the refusal lists every breaking change', async () => {
    const { client } = await testEngine();
    const schema = await crmSchema(client);
    await client.call('registry-schema-add-field', {
      sandbox,
      ref: schema.$id,
      path: 'tier',
      type: 'string',
      enum: ['gold', 'silver'],
    });
    await client.call('registry-schema-enable-profile', { sandbox, ref: schema.$id });
    const added = await client.call('registry-schema-add-field-group', {
      sandbox,
      ref: schema.$id,
      fieldGroup: LOYALTY,
    });
    expect(added.fields.some((f) => f.path.startsWith('loyalty.'))).toBe(true);
    const removal = client.call('registry-schema-remove-field-group', {
      sandbox,
      ref: schema.$id,
      fieldGroup: DEMOGRAPHIC,
    });
    await expect(removal).rejects.toMatchObject({
      code: 'failed-precondition',
      details: {
        breakingChanges: expect.arrayContaining([
          expect.objectContaining({ kind: 'removed', path: 'person.birthDate' }),
        ]),
      },
    });
    await expect(removal).rejects.toThrow(/enabled for Profile, so only additive changes are allowed/);
    await expect(
      client.call('registry-schema-remove-identity', {
        sandbox,
        ref: schema.$id,
        path: 'personalEmail.address',
      }),
    ).rejects.toThrow(/primary identity personalEmail.address \(Email\) cannot change/);
  });

  it('reports what enabling locks before it happens', async () => {
    const { client } = await testEngine();
    const schema = await crmSchema(client);
    const report = await client.call('registry-schema-locks', { sandbox, ref: schema.$id });
    expect(report.isEnabled).toBe(false);
    expect(report.checks.map((c) => [c.rule, c.isMet])).toEqual([
      ['class', true],
      ['primary-identity', true],
      ['identity-fields', true],
    ]);
    expect(report.locks.join('\n')).toMatch(/never be disabled/);
    expect(report.locks.join('\n')).toMatch(/primary identity personalEmail.address \(Email\) cannot change/);
    expect(report.locks.join('\n')).toMatch(/profile__union/);
  });
});

describe('unions', () => {
  it('aggregate every Profile-enabled schema of a class plus identityMap, timeSeriesEvents and segmentMembership', async () => {
    const { client } = await testEngine();
    await expect(client.call('registry-union-show', { sandbox, classRef: PROFILE })).rejects.toMatchObject({
      code: 'not-found',
    });
    const crm = await crmSchema(client);
    await client.call('registry-schema-enable-profile', { sandbox, ref: crm.$id });
    const loyalty = await schemaOf(client, 'Loyalty', PROFILE, [LOYALTY, PERSONAL_CONTACT], {
      identities: [{ path: 'personalEmail.address', namespace: 'Email', isPrimary: true }],
      isProfileEnabled: true,
    });
    await schemaOf(client, 'Not enabled', PROFILE, [PERSONAL_CONTACT]);
    const union = await client.call('registry-union-show', {
      sandbox,
      classRef: '_xdm.context.profile__union',
    });
    expect(union).toMatchObject({
      $id: `${PROFILE}__union`,
      'meta:altId': '_xdm.context.profile__union',
      'meta:resourceType': 'unions',
      title: 'Union object for XDM Individual Profile',
    });
    expect(union.schemas.map((s) => s.title)).toEqual(['CRM Customers', 'Loyalty']);
    const paths = union.fields.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'person.birthDate',
        'loyalty.points',
        'identityMap',
        'timeSeriesEvents',
        'segmentMembership',
      ]),
    );
    expect(union.fields.find((f) => f.path === 'loyalty.points')?.source).toBe(loyalty.$id);
  });
});
