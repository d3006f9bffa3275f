// Profile endpoints (SPEC §6.2, §7): merge policies, /access/entities GET and POST, preview status.
import { describe, expect, it } from 'vitest';
import { apiServer, type Api } from './harness';
import { ingest } from '../../engine/ingest/builders';
import { crmSchema, dataset as datasetOn } from '../../engine/profile/world';

const UPS = '/data/core/ups';

async function withPerson(): Promise<Api & { datasetId: string; schemaId: string }> {
  const api = await apiServer();
  const schema = await crmSchema(api.client);
  const dataset = await datasetOn(api.client, 'crm', schema);
  await ingest(
    api.client,
    dataset.id,
    'crm.jsonl',
    JSON.stringify({
      personalEmail: { address: 'jane@example.com' },
      mobilePhone: { number: '+31600000001' },
      person: { name: { firstName: 'Jane', lastName: 'Doe' } },
    }),
    { format: 'json' },
  );
  return { ...api, datasetId: dataset.id, schemaId: schema.$id };
}

describe('Profile Access over HTTP', () => {
  it('GET /access/entities returns the profile keyed by XID with the documented keys', async () => {
    const api = await withPerson();
    const response = await api.call(
      'GET',
      `${UPS}/access/entities?schema.name=_xdm.context.profile&entityId=jane@example.com&entityIdNS=email&fields=identities,person.name`,
    );
    expect(response.statusCode).toBe(200);
    const body = response.json() as Record<string, Record<string, unknown>>;
    const [xid, entity] = Object.entries(body)[0] ?? [];
    expect(Object.keys(entity ?? {}).sort()).toEqual([
      'entity',
      'entityId',
      'identityGraph',
      'lastModifiedAt',
      'mergePolicy',
      'sources',
      'tags',
    ]);
    expect(entity).toMatchObject({
      entityId: xid,
      sources: [api.datasetId],
      entity: { person: { name: { firstName: 'Jane', lastName: 'Doe' } } },
    });
    expect((entity?.entity as { identities: unknown[] }).identities).toHaveLength(2);
  });

  it('GET without schema.name is 400; an unknown identity is 404', async () => {
    const api = await withPerson();
    expect((await api.call('GET', `${UPS}/access/entities?entityId=x`)).statusCode).toBe(400);
    expect(
      (
        await api.call(
          'GET',
          `${UPS}/access/entities?schema.name=_xdm.context.profile&entityId=nobody@example.com&entityIdNS=Email`,
        )
      ).statusCode,
    ).toBe(404);
  });

  it('POST /access/entities answers unknown identities with the empty placeholder', async () => {
    const api = await withPerson();
    const response = await api.call('POST', `${UPS}/access/entities`, {
      json: {
        schema: { name: '_xdm.context.profile' },
        identities: [
          { entityId: 'nobody@example.com', entityIdNS: { code: 'Email' } },
          { entityId: '+31600000001', entityIdNS: { code: 'Phone' } },
        ],
      },
    });
    expect(response.statusCode).toBe(200);
    const values = Object.values(response.json() as Record<string, { entity: Record<string, unknown> }>);
    expect(values[0]).toEqual({
      entityId: expect.any(String),
      sources: [''],
      entity: {},
      lastModifiedAt: '1970-01-01T00:00:00Z',
    });
    expect(values[1]?.entity).toMatchObject({ person: { name: { firstName: 'Jane' } } });
  });
});

describe('merge policies over HTTP', () => {
  it('lists the default policy, creates, patches default, bulk-gets and deletes', async () => {
    const api = await withPerson();
    const list = (await api.call('GET', `${UPS}/config/mergePolicies`)).json() as {
      children: { name: string; default: boolean }[];
      _page: { totalCount: number };
    };
    expect(list._page.totalCount).toBe(1);
    expect(list.children[0]).toMatchObject({
      name: 'Default Timebased',
      default: true,
      schema: { name: '_xdm.context.profile' },
      identityGraph: { type: 'pdg' },
      attributeMerge: { type: 'timestampOrdered' },
    });
    const created = await api.call('POST', `${UPS}/config/mergePolicies`, {
      json: {
        name: 'CRM first',
        schema: { name: '_xdm.context.profile' },
        identityGraph: { type: 'none' },
        attributeMerge: { type: 'dataSetPrecedence', order: [api.datasetId] },
      },
    });
    expect(created.statusCode).toBe(200);
    const policy = created.json() as { id: string; version: number };
    const patched = await api.call('PATCH', `${UPS}/config/mergePolicies/${policy.id}`, {
      json: { op: 'add', path: '/default', value: 'true' },
    });
    expect(patched.json()).toMatchObject({ default: true, version: 2 });
    const bulk = await api.call('POST', `${UPS}/config/mergePolicies/bulk-get`, {
      json: { ids: [{ id: policy.id }, { id: 'missing' }] },
    });
    expect(bulk.statusCode).toBe(207);
    expect(Object.keys((bulk.json() as { results: object }).results)).toEqual([policy.id, 'missing']);
    expect((await api.call('GET', `${UPS}/config/mergePolicies?default=true`)).json()).toMatchObject({
      children: [{ id: policy.id }],
    });
    expect((await api.call('DELETE', `${UPS}/config/mergePolicies/${policy.id}`)).statusCode).toBe(200);
    expect((await api.call('GET', `${UPS}/config/mergePolicies/${policy.id}`)).statusCode).toBe(404);
    expect(
      (
        await api.call('POST', `${UPS}/config/mergePolicies`, {
          json: { name: 'Bad', schema: { name: '_xdm.context.experienceevent' } },
        })
      ).statusCode,
    ).toBe(400);
  });
});

describe('merge policy preview over HTTP (a local addition)', () => {
  it("answers a draft policy's merged profile without saving the policy", async () => {
    const api = await withPerson();
    const shop = await api.client.call('catalog-dataset-create', {
      sandbox: 'prod',
      name: 'shop',
      schemaRef: api.schemaId,
      tags: { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] },
    });
    const shopBatch = await ingest(
      api.client,
      shop.id,
      'shop.jsonl',
      JSON.stringify({
        personalEmail: { address: 'jane@example.com' },
        mobilePhone: { number: '+31600000001' },
        person: { name: { firstName: 'Janet', lastName: 'Doe' } },
      }),
      { format: 'json', enableErrorDiagnostics: true },
    );
    expect(shopBatch.status).toBe('success');
    const preview = (order: string[], extra: object = {}) =>
      api.call('POST', `${UPS}/config/mergePolicies/preview`, {
        json: {
          identity: { id: 'jane@example.com', namespace: 'Email' },
          policy: {
            schema: { name: '_xdm.context.profile' },
            identityGraph: { type: 'pdg' },
            attributeMerge: { type: 'dataSetPrecedence', order },
          },
          ...extra,
        },
      });
    const crmFirst = await preview([api.datasetId, shop.id]);
    expect(crmFirst.statusCode).toBe(200);
    expect(crmFirst.json()).toMatchObject({
      entity: { person: { name: { firstName: 'Jane' } } },
      provenance: { 'person.name.firstName': { datasetId: api.datasetId } },
    });
    const shopFirst = await preview([shop.id, api.datasetId]);
    expect(shopFirst.json()).toMatchObject({ entity: { person: { name: { firstName: 'Janet' } } } });
    // Nothing was saved; the default policy still answers lookups.
    const list = (await api.call('GET', `${UPS}/config/mergePolicies`)).json() as {
      _page: { totalCount: number };
    };
    expect(list._page.totalCount).toBe(1);

    // A draft that edits a policy is checked as an update of it.
    const [current] = (await api.client.call('profile-policy-list', { sandbox: 'prod' })) as { id: string }[];
    const edited = await preview([shop.id], { policyId: current?.id });
    expect(edited.json()).toMatchObject({ entity: { person: { name: { firstName: 'Janet' } } } });

    const unknownDataset = await preview(['no-such-dataset']);
    expect(unknownDataset.statusCode).toBe(404);
    expect(JSON.stringify(unknownDataset.json())).toContain('no-such-dataset');
    const noIdentity = await api.call('POST', `${UPS}/config/mergePolicies/preview`, {
      json: { policy: { identityGraph: { type: 'none' } } },
    });
    expect(noIdentity.statusCode).toBe(400);
    expect(JSON.stringify(noIdentity.json())).toContain('identity');
    const nobody = await api.call('POST', `${UPS}/config/mergePolicies/preview`, {
      json: { identity: { id: 'nobody@example.com', namespace: 'Email' }, policy: {} },
    });
    expect(nobody.statusCode).toBe(404);
  });
});

describe('preview sample status', () => {
  it('reports profile and fragment counts, per dataset and per namespace', async () => {
    const api = await withPerson();
    const status = (await api.call('GET', `${UPS}/previewsamplestatus`)).json() as Record<string, unknown>;
    expect(status).toMatchObject({ totalRows: '1', totalFragmentCount: 1, status: 'TASK_FINISHED' });
    const byDataset = (await api.call('GET', `${UPS}/previewsamplestatus/report/dataset`)).json() as {
      data: { value: string; sampleCount: number }[];
    };
    expect(byDataset.data).toEqual([
      expect.objectContaining({ value: api.datasetId, sampleCount: 1, name: 'crm' }),
    ]);
    const byNamespace = (await api.call('GET', `${UPS}/previewsamplestatus/report/namespace`)).json() as {
      data: { code: string; value: string }[];
    };
    expect(byNamespace.data.find((n) => n.code === 'Email')).toMatchObject({ value: '6' });
  });
});
