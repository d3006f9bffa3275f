// The V8 flags the node host runs with: those its launcher's `#!` line gives node (bin/profile-stager.js),
// so a benchmark of the node host runs as the CLI does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The flags a `#!/usr/bin/env -S node …` line passes to node (none for a plain `#!/usr/bin/env node`). */
export function shebangNodeFlags(firstLine: string): string[] {
  const match = /^#!\s*\/usr\/bin\/env\s+(?:-S\s+)?node((?:\s+\S+)*)\s*$/.exec(firstLine);
  if (!match) throw new Error(`Not a node launcher line: ${firstLine}`);
  return (match[1] ?? '').split(/\s+/).filter((flag) => flag !== '');
}

/** The node host's flags, read from the launcher in the project at `root`. */
export function nodeHostFlags(root: string): string[] {
  const text = readFileSync(join(root, 'bin', 'profile-stager.js'), 'utf8');
  return shebangNodeFlags(text.slice(0, text.indexOf('\n')));
}

/** Which of `flags` a node process started with `execArgv` (and NODE_OPTIONS) lacks, by flag name. */
export function missingFlags(
  flags: readonly string[],
  execArgv: readonly string[],
  nodeOptions = '',
): string[] {
  const given = [...execArgv, ...nodeOptions.split(/\s+/)].map((arg) => arg.split('=')[0]);
  return flags.filter((flag) => !given.includes(flag.split('=')[0]));
}
