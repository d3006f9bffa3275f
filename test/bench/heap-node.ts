// Node-only part of the ingest benchmark: writes a CSV of a given size to a temp file and measures the
// peak JS heap while streaming it through the reader (file-backed Blob, never in memory).
import { openAsBlob } from 'node:fs';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function peakHeapMb(bytes: number, header: string, row: (i: number) => string, stream: (blob: Blob) => Promise<number>): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), 'ps-heap-'));
  const path = join(dir, 'big.csv');
  const file = await open(path, 'w');
  let written = 0;
  await file.write(header);
  for (let i = 0; written < bytes; ) {
    let chunk = '';
    for (let k = 0; k < 20_000; k++) chunk += row(i++);
    await file.write(chunk);
    written += chunk.length;
  }
  await file.close();
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().heapUsed;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  try {
    await stream(await openAsBlob(path));
  } finally {
    clearInterval(timer);
    await rm(dir, { recursive: true, force: true });
  }
  return Math.round(peak / 1e6);
}
