// The CLI's launcher gives node the node host's V8 flags, and the benchmark runner reads the same ones.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { missingFlags, nodeHostFlags, shebangNodeFlags } from '../../scripts/node-host-flags';
import { BIN, ensureCliBuilt, ROOT, tempDir } from './cli-harness';

describe('node host flags', () => {
  it('reads the flags of a launcher line, and none from a plain one', () => {
    expect(shebangNodeFlags('#!/usr/bin/env -S node --max-semi-space-size=64 --stack-size=2000')).toEqual([
      '--max-semi-space-size=64',
      '--stack-size=2000',
    ]);
    expect(shebangNodeFlags('#!/usr/bin/env node')).toEqual([]);
    expect(() => shebangNodeFlags('#!/bin/sh')).toThrow(/Not a node launcher line/);
  });

  it('finds a flag missing unless the process has it by name, on its command line or in NODE_OPTIONS', () => {
    const flags = ['--max-semi-space-size=64'];
    expect(missingFlags(flags, ['--import', 'tsx'])).toEqual(flags);
    expect(missingFlags(flags, ['--max-semi-space-size=32'])).toEqual([]);
    expect(missingFlags(flags, [], '--max-old-space-size=6000 --max-semi-space-size=16')).toEqual([]);
  });

  it('the launcher gives node its young generation size', () => {
    expect(nodeHostFlags(ROOT)).toContain('--max-semi-space-size=64');
  });
});

describe('the launcher run through its #! line', () => {
  beforeAll(() => ensureCliBuilt(), 300_000);

  it('starts the CLI under node with the node host flags', async () => {
    // A module node loads before the CLI (NODE_OPTIONS) reports the flags node was started with.
    const dir = tempDir();
    const probe = join(dir, 'probe.cjs');
    writeFileSync(probe, 'process.stderr.write("execArgv=" + JSON.stringify(process.execArgv) + "\\n");\n');
    const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>(
      (done) =>
        execFile(
          BIN,
          ['--version'],
          { env: { ...process.env, NODE_OPTIONS: `--require ${probe}` } },
          (error, out, err) => done({ code: error ? 1 : 0, stdout: out, stderr: err }),
        ),
    );
    expect(code, stderr).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const reported = /execArgv=(.*)/.exec(stderr)?.[1];
    expect(JSON.parse(reported ?? '[]')).toEqual(nodeHostFlags(ROOT));
  });
});
