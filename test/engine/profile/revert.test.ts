// Incremental revert of the profile store: taking one batch out (links, fragments, events, the
// fragments it patched and the duplicate events it hid) gives exactly what a fresh build over the
// remaining batches gives — a new engine over the same IndexedDB, which never saw the reverted batch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testEngine } from '../helpers';
import { sandbox } from '../registry/builders';
import { answers, batches, ECIDS, EMAILS, ingestBatch, world } from './random-batches';

describe('incremental revert', () => {
  it('reverting any batch equals a fresh build without it (property)', async () => {
    await fc.assert(
      fc.asyncProperty(batches, fc.nat(), async (plan, pick) => {
        const first = await testEngine();
        const ids = await world(first.client);
        const batchIds: string[] = [];
        for (const rows of plan) batchIds.push(await ingestBatch(first.client, ids, rows));
        // Build the state once, so the revert below is taken out incrementally.
        await answers(first.client);
        await first.client.call('ingest-batch-revert', {
          sandbox,
          batchId: batchIds[pick % batchIds.length] as string,
        });
        const incremental = await answers(first.client);
        first.engine.close();
        const restarted = await testEngine(first.idb);
        const rebuilt = await answers(restarted.client);
        restarted.engine.close();
        expect(incremental).toEqual(rebuilt);
      }),
      { numRuns: 12, seed: 5 },
    );
  }, 600_000);

  it('an event hidden as a duplicate comes back when the batch holding the first copy is reverted', async () => {
    const { client } = await testEngine();
    const ids = await world(client);
    const first = await ingestBatch(client, ids, [{ kind: 'web', event: 1, ecid: 0, email: null, day: 1 }]);
    await ingestBatch(client, ids, [{ kind: 'web', event: 1, ecid: 1, email: null, day: 2 }]);
    const before = await client.call('profile-events', {
      sandbox,
      relatedEntityId: ECIDS[1] as string,
      relatedEntityIdNS: 'ECID',
    });
    expect(before.children).toHaveLength(0);
    await client.call('ingest-batch-revert', { sandbox, batchId: first });
    const after = await client.call('profile-events', {
      sandbox,
      relatedEntityId: ECIDS[1] as string,
      relatedEntityIdNS: 'ECID',
    });
    expect(after.children.map((e) => e.entityId)).toEqual(['e1']);
  }, 120_000);

  it('reverting an upsert patch restores the fields it overwrote and the earlier identities only', async () => {
    const { client } = await testEngine();
    const ids = await world(client);
    await ingestBatch(client, ids, [{ kind: 'loyalty', email: 0, points: 1, name: 1 }]);
    const patch = await ingestBatch(client, ids, [{ kind: 'loyalty', email: 0, points: 2, name: null }]);
    const patched = await client.call('profile-detail', {
      sandbox,
      entityId: EMAILS[0] as string,
      entityIdNS: 'Email',
    });
    expect(patched?.entity).toMatchObject({
      loyalty: { points: 2 },
      person: { name: { firstName: 'Loyal1' } },
    });
    await client.call('ingest-batch-revert', { sandbox, batchId: patch });
    const reverted = await client.call('profile-detail', {
      sandbox,
      entityId: EMAILS[0] as string,
      entityIdNS: 'Email',
    });
    expect(reverted?.entity).toMatchObject({ loyalty: { points: 1 } });
    expect(reverted?.provenance['loyalty.points']?.batchId).not.toBe(patch);
  }, 120_000);
});
