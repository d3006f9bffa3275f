// Builders for Profile tests: the CRM, loyalty and web-event schemas and datasets, and the standard
// CRM and events batches. Engine-level only (no node APIs), so the renderer's jsdom tests use it too.
import type { DatasetTags, EngineClient } from '../../../shared/contract';
import { ingest } from '../ingest/builders';
import {
  DEMOGRAPHIC,
  EVENT,
  IDENTITY_MAP,
  LOYALTY,
  PERSONAL_CONTACT,
  PROFILE,
  sandbox,
  schemaOf,
  WEB,
} from '../registry/builders';

export const PROFILE_ON = { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] };
export const ECID = '12345678901234567890123456789012345678';

const EMAIL_PRIMARY = { path: 'personalEmail.address', namespace: 'Email', isPrimary: true };
const PHONE = { path: 'mobilePhone.number', namespace: 'Phone' };

/** A Profile-enabled Individual Profile schema, primary identity Email (personalEmail), Phone (mobilePhone) too by default. */
export function crmSchema(
  client: EngineClient,
  title = 'CRM',
  options: { fieldGroupIds?: string[]; phone?: boolean } = {},
) {
  return schemaOf(client, title, PROFILE, options.fieldGroupIds ?? [PERSONAL_CONTACT, DEMOGRAPHIC], {
    identities: options.phone === false ? [EMAIL_PRIMARY] : [EMAIL_PRIMARY, PHONE],
    isProfileEnabled: true,
  });
}

/** A Profile-enabled Individual Profile schema with the loyalty field group, primary identity Email. */
export function loyaltySchema(client: EngineClient) {
  return schemaOf(client, 'Loyalty', PROFILE, [PERSONAL_CONTACT, LOYALTY, DEMOGRAPHIC], {
    identities: [EMAIL_PRIMARY],
    isProfileEnabled: true,
  });
}

/** A Profile-enabled ExperienceEvent schema with web details and the identity map. */
export function webSchema(client: EngineClient, title = 'Web events') {
  return schemaOf(client, title, EVENT, [WEB, IDENTITY_MAP], { isProfileEnabled: true });
}

/** A dataset on a schema, enabled for Profile and Identity unless other tags are given. */
export function dataset(
  client: EngineClient,
  name: string,
  schema: { $id: string },
  tags: DatasetTags = PROFILE_ON,
) {
  return client.call('catalog-dataset-create', { sandbox, name, schemaRef: schema.$id, tags });
}

/** The datasets crm, loyalty and web (empty), each on its own schema, all enabled for Profile. */
export async function profileDatasets(
  client: EngineClient,
  options: { loyaltyTags?: DatasetTags; webTitle?: string } = {},
) {
  const crmView = await crmSchema(client);
  const loyaltyView = await loyaltySchema(client);
  const webView = await webSchema(client, options.webTitle);
  const crm = await dataset(client, 'crm', crmView);
  const loyalty = await dataset(client, 'loyalty', loyaltyView, options.loyaltyTags);
  const web = await dataset(client, 'web', webView);
  return { crm, loyalty, web };
}

/** Ada and Li, with an email, a phone, a first name and a birth date. */
export const CRM_CSV =
  'personalEmail.address,mobilePhone.number,person.name.firstName,person.birthDate\nada@example.com,+31611111111,Ada,1985-12-10\nli@example.com,+31622222222,Li,1979-06-01\n';

/** Three events of Ada's browser (ECID) on 10–12 January 2026, the first also carrying her email. */
export const WEB_EVENTS = [
  {
    _id: 'e1',
    timestamp: '2026-01-10T10:00:00Z',
    eventType: 'web.webpagedetails.pageViews',
    identityMap: { ECID: [{ id: ECID, primary: true }], Email: [{ id: 'ada@example.com' }] },
  },
  {
    _id: 'e2',
    timestamp: '2026-01-11T10:00:00Z',
    eventType: 'web.webinteraction.linkClicks',
    identityMap: { ECID: [{ id: ECID, primary: true }] },
  },
  {
    _id: 'e3',
    timestamp: '2026-01-12T10:00:00Z',
    eventType: 'web.webpagedetails.pageViews',
    identityMap: { ECID: [{ id: ECID, primary: true }] },
  },
]
  .map((e) => JSON.stringify(e))
  .join('\n');

/** Ingests Ada's loyalty record (loyalty.jsonl): her email, a first name and loyalty points. */
export function adaLoyalty(client: EngineClient, datasetId: string, firstName: string, points: number) {
  const record = {
    personalEmail: { address: 'ada@example.com' },
    person: { name: { firstName } },
    loyalty: { points },
  };
  return ingest(client, datasetId, 'loyalty.jsonl', JSON.stringify(record), { format: 'json' });
}

/**
 * The profile datasets with a CRM batch (crm.csv) and an events batch (web.jsonl): by default Ada and Li
 * in the CRM and three events of Ada's browser.
 */
export async function world(client: EngineClient, rows: { crm?: string; events?: string } = {}) {
  const datasets = await profileDatasets(client);
  const crmBatch = await ingest(client, datasets.crm.id, 'crm.csv', rows.crm ?? CRM_CSV);
  const webBatch = await ingest(client, datasets.web.id, 'web.jsonl', rows.events ?? WEB_EVENTS, {
    format: 'json',
  });
  return { ...datasets, crmBatch, webBatch, ecid: ECID };
}

/**
 * Every answer Profile gives about these identities (detail, events, graph), the stats and, per batch
 * given, the profiles it touched: what two ways of building the same state must agree on.
 */
export async function profileAnswers(
  client: EngineClient,
  identities: readonly (readonly [namespace: string, id: string])[],
  batchIds: readonly string[] = [],
): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = { stats: await client.call('profile-stats', { sandbox }) };
  for (const batchId of batchIds)
    out[batchId] = await client.call('profile-batch', { sandbox, batchId, limit: 1000 });
  for (const [ns, id] of identities) {
    out[`${ns}:${id}`] = {
      detail: await client.call('profile-detail', { sandbox, entityId: id, entityIdNS: ns }),
      events: await client.call('profile-events', { sandbox, relatedEntityId: id, relatedEntityIdNS: ns }),
      graph: await client.call('profile-graph', { sandbox, entityId: id, entityIdNS: ns }),
    };
  }
  return out;
}
