import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureCliBuilt, tempDir } from './cli-harness';

beforeAll(() => ensureCliBuilt(), 120_000);

describe('profile-stager CLI: sandboxes and snapshots', { timeout: 120_000 }, () => {
  it('prints help and version with exit code 0, usage errors with 2', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('sandbox');
    expect(help.stdout).toContain('--snapshot <file>');
    const version = await cli(['--version']);
    expect(version).toMatchObject({ code: 0 });
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect((await cli(['nope'])).code).toBe(2);
    expect((await cli([])).code).toBe(2);
    expect((await cli(['sandbox', 'create', 'demo', '--save'])).stderr).toContain('--save needs --snapshot');
  });

  it('creates a sandbox into a snapshot file and lists it from that file', async () => {
    const dir = tempDir();
    const snap = join(dir, 'demo.snap');
    const created = await cli(['sandbox', 'create', 'demo', '--snapshot', snap, '--save']);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('created sandbox demo');
    const listed = await cli(['sandbox', 'list', '--snapshot', snap, '--json']);
    expect(listed.code).toBe(0);
    expect(JSON.parse(listed.stdout).map((s: { name: string }) => s.name)).toEqual(['prod', 'demo']);
    const human = await cli(['sandbox', 'list', '--snapshot', snap]);
    expect(human.stdout).toMatch(/^NAME\s+TITLE/);
    expect(human.stdout).toMatch(/demo\s+Demo\s+development/);
  });

  it('without --save leaves the snapshot file untouched', async () => {
    const dir = tempDir();
    const snap = join(dir, 's.snap');
    await cli(['sandbox', 'create', 'one', '--snapshot', snap, '--save']);
    const before = readFileSync(snap);
    expect((await cli(['sandbox', 'create', 'two', '--snapshot', snap])).code).toBe(0);
    expect(readFileSync(snap).equals(before)).toBe(true);
  });

  it('resets, renames and deletes; refuses to delete prod with exit code 1', async () => {
    const dir = tempDir();
    const snap = join(dir, 's.snap');
    await cli(['sandbox', 'create', 'dev', '--snapshot', snap, '--save']);
    expect((await cli(['sandbox', 'rename', 'dev', 'Team Dev', '--snapshot', snap, '--save'])).code).toBe(0);
    expect((await cli(['sandbox', 'reset', 'dev', '--snapshot', snap, '--save', '--json'])).stdout).toContain(
      '"rowCount":0',
    );
    const refused = await cli(['sandbox', 'delete', 'prod', '--snapshot', snap, '--json']);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout)).toEqual({
      error: { code: 'failed-precondition', message: expect.stringContaining('cannot be deleted') },
    });
    expect((await cli(['sandbox', 'delete', 'dev', '--snapshot', snap, '--save'])).code).toBe(0);
    const listed = JSON.parse((await cli(['sandbox', 'list', '--snapshot', snap, '--json'])).stdout);
    expect(listed.map((s: { name: string }) => s.name)).toEqual(['prod']);
  });

  it('exports and imports snapshots, under another name with --as', async () => {
    const dir = tempDir();
    const snap = join(dir, 'work.snap');
    const out = join(dir, 'dev-only.snap');
    await cli([
      'sandbox',
      'create',
      'dev',
      '--title',
      'Dev box',
      '--tenant',
      'acme',
      '--snapshot',
      snap,
      '--save',
    ]);
    expect((await cli(['snapshot', 'export', out, '--only', 'dev', '--snapshot', snap])).code).toBe(0);
    const imported = await cli([
      'snapshot',
      'import',
      out,
      '--as',
      'dev-copy',
      '--snapshot',
      snap,
      '--save',
      '--json',
    ]);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout).sandboxes[0]).toMatchObject({
      name: 'dev-copy',
      title: 'Dev box',
      tenantId: 'acme',
    });
    const again = await cli(['snapshot', 'import', out, '--snapshot', snap]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already exists');
  });

  it('a damaged --snapshot file is refused with a clear message and is not overwritten', async () => {
    const dir = tempDir();
    const snap = join(dir, 'bad.snap');
    writeFileSync(snap, 'this is not a snapshot');
    const result = await cli(['sandbox', 'create', 'x', '--snapshot', snap, '--save']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Cannot load snapshot');
    expect(result.stderr).toContain('not gzip-compressed');
    expect(readFileSync(snap, 'utf8')).toBe('this is not a snapshot');
    expect(readdirSync(dir)).toEqual(['bad.snap']);
    expect(existsSync(join(dir, 'bad.snap'))).toBe(true);
  });
});
