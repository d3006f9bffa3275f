// Profile takes in a successful batch in the background: no read is needed for the state to be current,
// and a read while it runs waits for it and answers with the batch applied.
import { describe, expect, it, vi } from 'vitest';
import { testEngine } from '../helpers';
import { ingest } from '../ingest/builders';
import { sandbox } from '../registry/builders';
import { CRM_CSV, profileDatasets } from './world';

describe('background apply', () => {
  it('brings Profile up to date after a batch succeeds, without a read', async () => {
    const { engine, client } = await testEngine();
    const { crm } = await profileDatasets(client);
    const db = await engine.sandboxes.db(sandbox);
    const batch = await ingest(client, crm.id, 'crm.csv', CRM_CSV);
    expect(batch.status).toBe('success');
    await vi.waitFor(() => expect(engine.profiles.isCurrent(db.name)).toBe(true));
    const stats = await client.call('profile-stats', { sandbox });
    expect(stats.fragments).toBe(2);
  });

  it('a batch that failed starts nothing; a read right after a success sees the batch', async () => {
    const { engine, client } = await testEngine();
    const { crm } = await profileDatasets(client);
    const db = await engine.sandboxes.db(sandbox);
    const failed = await ingest(client, crm.id, 'crm.csv', `${CRM_CSV}x@example.com,+31,X,not-a-date\n`);
    expect(failed.status).toBe('failed');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(engine.profiles.isCurrent(db.name)).toBe(false);
    await ingest(client, crm.id, 'crm.csv', CRM_CSV);
    // No wait: the read queues behind the background apply and answers with the batch in.
    const detail = await client.call('profile-detail', {
      sandbox,
      entityId: 'li@example.com',
      entityIdNS: 'Email',
    });
    expect(JSON.stringify(detail)).toContain('Li');
    expect(engine.profiles.isCurrent(db.name)).toBe(true);
  });
});
