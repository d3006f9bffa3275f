// Profile applies a batch of events while a file is still being ingested into it (staged), under a
// stand-in time, and commits it when the batch succeeds. Whatever happens meanwhile — a read, a
// failure, a completion time that is not after every other — every answer must equal that of a build
// that never staged: a new engine over the same IndexedDB, which applies the stored batches whole.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { EngineClient } from '../../../shared/contract';
import { BatchApply } from '../../../shared/engine/profile/batch-apply';
import { testEngine, type TestEngine } from '../helpers';
import { addFile, ingest } from '../ingest/builders';
import { sandbox } from '../registry/builders';
import { envelope } from '../streaming-builders';
import { answers as randomAnswers, batches, ingestBatch, world as randomWorld } from './random-batches';
import { profileAnswers, profileDatasets } from './world';

const PEOPLE = 40;
const ecid = (p: number) => String(10n ** 37n + BigInt(p));
const email = (p: number) => `p${p}@example.com`;

/** Two CRM rows per line of people: email (primary) and phone. */
function crmCsv(): string {
  const lines = Array.from({ length: PEOPLE }, (_, p) => `${email(p)},+3161${String(p).padStart(7, '0')}`);
  return `personalEmail.address,mobilePhone.number\n${lines.join('\n')}\n`;
}

/** `count` web events over the people on 1–14 January 2026 (three pages at 4,500), every 11th repeating an earlier `_id`. */
function eventsJsonl(count: number, from = 0): string {
  const lines: string[] = [];
  for (let i = from; i < from + count; i++) {
    const p = i % PEOPLE;
    lines.push(
      JSON.stringify({
        _id: i % 11 === 10 ? `ev${i - 7}` : `ev${i}`,
        timestamp: `2026-01-${String(1 + (i % 14)).padStart(2, '0')}T10:00:00Z`,
        eventType: 'web.webpagedetails.pageViews',
        identityMap: { ECID: [{ id: ecid(p), primary: true }], Email: [{ id: email(p) }] },
      }),
    );
  }
  return lines.join('\n');
}

const answers = (client: EngineClient) =>
  profileAnswers(client, [
    ...Array.from({ length: PEOPLE }, (_, p) => ['Email', email(p)] as const),
    ...Array.from({ length: PEOPLE }, (_, p) => ['ECID', ecid(p)] as const),
  ]);

/** The CRM batch in, and Profile's state built from it (so the next events batch is staged). */
async function withCrm(engine: TestEngine) {
  const datasets = await profileDatasets(engine.client);
  await ingest(engine.client, datasets.crm.id, 'crm.csv', crmCsv());
  const db = await engine.engine.sandboxes.db(sandbox);
  await vi.waitFor(() => expect(engine.engine.profiles.isCurrent(db.name)).toBe(true));
  return datasets;
}

/** The answers of a new engine over the same database (it applies every stored batch whole). */
async function rebuilt(first: TestEngine) {
  first.engine.close();
  const restarted = await testEngine(first.idb);
  const out = await answers(restarted.client);
  restarted.engine.close();
  return out;
}

/**
 * An events batch whose file is read whole, then — once Profile has applied all `pages` of it while
 * the batch is still loading (or `until` says) — completed.
 */
async function stagedBatch(
  engine: TestEngine,
  datasetId: string,
  content: string,
  until: (pages: number) => boolean = (pages) => pages === 3,
) {
  const { client } = engine;
  let staged = 0;
  engine.engine.profiles.onStaged = (_db, _batch, pages) => {
    staged = pages;
  };
  const created = await client.call('ingest-batch-create', {
    sandbox,
    datasetId,
    inputFormat: { format: 'json' },
    enableErrorDiagnostics: false,
  });
  await addFile(client, created.id, 'web.jsonl', content);
  await vi.waitFor(() => expect(until(staged)).toBe(true));
  const loading = await client.call('ingest-batch-show', { sandbox, batchId: created.id });
  expect(loading.status).toBe('loading');
  return client.call('ingest-batch-complete', { sandbox, batchId: created.id });
}

describe('a batch of events applied while it is ingested', () => {
  it('is applied page by page as it is stored, and committed when it succeeds', async () => {
    const first = await testEngine();
    const { web } = await withCrm(first);
    const batch = await stagedBatch(first, web.id, eventsJsonl(4500));
    expect(batch.status).toBe('success');
    const staged = await answers(first.client);
    expect(first.engine.profiles.staged).toEqual({ committed: 1, takenOut: 0 });
    expect(staged).toEqual(await rebuilt(first));
  }, 120_000);

  it("sizes the tables once from the file's progress, for about its row count", async () => {
    const first = await testEngine();
    const { web } = await withCrm(first);
    const reserve = vi.spyOn(BatchApply.prototype, 'reserve');
    // 12,000 events, about 2.3 MB: six pages, estimated once the first MiB was read.
    const content = eventsJsonl(12_000);
    expect(content.length).toBeGreaterThan(2 << 20);
    const batch = await stagedBatch(first, web.id, content, (pages) => pages === 6);
    expect(batch.status).toBe('success');
    expect(reserve).toHaveBeenCalledTimes(1);
    const estimate = reserve.mock.calls[0]?.[0] ?? 0;
    expect(estimate).toBeGreaterThan(12_000 * 0.9);
    expect(estimate).toBeLessThan(12_000 * 1.1);
    reserve.mockRestore();
    const staged = await answers(first.client);
    expect(first.engine.profiles.staged).toEqual({ committed: 1, takenOut: 0 });
    expect(staged).toEqual(await rebuilt(first));
  }, 120_000);

  it('is never seen by a read while it is ingested: the read takes it out, the batch is applied once it succeeds', async () => {
    const first = await testEngine();
    const { web } = await withCrm(first);
    const before = await first.client.call('profile-stats', { sandbox });
    let read: Promise<unknown> | undefined;
    await stagedBatch(first, web.id, eventsJsonl(4500), (pages) => {
      // A read as soon as some pages are in: it waits for the step, then takes the batch out.
      if (pages > 0) read ??= first.client.call('profile-stats', { sandbox });
      return read !== undefined;
    });
    expect(await read).toEqual(before);
    const after = await answers(first.client);
    expect(first.engine.profiles.staged).toEqual({ committed: 0, takenOut: 1 });
    expect((after['stats'] as { fragments: number }).fragments).toBeGreaterThan(before.fragments);
    expect(after).toEqual(await rebuilt(first));
  }, 120_000);

  it('is taken out when a record streams in meanwhile, and the batch applied after it', async () => {
    const first = await testEngine();
    const { crm, web } = await withCrm(first);
    const inlet = await first.client.call('streaming-inlet-create', { sandbox, name: 'CRM stream' });
    // p0's CRM row streamed again with another phone: a link the events' graphs meet.
    const message = envelope(crm.schemaRef.id, crm.id, {
      personalEmail: { address: email(0) },
      mobilePhone: { number: '+31699999999' },
    });
    let streamed: Promise<unknown> | undefined;
    let isStreamed = false;
    // Once some pages are staged, the record streams in; the batch completes after it is in Profile.
    await stagedBatch(first, web.id, eventsJsonl(4500), (pages) => {
      if (pages > 0)
        streamed ??= first.client
          .call('streaming-ingest', { inletId: inlet.inletId, messages: [message] })
          .then(() => (isStreamed = true));
      return isStreamed;
    });
    await streamed;
    const after = await answers(first.client);
    expect(first.engine.profiles.staged).toEqual({ committed: 0, takenOut: 1 });
    const detail = after[`Email:${email(0)}`] as { graph: unknown };
    expect(JSON.stringify(detail.graph)).toContain('+31699999999');
    expect(after).toEqual(await rebuilt(first));
  }, 120_000);

  it('leaves nothing behind when the batch fails', async () => {
    const first = await testEngine();
    const { web } = await withCrm(first);
    const before = await answers(first.client);
    const broken = `${eventsJsonl(4500)}\n{"_id":"bad","timestamp":"not a time","identityMap":{}}`;
    const batch = await stagedBatch(first, web.id, broken);
    expect(batch.status).toBe('failed');
    const db = await first.engine.sandboxes.db(sandbox);
    await vi.waitFor(() => expect(first.engine.profiles.isStaging(batch.id)).toBe(false));
    expect(first.engine.profiles.staged).toEqual({ committed: 0, takenOut: 1 });
    expect(first.engine.profiles.isCurrent(db.name)).toBe(true);
    expect(await answers(first.client)).toEqual(before);
    expect(await answers(first.client)).toEqual(await rebuilt(first));
  }, 120_000);

  it('is applied whole when it completes at a time not after every other (a clock that stands still)', async () => {
    const stopped = Date.UTC(2026, 0, 15, 9, 0, 0);
    const first = await testEngine(undefined, { now: () => stopped });
    const { web } = await withCrm(first);
    await stagedBatch(first, web.id, eventsJsonl(4500));
    const after = await answers(first.client);
    expect(first.engine.profiles.staged).toEqual({ committed: 0, takenOut: 1 });
    first.engine.close();
    const restarted = await testEngine(first.idb, { now: () => stopped });
    expect(after).toEqual(await answers(restarted.client));
    restarted.engine.close();
  }, 120_000);

  it('any batches, staged as they come, give what a build without staging gives (property)', async () => {
    let committed = 0;
    await fc.assert(
      fc.asyncProperty(batches, async (plan) => {
        const first = await testEngine();
        const ids = await randomWorld(first.client);
        // The state is held from the start, so every events batch after it is staged.
        await randomAnswers(first.client);
        for (const rows of plan) await ingestBatch(first.client, ids, rows);
        const staged = await randomAnswers(first.client);
        committed += first.engine.profiles.staged.committed;
        first.engine.close();
        const restarted = await testEngine(first.idb);
        expect(staged).toEqual(await randomAnswers(restarted.client));
        restarted.engine.close();
      }),
      { numRuns: 12, seed: 7 },
    );
    expect(committed).toBeGreaterThan(0);
  }, 600_000);
});
