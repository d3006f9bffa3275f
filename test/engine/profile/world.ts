// Builders shared by the profile store's property tests: a CRM (replace), a loyalty (upsert) and a
// web events dataset over small identity pools, random batches of them, and every answer Profile gives.
import fc from 'fast-check';
import type { EngineClient } from '../../../shared/contract';
import { ingest } from '../ingest/builders';
import {
  DEMOGRAPHIC,
  EVENT,
  IDENTITY_MAP,
  LOYALTY,
  PERSONAL_CONTACT,
  PROFILE,
  sandbox,
  WEB,
} from '../registry/builders';

export const EMAILS = ['ada@example.com', 'li@example.com', 'zoe@example.com'];
export const PHONES = ['+31611111111', '+31622222222'];
export const ECIDS = ['12345678901234567890123456789012345678', '22345678901234567890123456789012345678'];

export async function world(client: EngineClient) {
  const profileTags = { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] };
  const crmSchema = await client.call('registry-schema-create', {
    sandbox,
    title: 'CRM',
    classId: PROFILE,
    fieldGroupIds: [PERSONAL_CONTACT, DEMOGRAPHIC],
    identities: [
      { path: 'personalEmail.address', namespace: 'Email', isPrimary: true },
      { path: 'mobilePhone.number', namespace: 'Phone' },
    ],
    isProfileEnabled: true,
  });
  const loyaltySchema = await client.call('registry-schema-create', {
    sandbox,
    title: 'Loyalty',
    classId: PROFILE,
    fieldGroupIds: [PERSONAL_CONTACT, LOYALTY, DEMOGRAPHIC],
    identities: [{ path: 'personalEmail.address', namespace: 'Email', isPrimary: true }],
    isProfileEnabled: true,
  });
  const eventSchema = await client.call('registry-schema-create', {
    sandbox,
    title: 'Web',
    classId: EVENT,
    fieldGroupIds: [WEB, IDENTITY_MAP],
    isProfileEnabled: true,
  });
  const crm = await client.call('catalog-dataset-create', {
    sandbox,
    name: 'crm',
    schemaRef: crmSchema.$id,
    tags: profileTags,
  });
  const loyalty = await client.call('catalog-dataset-create', {
    sandbox,
    name: 'loyalty',
    schemaRef: loyaltySchema.$id,
    tags: { unifiedProfile: ['enabled:true', 'isUpsert:true'], unifiedIdentity: ['enabled:true'] },
  });
  const web = await client.call('catalog-dataset-create', {
    sandbox,
    name: 'web',
    schemaRef: eventSchema.$id,
    tags: profileTags,
  });
  return { crm: crm.id, loyalty: loyalty.id, web: web.id };
}

export type Row =
  | { kind: 'crm'; email: number; phone: number; name: number }
  | { kind: 'loyalty'; email: number; points: number; name: number | null }
  | { kind: 'web'; event: number; ecid: number; email: number | null; day: number };

export const row: fc.Arbitrary<Row> = fc.oneof(
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
      ids.crm,
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
    return (await ingest(client, ids.loyalty, 'loyalty.jsonl', lines.join('\n'), { format: 'json' })).id;
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
  return (await ingest(client, ids.web, 'web.jsonl', lines.join('\n'), { format: 'json' })).id;
}

/** Every answer Profile gives about every identity of the pools, plus the stats. */
export async function answers(client: EngineClient): Promise<unknown> {
  const out: Record<string, unknown> = { stats: await client.call('profile-stats', { sandbox }) };
  const identities: [string, string][] = [
    ...EMAILS.map((id): [string, string] => ['Email', id]),
    ...PHONES.map((id): [string, string] => ['Phone', id]),
    ...ECIDS.map((id): [string, string] => ['ECID', id]),
  ];
  for (const [ns, id] of identities) {
    out[`${ns}:${id}`] = {
      detail: await client.call('profile-detail', { sandbox, entityId: id, entityIdNS: ns }),
      events: await client.call('profile-events', { sandbox, relatedEntityId: id, relatedEntityIdNS: ns }),
      graph: await client.call('profile-graph', { sandbox, entityId: id, entityIdNS: ns }),
    };
  }
  return out;
}
