import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureCliBuilt, tempDir } from './cli-harness';

beforeAll(() => ensureCliBuilt(), 120_000);

describe('profile-stager identity config', { timeout: 240_000 }, () => {
  it('shows the defaults, changes keys with --set, keeps them in the snapshot and explains bad input', async () => {
    const snap = join(tempDir(), 'i.snap');
    const shown = await cli(['identity', 'config', '--snapshot', snap]);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toContain('maxIdentitiesPerGraph = 50');
    const set = await cli([
      'identity',
      'config',
      '--set',
      'maxIdentitiesPerGraph=30',
      '--set',
      'uniqueNamespaces=Email',
      '--json',
      '--snapshot',
      snap,
      '--save',
    ]);
    expect(set.code, set.stderr).toBe(0);
    expect(JSON.parse(set.stdout)).toMatchObject({
      config: { maxIdentitiesPerGraph: 30, uniqueNamespaces: ['Email'] },
      changed: ['maxIdentitiesPerGraph', 'uniqueNamespaces'],
    });
    const again = await cli(['identity', 'config', '--snapshot', snap]);
    expect(again.stdout).toContain('* maxIdentitiesPerGraph = 30');
    const bad = await cli(['identity', 'config', '--set', 'maxIdentitiesPerGraph=1', '--snapshot', snap]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('maxIdentitiesPerGraph must be an integer of at least 2');
    const usage = await cli(['identity', 'config', '--set', 'oops', '--snapshot', snap]);
    expect(usage.code).not.toBe(0);
    expect(usage.stderr).toContain('--set takes key=value');
  });
});
