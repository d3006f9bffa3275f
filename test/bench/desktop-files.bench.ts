// Benchmark: what reading a chosen file through main costs in the desktop host. The same CSV is read
// by the CSV reader (a) straight from disk (fs ByteSource, what the CLI does) and (b) through the
// fetch ByteSource against main's user-file handler (`serveUserFile`) behind a local node:http server,
// one Range request per read, as the engine window does. Node host only (the handler is Node code).
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openFileByteSource } from '../../electron/node/fs-byte-source';
import { serveUserFile, USER_FILE_BASE, UserFileRegistry } from '../../electron/main/user-files';
import type { ByteSource } from '../../shared/formats/byte-source';
import { fetchByteSource, type FetchLike } from '../../shared/formats/fetch-byte-source';
import { readRows } from '../../shared/formats/read-rows';
import { clock, type BenchContext } from './types';

const ROUNDS = 3;

function csv(rows: number): string {
  const lines = ['email,crmId,firstName,lastName,birthDate,loyaltyPoints,city,country,phone,segment'];
  for (let i = 0; i < rows; i++)
    lines.push(
      `user${i}@example.com,CRM-${String(i).padStart(8, '0')},Zoë,Lastname${i % 997},19${50 + (i % 50)}-0${1 + (i % 9)}-${10 + (i % 18)},${(i * 37) % 10_000},"New York, NY",US,+49 30 ${String(i).padStart(7, '0')},gold`,
    );
  return lines.join('\n') + '\n';
}

async function rowsPerSecond(source: ByteSource, expected: number): Promise<number> {
  const start = clock();
  let count = 0;
  for await (const page of readRows(source, { format: 'csv' })) {
    if (page.fileError) throw new Error(page.fileError.message);
    count += page.rows.length;
  }
  if (count !== expected) throw new Error(`read ${count} rows, expected ${expected}`);
  return count / ((clock() - start) / 1000);
}

export default async function run(ctx: BenchContext): Promise<void> {
  if (ctx.host !== 'node') throw new Error('desktop-files runs in the node host only');
  const rows = Number(ctx.args.rows ?? 300_000);
  const dir = await mkdtemp(join(tmpdir(), 'bench-desktop-files-'));
  const path = join(dir, 'people.csv');
  await writeFile(path, csv(rows));
  const registry = new UserFileRegistry();
  const ref = await registry.register(path, 1);
  let requests = 0;
  const server = createServer((req, res) => {
    requests += 1;
    const range = req.headers.range;
    const url = `${USER_FILE_BASE}${(req.url ?? '').slice(1)}`;
    void serveUserFile(
      { method: req.method ?? 'GET', url, headers: new Headers(range ? { range } : {}) },
      registry,
    ).then(async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(response.body ? Buffer.from(await response.arrayBuffer()) : undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const fetcher = ((url: string, init: RequestInit) =>
    fetch(url.replace(USER_FILE_BASE, base), init)) as FetchLike;
  ctx.note(`${rows} rows, ${(ref.size / 1024 / 1024).toFixed(1)} MB CSV`);
  try {
    const disk: number[] = [];
    const viaMain: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const file = await openFileByteSource(path);
      try {
        disk.push(await rowsPerSecond(file, rows));
      } finally {
        await file.close();
      }
      requests = 0;
      viaMain.push(
        await rowsPerSecond(
          fetchByteSource(ref.url, { name: ref.name, size: ref.size, fetch: fetcher }),
          rows,
        ),
      );
      ctx.note(
        `round ${round + 1}: disk ${Math.round(disk.at(-1) ?? 0)} rows/s, via main ${Math.round(viaMain.at(-1) ?? 0)} rows/s, ${requests} range requests`,
      );
    }
    const best = (values: number[]) => Math.max(...values);
    ctx.report('file_mb', Number((ref.size / 1024 / 1024).toFixed(1)), 'MB');
    ctx.report('rows_per_s_fs', Math.round(best(disk)), 'rows/s');
    ctx.report('rows_per_s_user_file_fetch', Math.round(best(viaMain)), 'rows/s');
    ctx.report('ratio_fetch_to_fs', Number((best(viaMain) / best(disk)).toFixed(2)), 'x');
    ctx.report('range_requests_per_read', requests, 'requests');
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  }
}
