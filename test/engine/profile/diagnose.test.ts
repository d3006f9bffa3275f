import { describe, expect, it } from 'vitest';
import type { DatasetTags, EngineClient } from '../../../shared/contract';
import { testEngine } from '../helpers';
import { ingest } from '../ingest/builders';
import { PERSONAL_CONTACT, sandbox } from '../registry/builders';
import { crmSchema, dataset, ECID, PROFILE_ON as on, webSchema } from './world';

async function crm(client: EngineClient, tags: DatasetTags = on, name = 'crm') {
  const schema = await crmSchema(client, `CRM ${name}`, { fieldGroupIds: [PERSONAL_CONTACT], phone: false });
  return dataset(client, name, schema, tags);
}

/** Ingests one record holding only a personal email (a.jsonl). */
function ingestEmail(client: EngineClient, datasetId: string, address: string) {
  return ingest(client, datasetId, 'a.jsonl', JSON.stringify({ personalEmail: { address } }), {
    format: 'json',
  });
}

/** A dataset "web" on an ExperienceEvent schema "Web", with one event (e1, e.jsonl) of these identities. */
async function webEvent(client: EngineClient, identityMap: Record<string, unknown>, tags: DatasetTags = on) {
  const web = await dataset(client, 'web', await webSchema(client, 'Web'), tags);
  const event = { _id: 'e1', timestamp: '2026-01-01T00:00:00Z', identityMap };
  await ingest(client, web.id, 'e.jsonl', JSON.stringify(event), { format: 'json' });
}

const matches = async (
  client: EngineClient,
  entityId: string,
  entityIdNS: string,
  mergePolicyId?: string,
) => {
  const diagnosis = await client.call('profile-diagnose', {
    sandbox,
    entityId,
    entityIdNS,
    ...(mergePolicyId ? { mergePolicyId } : {}),
  });
  return { diagnosis, causes: diagnosis.checks.filter((c) => c.isMatch).map((c) => c.cause) };
};

describe('why a profile is missing', () => {
  it('lists every cause in the documented order', async () => {
    const { client } = await testEngine();
    const { diagnosis } = await matches(client, 'x@example.com', 'Email');
    expect(diagnosis.checks.map((c) => c.cause)).toEqual([
      'dataset-not-enabled',
      'ingested-before-enabling',
      'wrong-namespace-or-value',
      'identity-value-rejected',
      'no-primary-identity',
      'single-identity-records',
      'graph-over-limit',
      'merge-policy-excludes-dataset',
    ]);
    expect(diagnosis.isFound).toBe(false);
    expect(diagnosis.checks.find((c) => c.cause === 'wrong-namespace-or-value')?.message).toMatch(
      /No successful batch holds Email: x@example.com/,
    );
  });

  it('dataset not enabled for Profile', async () => {
    const { client } = await testEngine();
    const dataset = await crm(client, {});
    const batch = await ingestEmail(client, dataset.id, 'ada@example.com');
    const { causes, diagnosis } = await matches(client, 'ada@example.com', 'Email');
    expect(causes).toEqual(['dataset-not-enabled']);
    expect(diagnosis.checks[0]?.evidence).toEqual([
      { datasetId: dataset.id, batchId: batch.id, row: 1, detail: 'crm' },
    ]);
  });

  it('data ingested before the dataset was enabled', async () => {
    const { client } = await testEngine();
    const dataset = await crm(client, {});
    await ingestEmail(client, dataset.id, 'ada@example.com');
    await client.call('catalog-dataset-set-tags', { sandbox, ref: dataset.id, tags: on });
    expect((await matches(client, 'ada@example.com', 'email')).causes).toEqual(['ingested-before-enabling']);
  });

  it('wrong value format or namespace', async () => {
    const { client } = await testEngine();
    const dataset = await crm(client);
    await ingestEmail(client, dataset.id, 'Ada@Example.com');
    const { causes, diagnosis } = await matches(client, 'ada@example.com', 'Email');
    expect(causes).toEqual(['wrong-namespace-or-value']);
    expect(diagnosis.checks[2]?.evidence[0]?.detail).toBe('stored as Email: "Ada@Example.com"');
  });

  it('identity value rejected by the value rules', async () => {
    const { client } = await testEngine();
    await webEvent(client, { ECID: [{ id: '123', primary: true }], Email: [{ id: 'ada@example.com' }] });
    expect((await matches(client, 'ada@example.com', 'Email')).causes).toEqual(['identity-value-rejected']);
  });

  it('records with no primary identity', async () => {
    const { client } = await testEngine();
    await webEvent(client, { ECID: [{ id: ECID }], Email: [{ id: 'ada@example.com' }] });
    expect((await matches(client, 'ada@example.com', 'Email')).causes).toEqual(['no-primary-identity']);
  });

  it('single-identity records link the identity to nothing', async () => {
    const { client } = await testEngine();
    await webEvent(
      client,
      { Email: [{ id: 'ada@example.com', primary: true }] },
      { unifiedIdentity: ['enabled:true'] },
    );
    const { causes } = await matches(client, 'ada@example.com', 'Email');
    expect(causes).toEqual(['dataset-not-enabled', 'single-identity-records']);
  });

  it('a merge policy that leaves the dataset out', async () => {
    const { client } = await testEngine();
    const a = await crm(client, on, 'a');
    const b = await crm(client, on, 'b');
    await ingestEmail(client, a.id, 'ada@example.com');
    const policy = await client.call('profile-policy-create', {
      sandbox,
      name: 'Only b',
      attributeMerge: { type: 'dataSetPrecedence', order: [b.id] },
    });
    const { causes, diagnosis } = await matches(client, 'ada@example.com', 'Email', policy.id);
    expect(causes).toEqual(['merge-policy-excludes-dataset']);
    expect(diagnosis.isFound).toBe(false);
    expect((await matches(client, 'ada@example.com', 'Email')).diagnosis.isFound).toBe(true);
  });
});
