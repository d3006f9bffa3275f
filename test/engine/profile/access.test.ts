import { describe, expect, it } from 'vitest';
import { testEngine } from '../helpers';
import { blob, ingest } from '../ingest/builders';
import { PERSONAL_CONTACT, sandbox } from '../registry/builders';
import { adaLoyalty, crmSchema, PROFILE_ON, world } from './world';

describe('Profile Access', () => {
  it('looks a person up by any of their identities, with the Profile Access response shape', async () => {
    const { client } = await testEngine();
    const w = await world(client);
    expect(w.crmBatch.status).toBe('success');
    const byEmail = await client.call('profile-entity-get', {
      sandbox,
      entityId: 'ada@example.com',
      entityIdNS: 'email',
    });
    const [xid, entity] = Object.entries(byEmail)[0] ?? [];
    expect(entity).toMatchObject({
      entityId: xid,
      sources: [w.crm.id],
      tags: [w.crmBatch.id],
      entity: { person: { name: { firstName: 'Ada' } }, personalEmail: { address: 'ada@example.com' } },
    });
    expect(entity?.identityGraph).toHaveLength(3);
    expect(entity?.lastModifiedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const byPhone = await client.call('profile-entity-get', {
      sandbox,
      entityId: '+31611111111',
      entityIdNS: 'Phone',
      fields: ['person.name', 'identities'],
    });
    const phoneEntity = Object.values(byPhone)[0];
    expect(phoneEntity?.entity).toMatchObject({ person: { name: { firstName: 'Ada' } } });
    expect(
      (phoneEntity?.entity['identities'] as { namespace: { code: string } }[])
        .map((i) => i.namespace.code)
        .sort(),
    ).toEqual(['ECID', 'Email', 'Phone']);
    const byXid = await client.call('profile-entity-get', { sandbox, entityId: xid as string });
    expect(Object.keys(byXid)).toEqual([xid]);
  });

  it('resolves the XID of a profile in no graph, and of identities that arrive after an XID lookup', async () => {
    const { client } = await testEngine();
    const w = await world(client);
    // Looks a person up by an identity, then again by the XID that answer is keyed by.
    const byXid = async (entityId: string, entityIdNS: string) => {
      const [xid] = Object.keys(await client.call('profile-entity-get', { sandbox, entityId, entityIdNS }));
      return (await client.call('profile-entity-get', { sandbox, entityId: xid as string }))[xid as string]
        ?.entity;
    };
    // A linked identity: its XID is hashed from the graph on the first lookup by XID.
    expect(await byXid('ada@example.com', 'Email')).toMatchObject({ person: { name: { firstName: 'Ada' } } });
    // A loyalty row has only an Email: it links nothing, yet its profile resolves by XID.
    const solo = 'personalEmail.address,loyalty.points\nsolo@example.com,12\n';
    await ingest(client, w.loyalty.id, 'solo.csv', solo);
    expect(await byXid('solo@example.com', 'Email')).toMatchObject({
      personalEmail: { address: 'solo@example.com' },
    });
    // A person linked after the first XID lookup resolves too (the graph is read on from where it stopped).
    const mo = 'personalEmail.address,mobilePhone.number\nmo@example.com,+31633333333\n';
    await ingest(client, w.crm.id, 'more.csv', mo);
    expect(await byXid('+31633333333', 'Phone')).toMatchObject({
      personalEmail: { address: 'mo@example.com' },
    });
  });

  it('an unknown identity: GET is not-found, POST returns the empty placeholder', async () => {
    const { client } = await testEngine();
    await world(client);
    await expect(
      client.call('profile-entity-get', { sandbox, entityId: 'nobody@example.com', entityIdNS: 'Email' }),
    ).rejects.toMatchObject({ code: 'not-found' });
    const many = await client.call('profile-entities', {
      sandbox,
      identities: [
        { entityId: 'nobody@example.com', entityIdNS: { code: 'Email' } },
        { entityId: 'li@example.com', entityIdNS: { code: 'Email' } },
      ],
    });
    const values = Object.values(many);
    expect(values[0]).toEqual({
      entityId: expect.any(String),
      sources: [''],
      entity: {},
      lastModifiedAt: '1970-01-01T00:00:00Z',
    });
    expect(values[1]?.entity).toMatchObject({ person: { name: { firstName: 'Li' } } });
  });

  it('shows where every attribute came from, and the graph with the batch behind each link', async () => {
    const { client } = await testEngine();
    const w = await world(client);
    const detail = await client.call('profile-detail', {
      sandbox,
      entityId: 'ada@example.com',
      entityIdNS: 'Email',
    });
    expect(detail?.provenance['person.name.firstName']).toEqual({
      datasetId: w.crm.id,
      batchId: w.crmBatch.id,
      row: 1,
      time: expect.any(Number),
      rule: 'only-source',
    });
    const graph = await client.call('profile-graph', {
      sandbox,
      entityId: 'ada@example.com',
      entityIdNS: 'Email',
    });
    expect(graph?.identities.map((i) => i.namespace).sort()).toEqual(['ECID', 'Email', 'Phone']);
    expect(graph?.links.flatMap((l) => l.sources.map((s) => s.batchId)).sort()).toEqual(
      [w.crmBatch.id, w.webBatch.id].sort(),
    );
  });

  it('events from every identity in the graph under pdg, ordered, filtered and paged', async () => {
    const { client } = await testEngine();
    const w = await world(client);
    const page = await client.call('profile-events', {
      sandbox,
      relatedEntityId: 'ada@example.com',
      relatedEntityIdNS: 'Email',
      limit: 2,
    });
    expect(page.children.map((c) => c.entityId)).toEqual(['e1', 'e2']);
    expect(page._page).toMatchObject({ count: 2, next: 'e3' });
    expect(page._links.next.href).toContain('start=e3');
    const next = await client.call('profile-events', {
      sandbox,
      relatedEntityId: 'ada@example.com',
      relatedEntityIdNS: 'Email',
      limit: 2,
      start: 'e3',
    });
    expect(next.children.map((c) => c.entityId)).toEqual(['e3']);
    expect(next._links.next.href).toBe('');
    const filtered = await client.call('profile-events', {
      sandbox,
      relatedEntityId: w.ecid,
      relatedEntityIdNS: 'ECID',
      startTime: Date.parse('2026-01-11T00:00:00Z'),
      orderby: '-timestamp',
    });
    expect(filtered.children.map((c) => c.entityId)).toEqual(['e3', 'e2']);
  });

  it('a merge policy switch changes the answer at once, without re-ingesting', async () => {
    const { client } = await testEngine();
    const w = await world(client);
    await adaLoyalty(client, w.loyalty.id, 'Ada (loyalty)', 50);
    const first = (
      await client.call('profile-detail', { sandbox, entityId: 'ada@example.com', entityIdNS: 'Email' })
    )?.entity;
    expect(first).toMatchObject({
      person: { name: { firstName: 'Ada (loyalty)' } },
      loyalty: { points: 50 },
    });
    const crmFirst = await client.call('profile-policy-create', {
      sandbox,
      name: 'CRM wins',
      attributeMerge: { type: 'dataSetPrecedence', order: [w.crm.id, w.loyalty.id] },
      identityGraph: { type: 'pdg' },
      default: true,
    });
    expect(crmFirst).toMatchObject({ default: true, version: 1 });
    const second = (
      await client.call('profile-detail', { sandbox, entityId: 'ada@example.com', entityIdNS: 'Email' })
    )?.entity;
    expect(second).toMatchObject({ person: { name: { firstName: 'Ada' } }, loyalty: { points: 50 } });
    const policies = await client.call('profile-policy-list', { sandbox });
    expect(policies.filter((p) => p.default).map((p) => p.name)).toEqual(['CRM wins']);
  });

  it('with no default policy: no merge and no stitching', async () => {
    const { client } = await testEngine();
    await world(client);
    for (const p of await client.call('profile-policy-list', { sandbox }))
      await client.call('profile-policy-delete', { sandbox, id: p.id });
    const byPhone = await client.call('profile-detail', {
      sandbox,
      entityId: '+31611111111',
      entityIdNS: 'Phone',
    });
    expect(byPhone).toBeNull();
    const byEmail = await client.call('profile-detail', {
      sandbox,
      entityId: 'ada@example.com',
      entityIdNS: 'Email',
    });
    expect(byEmail?.identities).toHaveLength(1);
  });

  it('reverting a batch restores the previous answer exactly', async () => {
    const { client } = await testEngine();
    const w = await world(client);
    const before = await client.call('profile-detail', {
      sandbox,
      entityId: 'ada@example.com',
      entityIdNS: 'Email',
    });
    const batch = await adaLoyalty(client, w.loyalty.id, 'Other', 1);
    expect(
      (await client.call('profile-detail', { sandbox, entityId: 'ada@example.com', entityIdNS: 'Email' }))
        ?.entity,
    ).toMatchObject({ person: { name: { firstName: 'Other' } } });
    await client.call('ingest-batch-revert', { sandbox, batchId: batch.id });
    expect(
      await client.call('profile-detail', { sandbox, entityId: 'ada@example.com', entityIdNS: 'Email' }),
    ).toEqual(before);
  });

  it('lists each profile an events batch touched once, in the order first touched, duplicates included', async () => {
    const { client } = await testEngine();
    const w = await world(client);
    const other = '98765432109876543210987654321098765432';
    const event = (id: string, ecid: string) =>
      JSON.stringify({
        _id: id,
        timestamp: '2026-01-13T10:00:00Z',
        eventType: 'web.webpagedetails.pageViews',
        identityMap: { ECID: [{ id: ecid, primary: true }] },
      });
    // e1 repeats an event of the first batch: ignored as an event, yet the batch touched Ada's profile.
    const lines = [event('e9', other), event('e1', w.ecid), event('e10', w.ecid), event('e11', other)];
    const batch = await ingest(client, w.web.id, 'more.jsonl', lines.join('\n'), { format: 'json' });
    const touched = await client.call('profile-batch', { sandbox, batchId: batch.id });
    expect(touched).toMatchObject({ total: 2 });
    expect(touched.profiles.map((p) => p.id)).toEqual([other, w.ecid]);
    const first = await client.call('profile-batch', { sandbox, batchId: w.webBatch.id });
    expect(first.profiles.map((p) => p.id)).toEqual([w.ecid]);
  });

  it('lists the profiles a batch touched and counts profiles per dataset and namespace', async () => {
    const { client } = await testEngine();
    const w = await world(client);
    const touched = await client.call('profile-batch', { sandbox, batchId: w.crmBatch.id });
    expect(touched.total).toBe(2);
    expect(touched.profiles.map((p) => p.id).sort()).toEqual(['ada@example.com', 'li@example.com']);
    const stats = await client.call('profile-stats', { sandbox });
    expect(stats).toMatchObject({ fragments: 5 });
    expect(stats.profiles).toBe(2);
    expect(stats.byDataset.map((d) => [d.name, d.fragments])).toEqual([
      ['crm', 2],
      ['web', 3],
    ]);
    expect(stats.byNamespace.find((n) => n.code === 'Email')?.identities).toBe(2);
    // A loyalty row with only an Email links nothing: one more profile, one more Email identity.
    await ingest(
      client,
      w.loyalty.id,
      'solo.csv',
      'personalEmail.address,loyalty.points\nsolo@example.com,12\n',
    );
    const more = await client.call('profile-stats', { sandbox });
    expect(more.profiles).toBe(3);
    expect(more.byNamespace.find((n) => n.code === 'Email')?.identities).toBe(3);
    // Without stitching, a profile per primary identity: ada, li, solo (records) and the ECID (events).
    await client.call('profile-policy-create', {
      sandbox,
      name: 'No stitching',
      attributeMerge: { type: 'timestampOrdered' },
      identityGraph: { type: 'none' },
      default: true,
    });
    expect((await client.call('profile-stats', { sandbox })).profiles).toBe(4);
  });

  it('forgets the Profile state of a sandbox that is reset or deleted (memory is given back)', async () => {
    const { client, engine } = await testEngine();
    await world(client);
    await client.call('profile-stats', { sandbox });
    const held = engine.profiles.held();
    expect(held).toHaveLength(1);
    await client.call('sandbox-reset', { name: sandbox });
    expect(engine.profiles.held()).toEqual([]);
    expect((await client.call('profile-stats', { sandbox })).profiles).toBe(0);
    expect(engine.profiles.held()).toHaveLength(1);
    expect(engine.profiles.held()).not.toEqual(held);
    await client.call('sandbox-create', { name: 'scratch' });
    await client.call('profile-stats', { sandbox: 'scratch' });
    expect(engine.profiles.held()).toHaveLength(2);
    await client.call('sandbox-delete', { name: 'scratch' });
    expect(engine.profiles.held()).toHaveLength(1);
  });

  it('data ingested before Profile was enabled never reaches Profile', async () => {
    const { client } = await testEngine();
    const schema = await crmSchema(client, 'Late', { fieldGroupIds: [PERSONAL_CONTACT], phone: false });
    const dataset = await client.call('catalog-dataset-create', {
      sandbox,
      name: 'late',
      schemaRef: schema.$id,
    });
    await client
      .call('ingest-batch-create', { sandbox, datasetId: dataset.id, inputFormat: { format: 'json' } })
      .then((b) =>
        client
          .call('ingest-batch-add-file', {
            sandbox,
            batchId: b.id,
            name: 'a.jsonl',
            file: blob('{"personalEmail":{"address":"early@example.com"}}\n'),
          })
          .then(() => client.call('ingest-batch-complete', { sandbox, batchId: b.id })),
      );
    await client.call('catalog-dataset-set-tags', { sandbox, ref: dataset.id, tags: PROFILE_ON });
    expect(
      await client.call('profile-detail', { sandbox, entityId: 'early@example.com', entityIdNS: 'Email' }),
    ).toBeNull();
  });
});
