import { describe, expect, it } from 'vitest';
import type { JournalEntry } from '../../shared/engine/streaming/journal';
import { testEngine } from './helpers';
import { sandbox } from './registry/builders';
import { streamingSetup } from './streaming-builders';

describe('streaming ingestion', () => {
  it('creates inlets with a local inlet path and finds them without a sandbox', async () => {
    const { client } = await testEngine();
    const { inlet } = await streamingSetup(client);
    expect(inlet).toMatchObject({
      name: 'CRM stream',
      sourceId: 'CRM stream',
      authenticationRequired: false,
      dataType: 'xdm',
      state: 'enabled',
      sandbox: 'prod',
    });
    expect(inlet.inletPath).toBe(`/collection/${inlet.inletId}`);
    expect(await client.call('streaming-inlet-show', { inletId: inlet.inletId })).toEqual(inlet);
    await expect(client.call('streaming-inlet-show', { inletId: 'nope' })).rejects.toMatchObject({
      code: 'not-found',
    });
  });

  it('a valid record is in Profile as soon as the call returns', async () => {
    const { client } = await testEngine();
    const { inlet, message } = await streamingSetup(client);
    const result = await client.call('streaming-ingest', {
      inletId: inlet.inletId,
      messages: [message({ personalEmail: { address: 'jane@example.com' } })],
      syncValidation: true,
    });
    expect(result.verdicts).toEqual([{ ok: true, xactionId: `${result.batchId}:0` }]);
    const profile = await client.call('profile-detail', {
      sandbox,
      entityId: 'jane@example.com',
      entityIdNS: 'Email',
    });
    expect(profile?.entity).toMatchObject({ personalEmail: { address: 'jane@example.com' } });
  });

  it('synchronous validation refuses an invalid message with the validator report, and drops it', async () => {
    const { client } = await testEngine();
    const { inlet, message } = await streamingSetup(client);
    const result = await client.call('streaming-ingest', {
      inletId: inlet.inletId,
      messages: [message({ personalEmail: { address: 'x@example.com' }, workEmail: 1 })],
      syncValidation: true,
    });
    expect(result.verdicts[0]).toMatchObject({
      ok: false,
      statusCode: 400,
      message: expect.stringContaining('Message is invalid'),
      report: {
        _streamingValidation: [
          expect.objectContaining({ message: 'extraneous key [workEmail] is not permitted' }),
        ],
      },
    });
    expect(await client.call('ingest-batch-list', { sandbox })).toEqual([]);
  });

  it('asynchronous validation keeps invalid messages in a failed batch with diagnostics', async () => {
    const { client } = await testEngine();
    const { inlet, message, dataset } = await streamingSetup(client);
    const result = await client.call('streaming-ingest', {
      inletId: inlet.inletId,
      messages: [
        message({ personalEmail: { address: 'a@example.com' } }),
        message({ personalEmail: { address: 'b@example.com' }, extra: 1 }),
      ],
    });
    expect(result.verdicts.map((v) => v.ok)).toEqual([true, true]);
    const batches = await client.call('ingest-batch-list', { sandbox, datasetId: dataset.id });
    expect(batches.map((b) => b.status).sort()).toEqual(['failed', 'success']);
    const failed = batches.find((b) => b.status === 'failed');
    const diagnostics = await client.call('ingest-batch-errors', { sandbox, batchId: failed?.id ?? '' });
    expect(diagnostics[0]).toMatchObject({
      row: 2,
      kind: 'conversion',
      errors: [expect.objectContaining({ keyword: 'additionalProperties' })],
    });
  });

  it('refuses bad envelopes message by message, in order', async () => {
    const { client } = await testEngine();
    const { inlet, message } = await streamingSetup(client);
    const result = await client.call('streaming-ingest', {
      inletId: inlet.inletId,
      messages: [
        message({ personalEmail: { address: 'ok@example.com' } }),
        { header: {}, body: {} },
        message({ personalEmail: { address: 'x@example.com' } }, { imsOrgId: 'OTHER@AdobeOrg' }),
        message({ personalEmail: { address: 'x@example.com' } }, { datasetId: 'missing' }),
      ],
    });
    expect(
      result.verdicts.map((v) =>
        v.ok ? 'ok' : v.message.replace(/^inletId: \[[^\]]+\] imsOrgId: \[[^\]]+\] /, ''),
      ),
    ).toEqual([
      'ok',
      'Message has unknown xdm format',
      'Message has an absent or wrong ims org in the header',
      'Dataset "missing" does not exist in this sandbox.',
    ]);
  });
  it('keeps a recent-messages log per inlet, newest first, and announces each request', async () => {
    const { client, engine } = await testEngine();
    const { inlet, message, dataset } = await streamingSetup(client);
    const seen: unknown[] = [];
    engine.events.on('streaming-received', (payload) => seen.push(payload));
    const first = await client.call('streaming-ingest', {
      inletId: inlet.inletId,
      messages: [
        message({ personalEmail: { address: 'a@example.com' } }),
        message({ personalEmail: { address: 'b@example.com' }, extra: 1 }),
        { header: {}, body: {} },
      ],
    });
    const second = await client.call('streaming-ingest', {
      inletId: inlet.inletId,
      messages: [message({ personalEmail: { address: 'c@example.com' }, workEmail: 1 })],
      syncValidation: true,
    });
    expect(seen).toEqual([
      expect.objectContaining({
        sandbox,
        inletId: inlet.inletId,
        batchId: first.batchId,
        receivedTimeMs: first.receivedTimeMs,
        messages: expect.any(Array),
      }),
      expect.objectContaining({ sandbox, inletId: inlet.inletId, batchId: second.batchId }),
    ]);
    const log = await client.call('streaming-inlet-log', { sandbox, inletId: inlet.inletId });
    expect(log.map((m) => [m.batchId, m.index, m.status, m.statusCode, m.causes > 0])).toEqual([
      [second.batchId, 0, 'fail', 400, true],
      [first.batchId, 2, 'fail', 400, true],
      [first.batchId, 1, 'fail', 200, true],
      [first.batchId, 0, 'pass', 200, false],
    ]);
    expect(log[2]).toMatchObject({
      xactionId: `${first.batchId}:1`,
      datasetId: dataset.id,
      syncValidation: false,
      message: expect.stringContaining('extra'),
    });
    expect(log[0]).toMatchObject({ syncValidation: true, receivedTimeMs: second.receivedTimeMs });
    expect(log[0]?.xactionId).toBeUndefined();
    expect(
      await client.call('streaming-inlet-log', { sandbox, inletId: inlet.inletId, limit: 1 }),
    ).toHaveLength(1);
    await expect(
      client.call('streaming-inlet-log', { sandbox, inletId: inlet.inletId, limit: 201 }),
    ).rejects.toMatchObject({ code: 'invalid-argument' });
    await expect(
      client.call('streaming-inlet-log', { sandbox: 'other', inletId: inlet.inletId }),
    ).rejects.toMatchObject({ code: 'not-found' });
  });

  it('replayed journal entries restore their inlet-log entries and announce their messages', async () => {
    const journaled: JournalEntry[] = [];
    const journal = { append: async (entry: JournalEntry) => void journaled.push(entry), applied() {} };
    const live = await testEngine(undefined, { streamingJournal: journal });
    const { inlet, message } = await streamingSetup(live.client);
    const liveEvents: unknown[] = [];
    live.engine.events.on('streaming-received', (payload) => liveEvents.push(payload));
    // More messages than the log keeps: a replay restores the last 200, as the live log kept them.
    await live.client.call('streaming-ingest', {
      inletId: inlet.inletId,
      messages: Array.from({ length: 230 }, (_, i) =>
        message(
          i % 50 === 7
            ? { personalEmail: { address: `m${i}@x.com` }, bad: i }
            : { personalEmail: { address: `m${i}@x.com` } },
        ),
      ),
    });
    await live.client.call('streaming-ingest', {
      inletId: inlet.inletId,
      messages: [
        message({ personalEmail: { address: 'a@example.com' } }),
        message({ personalEmail: { address: 'b@example.com' }, extra: 1 }),
        { header: {}, body: {} },
        message({ personalEmail: { address: 'x@example.com' } }, { datasetId: 'nope' }),
      ],
    });
    await live.client.call('streaming-ingest', {
      inletId: inlet.inletId,
      messages: [
        message({ personalEmail: { address: 'c@example.com' } }),
        message({ personalEmail: { address: 'd@example.com' }, workEmail: 1 }),
      ],
      syncValidation: true,
    });
    expect(journaled).toHaveLength(4); // the inlet and three requests
    expect(liveEvents).toHaveLength(3);
    const liveLog = await live.client.call('streaming-inlet-log', {
      sandbox,
      inletId: inlet.inletId,
      limit: 200,
    });
    expect(liveLog).toHaveLength(200);
    expect(liveLog.map((m) => m.status === 'fail' && m.statusCode)).toEqual(
      expect.arrayContaining([400, 200]),
    );
    expect(new Set(liveLog.map((m) => m.batchId)).size).toBe(3);

    // A second engine with the same sandbox contents (same ids) but none of the streamed batches.
    const restarted = await testEngine();
    await streamingSetup(restarted.client);
    const replayEvents: unknown[] = [];
    restarted.engine.events.on('streaming-received', (payload) => replayEvents.push(payload));
    expect(await restarted.engine.streaming.replay(journaled)).toMatchObject({ requests: 3, skipped: 0 });
    expect(
      await restarted.client.call('streaming-inlet-log', { sandbox, inletId: inlet.inletId, limit: 200 }),
    ).toEqual(liveLog);
    expect(replayEvents).toEqual(liveEvents);
  });

  it('persistLog stores each inlet log in the sandbox settings, and drops logs of inlets that are gone', async () => {
    const { client, engine } = await testEngine();
    const { inlet, message } = await streamingSetup(client);
    await client.call('streaming-ingest', {
      inletId: inlet.inletId,
      messages: [message({ personalEmail: { address: 'a@example.com' } })],
    });
    await engine.streaming.persistLog();
    const key = `streaming-inlet-log:${inlet.inletId}`;
    const stored = (await (await engine.sandboxes.db(sandbox)).table('settings').get(key)) as
      { messages: unknown[] } | undefined;
    expect(stored?.messages).toEqual(
      await client.call('streaming-inlet-log', { sandbox, inletId: inlet.inletId }),
    );
    await client.call('sandbox-reset', { name: sandbox });
    await engine.streaming.persistLog();
    expect(await (await engine.sandboxes.db(sandbox)).table('settings').get(key)).toBeUndefined();
  });

  it('the log keeps the newest 200 messages of an inlet', async () => {
    const { client } = await testEngine();
    const { inlet, message } = await streamingSetup(client);
    const batch = (from: number, n: number) =>
      Array.from({ length: n }, (_, i) =>
        message({ personalEmail: { address: `m${from + i}@example.com` } }),
      );
    await client.call('streaming-ingest', { inletId: inlet.inletId, messages: batch(0, 150) });
    const last = await client.call('streaming-ingest', { inletId: inlet.inletId, messages: batch(150, 120) });
    const log = await client.call('streaming-inlet-log', { sandbox, inletId: inlet.inletId, limit: 200 });
    expect(log).toHaveLength(200);
    expect(log[0]).toMatchObject({ batchId: last.batchId, index: 119 });
    expect(log[199]).toMatchObject({ index: 70 });
  });
});
