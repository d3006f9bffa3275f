import { beforeAll, describe, expect, it } from 'vitest';
import { cli, cliWorkspace, crmDataset, ensureCliBuilt, identity } from './cli-harness';

beforeAll(() => ensureCliBuilt(), 120_000);

describe('profile-stager CLI: profiles, graphs, events and merge policies', { timeout: 240_000 }, () => {
  it('ingests a CRM file and an events file, looks a person up by any identity, switches policy, reverts', async () => {
    const ws = cliWorkspace('p.snap');
    const { reading: r, saving: s, ok } = ws;
    const crm = await crmDataset(ws, {
      name: 'crm',
      identities: ['personalEmail.address=Email:primary', 'mobilePhone.number=Phone'],
    });
    await ok([
      'schema',
      'create',
      '--title',
      'Events',
      '--class',
      'XDM ExperienceEvent',
      '--field-group',
      'Web Details',
      '--field-group',
      'IdentityMap',
      '--enable',
      ...s,
    ]);
    await ok(['dataset', 'create', '--schema', 'Events', '--name', 'web', '--profile', '--identity', ...s]);
    const csv = ws.file(
      'crm.csv',
      'personalEmail.address,mobilePhone.number,person.name.firstName\nada@example.com,+31611111111,Ada\n',
    );
    const crmBatch = JSON.parse((await ok(['ingest', '--dataset', 'crm', '--json', csv, ...s])).stdout);
    const ecid = '12345678901234567890123456789012345678';
    const events = ws.file(
      'events.jsonl',
      [1, 2]
        .map((n) =>
          JSON.stringify({
            _id: `e${n}`,
            timestamp: `2026-01-0${n}T10:00:00Z`,
            eventType: 'web.webpagedetails.pageViews',
            identityMap: { ECID: [{ id: ecid, primary: true }], Email: [{ id: 'ada@example.com' }] },
          }),
        )
        .join('\n'),
    );
    await ok(['ingest', '--dataset', 'web', events, ...s]);

    const byPhone = JSON.parse(
      (await ok(['profile', 'get', ...identity('+31611111111', 'Phone'), '--json', ...r])).stdout,
    );
    const entity = Object.values(byPhone)[0] as {
      entity: { person: { name: { firstName: string } } };
      sources: string[];
    };
    expect(entity.entity.person.name.firstName).toBe('Ada');
    expect(entity.sources).toEqual([crm.id]);
    const human = await ok(['profile', 'get', ...identity(ecid, 'ECID'), ...r]);
    expect(human.stdout).toContain(`person.name.firstName = "Ada"  ← ${crm.id} / ${crmBatch.id} / row 1`);
    const graph = await ok(['profile', 'graph', ...identity('ada@example.com', 'Email'), ...r]);
    expect(graph.stdout).toContain('3 identities');
    expect(graph.stdout).toContain(crmBatch.id);
    const eventsOut = JSON.parse(
      (await ok(['profile', 'events', ...identity('ada@example.com', 'Email'), '--json', ...r])).stdout,
    );
    expect(eventsOut.children.map((c: { entityId: string }) => c.entityId)).toEqual(['e1', 'e2']);
    const stats = JSON.parse((await ok(['profile', 'stats', '--json', ...r])).stdout);
    expect(stats).toMatchObject({ profiles: 1, fragments: 3 });
    expect(Object.keys(stats)).toEqual(['profiles', 'fragments', 'byDataset', 'byNamespace']);

    const policies = JSON.parse((await ok(['merge-policy', 'list', '--json', ...r])).stdout);
    expect(policies).toEqual([
      expect.objectContaining({ name: 'Default Timebased', default: true, identityGraph: { type: 'pdg' } }),
    ]);
    await ok([
      'merge-policy',
      'create',
      '--name',
      'No stitching',
      '--stitching',
      'none',
      '--merge',
      'timestampOrdered',
      '--default',
      ...s,
    ]);
    const unstitched = await cli(['profile', 'get', ...identity(ecid, 'ECID'), ...r]);
    expect(unstitched.code).toBe(0);
    expect(unstitched.stdout).not.toContain('person.name.firstName');

    const diagnosis = await ok(['profile', 'diagnose', ...identity('Ada@Example.com', 'Email'), ...r]);
    expect(diagnosis.stdout).toContain('[x] wrong-namespace-or-value');
    expect(diagnosis.stdout).toContain('stored as Email: "ada@example.com"');

    await ok(['batch', 'revert', crmBatch.id, ...s]);
    const gone = await cli(['profile', 'get', ...identity('+31611111111', 'Phone'), ...r]);
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('No profile');
  });

  it('previews a draft merge policy on one profile without saving it', async () => {
    const ws = cliWorkspace('p.snap');
    const { reading: r, saving: s, ok } = ws;
    const ada = identity('ada@example.com', 'Email');
    const datasets: Record<string, string> = { crm: (await crmDataset(ws, { name: 'crm' })).id };
    const shop = await ok([
      'dataset',
      'create',
      '--schema',
      'CRM',
      '--name',
      'shop',
      '--profile',
      '--identity',
      '--json',
      ...s,
    ]);
    datasets.shop = (JSON.parse(shop.stdout) as { id: string }).id;
    for (const name of ['crm', 'shop']) {
      const csv = ws.file(
        `${name}.csv`,
        `personalEmail.address,person.name.firstName\nada@example.com,Ada-${name}\n`,
      );
      await ok(['ingest', '--dataset', name, csv, ...s]);
    }
    const firstName = (out: string) =>
      (JSON.parse(out) as { entity: { person: { name: { firstName: string } } } }).entity.person.name
        .firstName;
    // The default policy (timestamp ordered): the later batch, shop, wins.
    const current = await ok(['profile', 'get', ...ada, ...r]);
    expect(current.stdout).toContain('person.name.firstName = "Ada-shop"');

    const byFlags = await ok([
      'merge-policy',
      'preview',
      ...ada,
      '--stitching',
      'pdg',
      '--merge',
      'dataSetPrecedence',
      '--order',
      `${datasets.crm},${datasets.shop}`,
      '--json',
      ...r,
    ]);
    expect(firstName(byFlags.stdout)).toBe('Ada-crm');
    const human = await ok([
      'merge-policy',
      'preview',
      ...ada,
      '--merge',
      'dataSetPrecedence',
      '--order',
      datasets.crm ?? '',
      ...r,
    ]);
    expect(human.stdout).toContain('preview (not saved)');
    expect(human.stdout).toContain(`person.name.firstName = "Ada-crm"  ← ${datasets.crm}`);

    const file = ws.file(
      'draft.json',
      JSON.stringify({
        name: 'Shop first',
        identityGraph: { type: 'none' },
        attributeMerge: { type: 'dataSetPrecedence', order: [datasets.shop, datasets.crm] },
      }),
    );
    const fromFile = await ok(['merge-policy', 'preview', ...ada, '--policy-file', file, '--json', ...r]);
    expect(firstName(fromFile.stdout)).toBe('Ada-shop');

    // Nothing was saved: still the one default policy, and lookups still answer under it.
    const policies = JSON.parse((await ok(['merge-policy', 'list', '--json', ...r])).stdout);
    expect(policies).toHaveLength(1);

    const badFile = ws.file('bad.json', '{"identityGraph":');
    const bad = await cli(['merge-policy', 'preview', ...ada, '--policy-file', badFile, ...r]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('bad.json as JSON');
    const unknown = await cli([
      'merge-policy',
      'preview',
      ...identity('nobody@example.com', 'Email'),
      '--merge',
      'timestampOrdered',
      ...r,
    ]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('No profile for Email:nobody@example.com');
  });
});
