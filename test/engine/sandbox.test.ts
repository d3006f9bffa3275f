import { describe, expect, it } from 'vitest';
import { isEngineError } from '../../shared/contract/errors';
import { testEngine } from './helpers';

describe('sandbox lifecycle', () => {
  it('starts with the default production sandbox', async () => {
    const { client } = await testEngine();
    const list = await client.call('sandbox-list', {});
    expect(list).toEqual([
      expect.objectContaining({
        name: 'prod',
        title: 'Production',
        type: 'production',
        isDefault: true,
        rowCount: 0,
      }),
    ]);
  });

  it('creates a development sandbox with a derived title and lists it after the default', async () => {
    const { client } = await testEngine();
    const created = await client.call('sandbox-create', { name: 'dev-staging' });
    expect(created).toMatchObject({
      name: 'dev-staging',
      title: 'Dev Staging',
      type: 'development',
      isDefault: false,
    });
    expect((await client.call('sandbox-list', {})).map((s) => s.name)).toEqual(['prod', 'dev-staging']);
  });

  it.each([
    ['Upper', 'lowercase letters'],
    ['has space', 'lowercase letters'],
    ['-lead', 'starting with a letter'],
    ['trail-', 'not ending with a hyphen'],
    ['9lives', 'starting with a letter'],
    ['a'.repeat(65), 'the limit is 64'],
    ['', 'needs a name'],
  ])('refuses the name %j saying why', async (name, why) => {
    const { client } = await testEngine();
    await expect(client.call('sandbox-create', { name })).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(client.call('sandbox-create', { name })).rejects.toThrow(why);
    expect(await client.call('sandbox-list', {})).toHaveLength(1);
  });

  it('refuses a duplicate name', async () => {
    const { client } = await testEngine();
    await client.call('sandbox-create', { name: 'dev' });
    await expect(client.call('sandbox-create', { name: 'dev' })).rejects.toMatchObject({
      code: 'already-exists',
    });
  });

  it('renames the title but never the name', async () => {
    const { client } = await testEngine();
    await client.call('sandbox-create', { name: 'dev' });
    const renamed = await client.call('sandbox-rename', { name: 'dev', title: '  Team sandbox ' });
    expect(renamed).toMatchObject({ name: 'dev', title: 'Team sandbox' });
    await expect(client.call('sandbox-rename', { name: 'dev', title: '   ' })).rejects.toMatchObject({
      code: 'invalid-argument',
    });
  });

  it('reset drops every row and keeps the sandbox', async () => {
    const { client, engine } = await testEngine();
    await client.call('sandbox-create', { name: 'dev', tenantId: 'acme' });
    const db = await engine.sandboxes.db('dev');
    await db.table('namespaces').bulkPut([
      { code: 'A', name: 'A' },
      { code: 'B', name: 'B' },
    ]);
    expect((await client.call('sandbox-list', {})).find((s) => s.name === 'dev')?.rowCount).toBe(2);
    const reset = await client.call('sandbox-reset', { name: 'dev' });
    expect(reset).toMatchObject({ name: 'dev', rowCount: 0, tenantId: 'acme' });
    expect(await (await engine.sandboxes.db('dev')).table('namespaces').count()).toBe(0);
  });

  it('deletes a sandbox but never the default one', async () => {
    const { client } = await testEngine();
    await client.call('sandbox-create', { name: 'dev' });
    expect(await client.call('sandbox-delete', { name: 'dev' })).toEqual({ deleted: 'dev' });
    expect((await client.call('sandbox-list', {})).map((s) => s.name)).toEqual(['prod']);
    await expect(client.call('sandbox-delete', { name: 'prod' })).rejects.toMatchObject({
      code: 'failed-precondition',
    });
    await expect(client.call('sandbox-delete', { name: 'ghost' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('emits sandbox-changed after a change', async () => {
    const { client } = await testEngine();
    const changed = new Promise<string>((resolve) => client.on('sandbox-changed', (p) => resolve(p.changed)));
    await client.call('sandbox-create', { name: 'dev' });
    expect(await changed).toBe('dev');
  });

  it('survives reopening the same IndexedDB (data persists across engine restarts)', async () => {
    const first = await testEngine();
    await first.client.call('sandbox-create', { name: 'keep-me' });
    first.engine.close();
    const second = await testEngine(first.idb);
    expect((await second.client.call('sandbox-list', {})).map((s) => s.name)).toEqual(['prod', 'keep-me']);
  });

  it('answers a bad request with invalid-argument, not a crash', async () => {
    const { client } = await testEngine();
    const bad = client.call('sandbox-create', null as never);
    await expect(bad).rejects.toSatisfy((e) => isEngineError(e, 'invalid-argument'));
  });
});
