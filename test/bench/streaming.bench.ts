// Benchmark of streaming through the local HTTP API (node host): messages/s accepted and applied to
// Profile via /collection/batch from concurrent clients, against the platform's documented baseline of
// 1,500 records/s into Profile. Every message is checked to be in Profile afterwards (zero lost).
// By default the node host journals every request to its write-ahead log (synced before the reply),
// as `profile-stager serve --snapshot FILE` does; `--wal false` measures without it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApiServer } from '../../electron/node/http/server';
import { startNodeEngine } from '../../electron/node/node-engine';
import { silentLogger } from '../../shared/util/logger';
import { clock, type BenchContext } from './types';

const PLATFORM_BASELINE_PER_S = 1500;

export default async function run(ctx: BenchContext): Promise<void> {
  if (ctx.host !== 'node')
    throw new Error('The streaming benchmark runs in the node host (it needs the HTTP server).');
  const total = Number(ctx.args.messages ?? 40_000);
  const clients = Number(ctx.args.clients ?? 8);
  const perRequest = Number(ctx.args.batch ?? 500);
  const wal = ctx.args.wal !== 'false';
  const dir = mkdtempSync(join(tmpdir(), 'streaming-bench-'));
  const host = await startNodeEngine({
    version: 'bench',
    log: silentLogger,
    ...(wal ? { snapshotPath: join(dir, 'bench.snapshot') } : {}),
  });
  const client = host.client;
  const schema = await client.call('registry-schema-create', {
    sandbox: 'prod',
    title: 'CRM',
    classId: 'https://ns.adobe.com/xdm/context/profile',
    fieldGroupIds: ['https://ns.adobe.com/xdm/context/profile-personal-details'],
    identities: [
      { path: 'personalEmail.address', namespace: 'Email', isPrimary: true },
      { path: 'mobilePhone.number', namespace: 'Phone' },
    ],
    isProfileEnabled: true,
  });
  const dataset = await client.call('catalog-dataset-create', {
    sandbox: 'prod',
    name: 'crm',
    schemaRef: schema.$id,
    tags: { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] },
  });
  const inlet = await client.call('streaming-inlet-create', { sandbox: 'prod', name: 'bench' });
  const server = createApiServer({ client, token: 'bench-token', port: 0, log: silentLogger });
  const base = await server.start();
  const message = (i: number) => ({
    header: {
      schemaRef: { id: schema.$id, contentType: 'application/vnd.adobe.xed-full+json;version=1' },
      datasetId: dataset.id,
    },
    body: {
      xdmMeta: {
        schemaRef: { id: schema.$id, contentType: 'application/vnd.adobe.xed-full+json;version=1' },
      },
      xdmEntity: {
        personalEmail: { address: `p${i}@example.com` },
        mobilePhone: { number: `+3162${String(i).padStart(7, '0')}` },
      },
    },
  });
  let next = 0;
  let accepted = 0;
  const t = clock();
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < total) {
        const start = next;
        next += perRequest;
        const messages = Array.from({ length: Math.min(perRequest, total - start) }, (_, k) =>
          message(start + k),
        );
        const response = await fetch(`${base}/collection/batch/${inlet.inletId}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ messages }),
        });
        const body = (await response.json()) as { responses: { xactionId?: string }[] };
        accepted += body.responses.filter((r) => r.xactionId).length;
      }
    }),
  );
  const stats = await client.call('profile-stats', { sandbox: 'prod' });
  const seconds = (clock() - t) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  ctx.report('messages', total, 'messages');
  ctx.report('accepted', accepted, 'messages');
  ctx.report('in_profile', stats.profiles, 'profiles');
  ctx.report('lost', total - stats.profiles, 'messages');
  ctx.report('streaming_applied_per_s', Math.round(stats.profiles / seconds), 'messages/s');
  ctx.report('ratio_to_platform_baseline', stats.profiles / seconds / PLATFORM_BASELINE_PER_S, 'x');
  // The same work per CPU second of this process (server and its 8 clients together): what a quiet
  // core would sustain, and a figure the other agents on this machine disturb less.
  ctx.report('cpu_seconds', cpuSeconds, 's');
  ctx.report('streaming_applied_per_cpu_s', Math.round(stats.profiles / cpuSeconds), 'messages/s');
  ctx.report('wal', wal ? 1 : 0, 'on');
  await server.close();
  host.close();
  rmSync(dir, { recursive: true, force: true });
}
