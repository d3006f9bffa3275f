// Profile's delta staged while a batch is ingested: applying it gives exactly what parsing the batch's
// pages gives (a new engine over the same IndexedDB has nothing staged and reads the pages), and a
// batch that fails, is aborted or was read under other identity rules leaves nothing staged behind.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testEngine } from '../helpers';
import { ingest } from '../ingest/builders';
import { sandbox } from '../registry/builders';
import { answers, batches, ingestBatch, world } from './world';

const blob = (text: string) => new Blob([text]);

describe('staged profile deltas', () => {
  it('applying staged deltas equals applying the pages (property)', async () => {
    await fc.assert(
      fc.asyncProperty(batches, fc.boolean(), async (plan, isReadBetween) => {
        const first = await testEngine();
        const ids = await world(first.client);
        for (const rows of plan) {
          await ingestBatch(first.client, ids, rows);
          // Either the loaded state applies each batch as it succeeds, or one build applies them all.
          if (isReadBetween) await first.client.call('profile-stats', { sandbox });
        }
        const staged = await answers(first.client);
        expect(first.engine.profiles.stagedApplied).toBe(plan.length);
        expect(first.engine.profiles.stagedCount).toBe(0);
        first.engine.close();
        const restarted = await testEngine(first.idb);
        const fromPages = await answers(restarted.client);
        expect(restarted.engine.profiles.stagedApplied).toBe(0);
        restarted.engine.close();
        expect(staged).toEqual(fromPages);
      }),
      { numRuns: 10, seed: 7 },
    );
  }, 600_000);

  it('a batch of several files stages all of them', async () => {
    const { client, engine } = await testEngine();
    const ids = await world(client);
    const batch = await client.call('ingest-batch-create', {
      sandbox,
      datasetId: ids.crm,
      inputFormat: { format: 'csv' },
    });
    const header = 'personalEmail.address,mobilePhone.number,person.name.firstName\n';
    await client.call('ingest-batch-add-file', {
      sandbox,
      batchId: batch.id,
      name: 'a.csv',
      file: blob(`${header}ada@example.com,+31611111111,Ada\n`),
    });
    await client.call('ingest-batch-add-file', {
      sandbox,
      batchId: batch.id,
      name: 'b.csv',
      file: blob(`${header}li@example.com,+31611111111,Li\n`),
    });
    await client.call('ingest-batch-complete', { sandbox, batchId: batch.id });
    const graph = await client.call('profile-graph', {
      sandbox,
      entityId: 'ada@example.com',
      entityIdNS: 'Email',
    });
    expect(engine.profiles.stagedApplied).toBe(1);
    expect(JSON.stringify(graph)).toContain('li@example.com');
  });

  it('a failed batch drops what it staged and adds nothing', async () => {
    const { client, engine } = await testEngine();
    const ids = await world(client);
    const failed = await ingest(
      client,
      ids.crm,
      'crm.csv',
      'personalEmail.address,person.birthDate\nada@example.com,1985-12-10\nli@example.com,not a date\n',
    );
    expect(failed.status).toBe('failed');
    expect(engine.profiles.stagedCount).toBe(0);
    const stats = await client.call('profile-stats', { sandbox });
    expect(stats.profiles).toBe(0);
    expect(engine.profiles.stagedApplied).toBe(0);
  });

  it('an aborted batch drops what it staged', async () => {
    const { client, engine } = await testEngine();
    const ids = await world(client);
    const batch = await client.call('ingest-batch-create', {
      sandbox,
      datasetId: ids.crm,
      inputFormat: { format: 'csv' },
    });
    await client.call('ingest-batch-add-file', {
      sandbox,
      batchId: batch.id,
      name: 'a.csv',
      file: blob('personalEmail.address,person.name.firstName\nada@example.com,Ada\n'),
    });
    expect(engine.profiles.stagedCount).toBe(1);
    await client.call('ingest-batch-abort', { sandbox, batchId: batch.id });
    expect(engine.profiles.stagedCount).toBe(0);
    expect((await client.call('profile-stats', { sandbox })).profiles).toBe(0);
  });

  it('a batch read under other identity rules is applied from its pages', async () => {
    const { client, engine } = await testEngine();
    const ids = await world(client);
    const batch = await client.call('ingest-batch-create', {
      sandbox,
      datasetId: ids.web,
      inputFormat: { format: 'json' },
    });
    const event = {
      _id: 'e1',
      timestamp: '2026-01-10T10:00:00Z',
      eventType: 'web.webpagedetails.pageViews',
      identityMap: { loyaltyid: [{ id: 'L1', primary: true }], Email: [{ id: 'ada@example.com' }] },
    };
    await client.call('ingest-batch-add-file', {
      sandbox,
      batchId: batch.id,
      name: 'web.jsonl',
      file: blob(JSON.stringify(event)),
    });
    // A namespace created after the rows were staged changes how `loyaltyid` is spelled.
    await client.call('registry-namespace-create', {
      sandbox,
      code: 'LoyaltyID',
      name: 'Loyalty ID',
      type: 'CROSS_DEVICE',
    });
    await client.call('ingest-batch-complete', { sandbox, batchId: batch.id });
    const graph = await client.call('profile-graph', { sandbox, entityId: 'L1', entityIdNS: 'LoyaltyID' });
    expect(engine.profiles.stagedApplied).toBe(0);
    expect(JSON.stringify(graph)).toContain('ada@example.com');
  });
});
