// Incremental revert of the profile store: taking one batch out (links, fragments, events, the
// fragments it patched and the duplicate events it hid) gives exactly what a fresh build over the
// remaining batches gives — a new engine over the same IndexedDB, which never saw the reverted batch.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../../../shared/contract';
import { testEngine } from '../helpers';
import { ingest } from '../ingest/builders';
import { sandbox } from '../registry/builders';
import { profileAnswers, profileDatasets } from './world';

const EMAILS = ['ada@example.com', 'li@example.com', 'zoe@example.com'];
const PHONES = ['+31611111111', '+31622222222'];
const ECIDS = ['12345678901234567890123456789012345678', '22345678901234567890123456789012345678'];

/** crm, loyalty (upserts) and web, empty. */
const world = (client: EngineClient) =>
  profileDatasets(client, {
    loyaltyTags: { unifiedProfile: ['enabled:true', 'isUpsert:true'], unifiedIdentity: ['enabled:true'] },
    webTitle: 'Web',
  });

type Row =
  | { kind: 'crm'; email: number; phone: number; name: number }
  | { kind: 'loyalty'; email: number; points: number; name: number | null }
  | { kind: 'web'; event: number; ecid: number; email: number | null; day: number };

const row: fc.Arbitrary<Row> = fc.oneof(
  fc.record({ kind: fc.constant('crm' as const), email: fc.nat(2), phone: fc.nat(1), name: fc.nat(3) }),
  fc.record({
    kind: fc.constant('loyalty' as const),
    email: fc.nat(2),
    points: fc.nat(9),
    name: fc.option(fc.nat(3)),
  }),
  fc.record({
    kind: fc.constant('web' as const),
    event: fc.nat(5),
    ecid: fc.nat(1),
    email: fc.option(fc.nat(2)),
    day: fc.nat(3),
  }),
);

/** One batch: rows of one kind (the first row's kind picks the dataset). */
const batches = fc.array(fc.array(row, { minLength: 1, maxLength: 4 }), { minLength: 2, maxLength: 5 });

async function ingestBatch(
  client: EngineClient,
  ids: Awaited<ReturnType<typeof world>>,
  rows: Row[],
): Promise<string> {
  const kind = rows[0]?.kind ?? 'crm';
  const same = rows.filter((r) => r.kind === kind);
  if (kind === 'crm') {
    const lines = same.map((r) =>
      r.kind === 'crm' ? `${EMAILS[r.email]},${PHONES[r.phone]},Name${r.name}` : '',
    );
    const done = await ingest(
      client,
      ids.crm.id,
      'crm.csv',
      `personalEmail.address,mobilePhone.number,person.name.firstName\n${lines.join('\n')}\n`,
    );
    return done.id;
  }
  if (kind === 'loyalty') {
    const lines = same.map((r) =>
      r.kind === 'loyalty'
        ? JSON.stringify({
            personalEmail: { address: EMAILS[r.email] },
            loyalty: { points: r.points },
            ...(r.name === null ? {} : { person: { name: { firstName: `Loyal${r.name}` } } }),
          })
        : '',
    );
    return (await ingest(client, ids.loyalty.id, 'loyalty.jsonl', lines.join('\n'), { format: 'json' })).id;
  }
  const lines = same.map((r) =>
    r.kind === 'web'
      ? JSON.stringify({
          _id: `e${r.event}`,
          timestamp: `2026-01-1${r.day}T10:00:00Z`,
          eventType: 'web.webpagedetails.pageViews',
          identityMap: {
            ECID: [{ id: ECIDS[r.ecid], primary: true }],
            ...(r.email === null ? {} : { Email: [{ id: EMAILS[r.email] }] }),
          },
        })
      : '',
  );
  return (await ingest(client, ids.web.id, 'web.jsonl', lines.join('\n'), { format: 'json' })).id;
}

/** Every answer Profile gives about every identity of the pools, plus the stats. */
const answers = (client: EngineClient) =>
  profileAnswers(client, [
    ...EMAILS.map((id) => ['Email', id] as const),
    ...PHONES.map((id) => ['Phone', id] as const),
    ...ECIDS.map((id) => ['ECID', id] as const),
  ]);

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
