// Random batches for Profile property tests: CRM rows, loyalty upserts and web events over a small pool
// of identities (so batches share them often), and every answer Profile gives about that pool.
import fc from 'fast-check';
import type { EngineClient } from '../../../shared/contract';
import { ingest } from '../ingest/builders';
import { profileAnswers, profileDatasets } from './world';

export const EMAILS = ['ada@example.com', 'li@example.com', 'zoe@example.com'];
const PHONES = ['+31611111111', '+31622222222'];
export const ECIDS = ['12345678901234567890123456789012345678', '22345678901234567890123456789012345678'];

/** crm, loyalty (upserts) and web, empty. */
export const world = (client: EngineClient) =>
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
export const batches = fc.array(fc.array(row, { minLength: 1, maxLength: 4 }), {
  minLength: 2,
  maxLength: 5,
});

export async function ingestBatch(
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
export const answers = (client: EngineClient) =>
  profileAnswers(client, [
    ...EMAILS.map((id) => ['Email', id] as const),
    ...PHONES.map((id) => ['Phone', id] as const),
    ...ECIDS.map((id) => ['ECID', id] as const),
  ]);
