import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../../../shared/contract';
import { testEngine } from '../helpers';
import { ingest } from '../ingest/builders';
import { sandbox } from '../registry/builders';
import { adaLoyalty, crmSchema, dataset, loyaltySchema } from './world';

const ada = { namespace: 'Email', id: 'ada@example.com' };

/** Ada in a CRM dataset, then in a loyalty dataset ingested later (so timestampOrdered prefers loyalty). */
async function world(client: EngineClient) {
  const crmView = await crmSchema(client, 'CRM', { phone: false });
  const loyaltyView = await loyaltySchema(client);
  const crm = await dataset(client, 'crm', crmView);
  const loyalty = await dataset(client, 'loyalty', loyaltyView);
  await ingest(
    client,
    crm.id,
    'crm.csv',
    'personalEmail.address,person.name.firstName\nada@example.com,Ada\n',
  );
  await adaLoyalty(client, loyalty.id, 'Ada (loyalty)', 50);
  return { crm, loyalty };
}

describe('profile-policy-preview', () => {
  it('shows the profile under a draft that differs from the saved policy', async () => {
    const { client } = await testEngine();
    const w = await world(client);
    const [saved] = await client.call('profile-policy-list', { sandbox });
    const before = await client.call('profile-detail', {
      sandbox,
      entityId: ada.id,
      entityIdNS: ada.namespace,
      mergePolicyId: saved?.id as string,
    });
    expect(before?.entity).toMatchObject({ person: { name: { firstName: 'Ada (loyalty)' } } });

    const draft = {
      name: saved?.name as string,
      attributeMerge: { type: 'dataSetPrecedence' as const, order: [w.crm.id, w.loyalty.id] },
      identityGraph: { type: 'pdg' as const },
    };
    const preview = await client.call('profile-policy-preview', {
      sandbox,
      identity: ada,
      draft,
      policyId: saved?.id as string,
    });
    expect(preview?.entity).toMatchObject({
      person: { name: { firstName: 'Ada' } },
      loyalty: { points: 50 },
    });
    expect(preview?.provenance['person.name.firstName']).toMatchObject({
      datasetId: w.crm.id,
      rule: 'dataSetPrecedence',
    });
    expect(preview?.mergePolicyId).toBe(saved?.id);

    // A new policy (no policyId) previews too; leaving the CRM dataset out drops its values.
    const loyaltyOnly = await client.call('profile-policy-preview', {
      sandbox,
      identity: ada,
      draft: { name: 'Loyalty only', attributeMerge: { type: 'dataSetPrecedence', order: [w.loyalty.id] } },
    });
    expect(loyaltyOnly?.fragments.map((f) => f.datasetId)).toEqual([w.loyalty.id]);
    expect(loyaltyOnly?.mergePolicyId).toBe('draft');
  });

  it('persists nothing: the saved policies and the profile are as before', async () => {
    const { client } = await testEngine();
    const w = await world(client);
    const policiesBefore = await client.call('profile-policy-list', { sandbox });
    const [saved] = policiesBefore;
    await client.call('profile-policy-preview', {
      sandbox,
      identity: ada,
      draft: {
        name: 'Renamed',
        default: true,
        attributeMerge: { type: 'dataSetPrecedence', order: [w.crm.id] },
      },
      policyId: saved?.id as string,
    });
    await client.call('profile-policy-preview', {
      sandbox,
      identity: ada,
      draft: { name: 'New one', default: true },
    });
    expect(await client.call('profile-policy-list', { sandbox })).toEqual(policiesBefore);
    const after = await client.call('profile-detail', {
      sandbox,
      entityId: ada.id,
      entityIdNS: ada.namespace,
    });
    expect(after?.entity).toMatchObject({ person: { name: { firstName: 'Ada (loyalty)' } } });
  });

  it('rejects an invalid draft with the rules of create and update', async () => {
    const { client } = await testEngine();
    const w = await world(client);
    const [saved] = await client.call('profile-policy-list', { sandbox });
    const preview = (draft: Record<string, unknown>, policyId?: string) =>
      client.call('profile-policy-preview', {
        sandbox,
        identity: ada,
        draft,
        ...(policyId ? { policyId } : {}),
      });
    await expect(preview({ name: '  ' })).rejects.toMatchObject({
      code: 'invalid-argument',
      message: expect.stringContaining('needs a name'),
    });
    await expect(
      preview({ name: 'X', attributeMerge: { type: 'dataSetPrecedence', order: [] } }),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(
      preview({ name: 'X', attributeMerge: { type: 'dataSetPrecedence', order: ['nope'] } }),
    ).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('nope') });
    await expect(preview({ name: saved?.name as string })).rejects.toMatchObject({ code: 'already-exists' });
    for (let i = 2; i <= 5; i++)
      await client.call('profile-policy-create', {
        sandbox,
        name: `Policy ${i}`,
        attributeMerge: { type: 'dataSetPrecedence', order: [w.crm.id] },
      });
    await expect(preview({ name: 'Sixth' })).rejects.toMatchObject({
      code: 'failed-precondition',
      message: expect.stringContaining('at most 5'),
    });
    // Editing one of the five is still fine, but not under another policy's name.
    await expect(preview({ name: 'Policy 3' }, saved?.id as string)).rejects.toMatchObject({
      code: 'already-exists',
    });
    expect(await preview({ name: 'Still the default' }, saved?.id as string)).toMatchObject({
      entity: { person: { name: { firstName: 'Ada (loyalty)' } } },
    });
  });

  it('an identity with nothing stored previews as null', async () => {
    const { client } = await testEngine();
    await world(client);
    expect(
      await client.call('profile-policy-preview', {
        sandbox,
        identity: { namespace: 'Email', id: 'nobody@example.com' },
        draft: { name: 'Any' },
      }),
    ).toBeNull();
  });
});
