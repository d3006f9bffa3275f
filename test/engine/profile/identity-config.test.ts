// Per-sandbox identity configuration (settings table) and `profile-changed` events.
import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../../../shared/contract';
import type { EventPayload } from '../../../shared/contract/events';
import { DEFAULT_IDENTITY_CONFIG } from '../../../shared/engine/identity';
import { testEngine } from '../helpers';
import { ingest } from '../ingest/builders';
import { DEMOGRAPHIC, PERSONAL_CONTACT, PROFILE, sandbox } from '../registry/builders';

async function crm(client: EngineClient) {
  const schema = await client.call('registry-schema-create', {
    sandbox,
    title: 'CRM',
    classId: PROFILE,
    fieldGroupIds: [PERSONAL_CONTACT, DEMOGRAPHIC],
    identities: [
      { path: 'personalEmail.address', namespace: 'Email', isPrimary: true },
      { path: 'mobilePhone.number', namespace: 'Phone' },
      { path: 'homePhone.number', namespace: 'Phone' },
    ],
    isProfileEnabled: true,
  });
  const dataset = await client.call('catalog-dataset-create', {
    sandbox,
    name: 'crm',
    schemaRef: schema.$id,
    tags: { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] },
  });
  return dataset.id;
}

describe('identity configuration per sandbox', () => {
  it('starts at the defaults and changes keys given as the CLI writes them', async () => {
    const { client } = await testEngine();
    expect(await client.call('identity-config-show', { sandbox })).toEqual({
      config: DEFAULT_IDENTITY_CONFIG,
      changed: [],
    });
    const set = await client.call('identity-config-set', {
      sandbox,
      changes: {
        maxIdentitiesPerGraph: '30',
        isGraphCapEnforced: 'false',
        uniqueNamespaces: 'Email',
        evictionOrder: 'COOKIE;DEVICE;CROSS_DEVICE,EMAIL,PHONE',
        namespacePriority: 'Email=1,ECID=2',
      },
    });
    expect(set.changed).toEqual([
      'evictionOrder',
      'isGraphCapEnforced',
      'maxIdentitiesPerGraph',
      'namespacePriority',
      'uniqueNamespaces',
    ]);
    expect(set.config).toMatchObject({
      maxIdentitiesPerGraph: 30,
      isGraphCapEnforced: false,
      uniqueNamespaces: ['Email'],
      evictionOrder: [['COOKIE'], ['DEVICE'], ['CROSS_DEVICE', 'EMAIL', 'PHONE']],
      namespacePriority: { Email: 1, ECID: 2 },
    });
    const reset = await client.call('identity-config-set', {
      sandbox,
      changes: { maxIdentitiesPerGraph: null },
    });
    expect(reset.config.maxIdentitiesPerGraph).toBe(DEFAULT_IDENTITY_CONFIG.maxIdentitiesPerGraph);
    expect(reset.changed).not.toContain('maxIdentitiesPerGraph');
  });

  it('refuses unknown keys and bad values with every problem named, and keeps the old configuration', async () => {
    const { client } = await testEngine();
    await expect(client.call('identity-config-set', { sandbox, changes: { maxGraph: 3 } })).rejects.toThrow(
      /Unknown identity configuration key maxGraph\. Known keys: maxIdentitiesPerGraph/,
    );
    await expect(
      client.call('identity-config-set', {
        sandbox,
        changes: { maxIdentitiesPerGraph: '1', evictionAge: 'newest' },
      }),
    ).rejects.toThrow(
      /maxIdentitiesPerGraph must be an integer of at least 2\..*evictionAge must be "last-link" or "first-seen"/,
    );
    await expect(
      client.call('identity-config-set', { sandbox, changes: { uniqueNamespaces: 'NOPE' } }),
    ).rejects.toThrow(/uniqueNamespaces: Namespace Code NOPE is not registered/);
    await expect(
      client.call('identity-config-set', { sandbox, changes: { isGraphCapEnforced: 'maybe' } }),
    ).rejects.toThrow(/isGraphCapEnforced is true or false/);
    await expect(client.call('identity-config-set', { sandbox, changes: { version: 2 } })).rejects.toThrow(
      /Unknown identity configuration key version/,
    );
    expect((await client.call('identity-config-show', { sandbox })).changed).toEqual([]);
  });

  it('rebuilds the graph under the new limits at once, and keeps them across a restart', async () => {
    const first = await testEngine();
    const datasetId = await crm(first.client);
    await ingest(
      first.client,
      datasetId,
      'crm.csv',
      'personalEmail.address,mobilePhone.number,homePhone.number\nada@example.com,+31611111111,+31200000000\n',
    );
    const graph = async (client: EngineClient) =>
      (await client.call('profile-graph', { sandbox, entityId: 'ada@example.com', entityIdNS: 'Email' }))
        ?.identities.length;
    expect(await graph(first.client)).toBe(3);
    await first.client.call('identity-config-set', { sandbox, changes: { maxIdentitiesPerGraph: 2 } });
    // Three identities in one record pass a cap of 2: identities are deleted and the graph falls apart.
    const capped = await graph(first.client);
    expect(capped ?? 0).toBeLessThan(3);
    first.engine.close();
    const second = await testEngine(first.idb);
    expect((await second.client.call('identity-config-show', { sandbox })).config.maxIdentitiesPerGraph).toBe(
      2,
    );
    expect(await graph(second.client)).toBe(capped);
    second.engine.close();
  });
});

describe('graph cap off', () => {
  it('lets graphs grow past 50 and Profile answers "Too many related identities" for them', async () => {
    const { client } = await testEngine();
    const datasetId = await crm(client);
    const rows = Array.from(
      { length: 26 },
      (_, i) =>
        `ada@example.com,+316100000${String(i).padStart(2, '0')},+312000000${String(i).padStart(2, '0')}`,
    );
    const csv = `personalEmail.address,mobilePhone.number,homePhone.number\n${rows.join('\n')}\n`;
    await ingest(client, datasetId, 'crm.csv', csv);
    const capped = await client.call('profile-graph', {
      sandbox,
      entityId: 'ada@example.com',
      entityIdNS: 'Email',
    });
    expect(capped?.identities.length).toBeLessThanOrEqual(50);
    await client.call('identity-config-set', { sandbox, changes: { isGraphCapEnforced: 'false' } });
    const grown = await client.call('profile-graph', {
      sandbox,
      entityId: 'ada@example.com',
      entityIdNS: 'Email',
    });
    expect(grown?.identities).toHaveLength(53);
    expect(grown?.isOverLimit).toBe(true);
    await expect(
      client.call('profile-entity-get', { sandbox, entityId: 'ada@example.com', entityIdNS: 'Email' }),
    ).rejects.toThrow(/Too many related identities.*53 identities, above the limit of 50/);
  });
});

describe('profile-changed', () => {
  it('is sent when a batch is applied or reverted, a merge policy changes, or the identity configuration changes', async () => {
    const { client, engine } = await testEngine();
    const seen: EventPayload<'profile-changed'>[] = [];
    engine.events.on('profile-changed', (payload) => seen.push(payload));
    const datasetId = await crm(client);
    const batch = await ingest(
      client,
      datasetId,
      'crm.csv',
      'personalEmail.address,mobilePhone.number,homePhone.number\nada@example.com,+31611111111,+31200000000\n',
    );
    expect(batch.status).toBe('success');
    await client.call('ingest-batch-revert', { sandbox, batchId: batch.id });
    const policy = await client.call('profile-policy-create', {
      sandbox,
      name: 'CRM first',
      attributeMerge: { type: 'dataSetPrecedence', order: [datasetId] },
    });
    await client.call('profile-policy-update', { sandbox, id: policy.id, name: 'CRM only' });
    await client.call('profile-policy-delete', { sandbox, id: policy.id });
    await client.call('identity-config-set', { sandbox, changes: { maxIdentitiesPerGraph: 40 } });
    await expect(client.call('profile-policy-delete', { sandbox, id: 'nope' })).rejects.toThrow();
    expect(seen).toEqual([
      { sandbox, reason: 'batch-applied', batchId: batch.id },
      { sandbox, reason: 'batch-reverted', batchId: batch.id },
      { sandbox, reason: 'merge-policy-changed', mergePolicyId: policy.id },
      { sandbox, reason: 'merge-policy-changed', mergePolicyId: policy.id },
      { sandbox, reason: 'merge-policy-changed', mergePolicyId: policy.id },
      { sandbox, reason: 'identity-config-changed' },
    ]);
  });
});

describe('reads after restart', () => {
  it('a new engine over the same IndexedDB answers as the first did', async () => {
    const first = await testEngine();
    const datasetId = await crm(first.client);
    const batch = await ingest(
      first.client,
      datasetId,
      'crm.csv',
      'personalEmail.address,mobilePhone.number,homePhone.number\nada@example.com,+31611111111,+31200000000\nli@example.com,+31622222222,+31200000001\n',
    );
    expect(batch.status).toBe('success');
    const ask = async (client: EngineClient) => ({
      detail: await client.call('profile-detail', { sandbox, entityId: '+31611111111', entityIdNS: 'Phone' }),
      stats: await client.call('profile-stats', { sandbox }),
    });
    const before = await ask(first.client);
    expect(before.detail?.identities).toHaveLength(3);
    expect(before.stats.profiles).toBe(2);
    first.engine.close();
    const second = await testEngine(first.idb);
    expect(await ask(second.client)).toEqual(before);
    second.engine.close();
  });
});
