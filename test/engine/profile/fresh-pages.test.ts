// Pages kept from ingestion: the profile refresh after a batch visits the pages ingestion just stored
// from memory instead of reading them back, and the database stays the truth (deleted pages are never
// visited, an index of other rules is not used, a replaced database is forgotten).
import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../../../shared/contract';
import { FreshPages } from '../../../shared/engine/ingest/fresh-pages';
import type { PageEventIndex, StoredPage } from '../../../shared/engine/ingest/pages';
import { testEngine, type TestEngine } from '../helpers';
import { ingest } from '../ingest/builders';
import { sandbox } from '../registry/builders';
import { CRM_CSV, ECID, profileAnswers, profileDatasets } from './world';
import { editPages, replaceIndexValue } from './stored-pages';

const page = (rows: string, ix?: PageEventIndex): StoredPage => ({
  rows,
  ...(ix === undefined ? {} : { ix }),
});

describe('FreshPages', () => {
  it('gives a kept page once, and only for its batch and database', () => {
    const fresh = new FreshPages();
    fresh.keep('db1', 1, 'b1', page('[1]'));
    expect(fresh.take('db2', 1, 'b1')).toBeUndefined();
    expect(fresh.take('db1', 1, 'other batch')).toBeUndefined();
    expect(fresh.take('db1', 1, 'b1')).toEqual(page('[1]'));
    expect(fresh.take('db1', 1, 'b1')).toBeUndefined();
    expect(fresh.size).toBe(0);
  });

  it('keeps only the index of a page that has one', () => {
    const fresh = new FreshPages();
    const ix = { k: 'x', ns: ['ECID'], e: new Uint8Array(16), v: 'ev1', w: '["a long value here"]' };
    fresh.keep('db', 1, 'b', page('[{"r":1}]', ix));
    // The numbers count a character a byte, beside the characters of the values.
    expect(fresh.size).toBe(16 + 'ev1'.length + '["a long value here"]'.length);
    expect(fresh.take('db', 1, 'b')).toEqual({ ix });
  });

  it('lets the oldest pages go past its budget, and never keeps a page larger than it', () => {
    const fresh = new FreshPages(10);
    fresh.keep('db', 1, 'b', page('1234'));
    fresh.keep('db', 2, 'b', page('5678'));
    fresh.keep('db', 3, 'b', page('90ab'));
    expect(fresh.size).toBe(8);
    expect(fresh.take('db', 1, 'b')).toBeUndefined();
    fresh.keep('db', 4, 'b', page('x'.repeat(11)));
    expect(fresh.take('db', 4, 'b')).toBeUndefined();
    expect(fresh.take('db', 2, 'b')?.rows).toBe('5678');
    expect(fresh.take('db', 3, 'b')?.rows).toBe('90ab');
  });

  it('drops a batch of one database, or a whole database', () => {
    const fresh = new FreshPages();
    fresh.keep('db1', 1, 'b1', page('[1]'));
    fresh.keep('db1', 2, 'b2', page('[2]'));
    fresh.keep('db2', 1, 'b1', page('[3]'));
    fresh.dropBatch('db1', 'b1');
    expect(fresh.take('db1', 1, 'b1')).toBeUndefined();
    expect(fresh.take('db2', 1, 'b1')?.rows).toBe('[3]');
    fresh.forget('db1');
    expect(fresh.take('db1', 2, 'b2')).toBeUndefined();
    expect(fresh.size).toBe(0);
  });
});

const EVENT = (id: string) =>
  JSON.stringify({
    _id: id,
    timestamp: '2026-01-10T10:00:00Z',
    eventType: 'web.webpagedetails.pageViews',
    identityMap: { ECID: [{ id: ECID, primary: true }], Email: [{ id: 'ada@example.com' }] },
  });

const eventIds = async (client: EngineClient) =>
  (
    await client.call('profile-events', { sandbox, relatedEntityId: ECID, relatedEntityIdNS: 'ECID' })
  ).children.map((e) => e.entityId);

/** What an engine that reads everything from the database answers. */
async function fromDatabase(world: TestEngine, read: (client: EngineClient) => Promise<unknown>) {
  const again = await testEngine(world.idb);
  const answer = await read(again.client);
  again.engine.close();
  return answer;
}

describe('Profile from the pages ingestion kept', () => {
  it('applies a new batch from the kept pages, with the answers of one read from the database', async () => {
    const world = await testEngine();
    const ids = await profileDatasets(world.client);
    const crm = await ingest(world.client, ids.crm.id, 'crm.csv', CRM_CSV);
    const web = await ingest(world.client, ids.web.id, 'web.jsonl', EVENT('e1'), { format: 'json' });
    // Pages changed in the database after ingestion: the engine that kept them does not see it.
    await editPages(world, (stored) => {
      stored.ix = replaceIndexValue(stored.ix, 'e1', 'changed-in-db');
    });
    expect(await eventIds(world.client)).toEqual(['e1']);
    expect(await fromDatabase(world, eventIds)).toEqual(['changed-in-db']);
    await editPages(world, (stored) => {
      stored.ix = replaceIndexValue(stored.ix, 'changed-in-db', 'e1');
    });
    const answers = (client: EngineClient) =>
      profileAnswers(
        client,
        [
          ['Email', 'ada@example.com'],
          ['ECID', ECID],
        ],
        [crm.id, web.id],
      );
    expect(await answers(world.client)).toEqual(await fromDatabase(world, answers));
    world.engine.close();
  });

  it('never visits the pages of a batch reverted before Profile read it', async () => {
    const world = await testEngine();
    const ids = await profileDatasets(world.client);
    const kept = await ingest(world.client, ids.web.id, 'a.jsonl', EVENT('kept'), { format: 'json' });
    const gone = await ingest(world.client, ids.web.id, 'b.jsonl', EVENT('gone'), { format: 'json' });
    await world.client.call('ingest-batch-revert', { sandbox, batchId: gone.id });
    expect(await eventIds(world.client)).toEqual(['kept']);
    expect((await world.client.call('profile-batch', { sandbox, batchId: kept.id })).total).toBe(1);
    world.engine.close();
  });

  it('reads a page from the database when its kept index is of other identity rules', async () => {
    const world = await testEngine();
    const ids = await profileDatasets(world.client);
    await ingest(world.client, ids.web.id, 'web.jsonl', EVENT('e1'), { format: 'json' });
    // A new namespace changes the rules key: the kept index no longer applies, the rows do.
    await world.client.call('registry-namespace-create', {
      sandbox,
      code: 'CRMID',
      name: 'CRM ID',
      type: 'CROSS_DEVICE',
    });
    await editPages(world, (stored) => {
      stored.rows = stored.rows.replace('"e1"', '"from-rows"');
    });
    expect(await eventIds(world.client)).toEqual(['from-rows']);
    world.engine.close();
  });
});
