// A bounded load test of streaming on loopback (issue 6): 8 concurrent clients × 5,000 messages through
// `POST /collection/batch/{inletId}` (250 per request), then 2,000 single `POST /collection/{inletId}`
// messages, against the node host with its write-ahead log on. Every accepted message ends up in
// Profile or in the dataset's failed batch, exactly once.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApiServer } from '../../../electron/node/http/server';
import { startNodeEngine } from '../../../electron/node/node-engine';
import { silentLogger } from '../../../shared/util/logger';
import { tempDir } from '../cli-harness';
import { PERSONAL_CONTACT, PROFILE } from './harness';

const CLIENTS = 8;
const PER_CLIENT = 5_000;
const PER_REQUEST = 250;
const SINGLES = 2_000;

describe('streaming under load (loopback)', { timeout: 300_000 }, () => {
  it('8 × 5,000 batched and 2,000 single messages: each accepted one is in Profile or the failed batch, once', async () => {
    const host = await startNodeEngine({
      snapshotPath: join(tempDir(), 'load.snap'),
      version: '0.0.0-test',
      log: silentLogger,
    });
    const { client } = host;
    const schema = await client.call('registry-schema-create', {
      sandbox: 'prod',
      title: 'CRM',
      classId: PROFILE,
      fieldGroupIds: [PERSONAL_CONTACT],
      identities: [{ path: 'personalEmail.address', namespace: 'Email', isPrimary: true }],
      isProfileEnabled: true,
    });
    const dataset = await client.call('catalog-dataset-create', {
      sandbox: 'prod',
      name: 'crm',
      schemaRef: schema.$id,
      tags: { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] },
    });
    const inlet = await client.call('streaming-inlet-create', { sandbox: 'prod', name: 'load' });
    const server = createApiServer({ client, token: 'load-token', port: 0, log: silentLogger });
    const base = await server.start();

    const ref = { id: schema.$id, contentType: 'application/vnd.adobe.xed-full+json;version=1' };
    // Every 50th message carries a field the schema lacks: accepted (async validation), then failed.
    const isInvalid = (i: number) => i % 50 === 7;
    const entity = (i: number) =>
      isInvalid(i)
        ? { personalEmail: { address: `m${i}@example.com` }, notInSchema: true }
        : { personalEmail: { address: `m${i}@example.com` } };
    const envelope = (i: number) => ({
      header: { schemaRef: ref, datasetId: dataset.id },
      body: { xdmMeta: { schemaRef: ref }, xdmEntity: entity(i) },
    });
    const xactions = new Set<string>();
    const accepted: number[] = [];
    const post = (path: string, body: unknown) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        for (let start = c * PER_CLIENT; start < (c + 1) * PER_CLIENT; start += PER_REQUEST) {
          const indexes = Array.from({ length: PER_REQUEST }, (_, k) => start + k);
          const response = await post(`/collection/batch/${inlet.inletId}`, {
            messages: indexes.map(envelope),
          });
          expect(response.status).toBe(207);
          const { responses } = (await response.json()) as { responses: { xactionId?: string }[] };
          expect(responses).toHaveLength(PER_REQUEST);
          responses.forEach((r, k) => {
            if (r.xactionId === undefined) return;
            xactions.add(r.xactionId);
            accepted.push(indexes[k] ?? -1);
          });
        }
      }),
    );
    const batched = CLIENTS * PER_CLIENT;
    await Promise.all(
      Array.from({ length: CLIENTS }, async (_, c) => {
        for (let i = batched + c; i < batched + SINGLES; i += CLIENTS) {
          const response = await post(`/collection/${inlet.inletId}`, envelope(i));
          expect(response.status).toBe(200);
          xactions.add(((await response.json()) as { xactionId: string }).xactionId);
          accepted.push(i);
        }
      }),
    );
    await server.close();

    expect(accepted).toHaveLength(batched + SINGLES);
    expect(xactions.size).toBe(batched + SINGLES);
    const valid = accepted.filter((i) => !isInvalid(i));
    const invalid = accepted.filter(isInvalid);
    const batches = await client.call('ingest-batch-list', { sandbox: 'prod', datasetId: dataset.id });
    const written = batches
      .filter((b) => b.status === 'success')
      .reduce((n, b) => n + (b.metrics?.outputRecordCount ?? 0), 0);
    expect(written).toBe(valid.length);
    // Every valid message has its own e-mail address: as many profiles as valid messages means each is in.
    expect((await client.call('profile-stats', { sandbox: 'prod' })).profiles).toBe(valid.length);
    for (const i of [valid[0], valid[12_345], valid.at(-1)])
      expect(
        await client.call('profile-detail', {
          sandbox: 'prod',
          entityId: `m${i}@example.com`,
          entityIdNS: 'Email',
        }),
      ).not.toBeNull();
    const failedRaw: string[] = [];
    for (const batch of batches.filter((b) => b.status === 'failed')) {
      for (let offset = 0; ; offset += 10_000) {
        const page = await client.call('ingest-batch-errors', {
          sandbox: 'prod',
          batchId: batch.id,
          offset,
          limit: 10_000,
        });
        failedRaw.push(...page.map((d) => d.raw ?? ''));
        if (page.length < 10_000) break;
      }
    }
    expect(failedRaw.sort()).toEqual(invalid.map((i) => JSON.stringify(entity(i))).sort());
    // Grouped commits: far fewer batches than requests.
    expect(batches.length).toBeLessThan(batched / PER_REQUEST + SINGLES);
    host.close();
  });
});
