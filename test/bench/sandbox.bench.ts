// Benchmark of snapshot export/import against a plain JSON.stringify + gzip of the same rows.
import { gzipSync } from 'fflate';
import { steppingClock } from '../../shared/engine/ids';
import { benchEngine } from './engine';
import { clock, type BenchContext } from './types';

export default async function run(ctx: BenchContext): Promise<void> {
  const rows = Number(ctx.args.rows ?? 50_000);
  const { engine, sandbox: name } = await benchEngine(ctx, 'b', steppingClock());
  const db = await engine.sandboxes.db(name);
  const values = Array.from({ length: rows }, (_, i) => ({
    key: `k${String(i).padStart(8, '0')}`,
    value: { email: `person${i}@example.com`, points: i, tier: 'gold' },
  }));
  await db.table('settings').bulkPut(values);

  let t = clock();
  const baseline = gzipSync(new TextEncoder().encode(values.map((v) => JSON.stringify(v)).join('\n')));
  const baselineMs = clock() - t;
  t = clock();
  const bytes = await engine.sandboxes.exportSnapshot([name]);
  const exportMs = clock() - t;
  t = clock();
  await engine.sandboxes.importSnapshot(bytes, false, { [name]: `${name}-copy` });
  const importMs = clock() - t;

  ctx.report('rows', rows, 'rows');
  ctx.report('export_rows_per_s', Math.round(rows / (exportMs / 1000)), 'rows/s');
  ctx.report('import_rows_per_s', Math.round(rows / (importMs / 1000)), 'rows/s');
  ctx.report('ratio_export_to_stringify_gzip', exportMs / baselineMs, 'x');
  ctx.report('snapshot_bytes', bytes.length, 'bytes');
  ctx.report('baseline_bytes', baseline.length, 'bytes');
  await engine.sandboxes.remove(name);
  await engine.sandboxes.remove(`${name}-copy`);
  engine.close();
}
