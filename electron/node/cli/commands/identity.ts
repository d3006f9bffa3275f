// `profile-stager identity config [--set key=value …]`: the sandbox's identity graph limits and linking rules.
import type { Command } from 'commander';
import type { IdentityConfigView } from '../../../../shared/contract';
import { runCommand, UsageError, type CliIo } from '../context';

function describe(view: IdentityConfigView): string {
  const lines = [
    `identity configuration (rules version ${view.config.version}${view.changed.length ? `; changed here: ${view.changed.join(', ')}` : '; defaults'})`,
  ];
  for (const [key, value] of Object.entries(view.config)) {
    if (key === 'version') continue;
    const shown =
      key === 'evictionOrder'
        ? (value as string[][]).map((group) => group.join(',')).join(' ; ')
        : Array.isArray(value)
          ? value.join(',')
          : typeof value === 'object'
            ? JSON.stringify(value)
            : String(value);
    lines.push(`  ${view.changed.includes(key) ? '*' : ' '} ${key} = ${shown}`);
  }
  return lines.join('\n');
}

/** `key=value` pairs; `key=` (nothing after `=`) puts the key back to its default. */
function changesOf(pairs: string[]): Record<string, unknown> {
  const changes: Record<string, unknown> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0)
      throw new UsageError(`--set takes key=value (e.g. --set maxIdentitiesPerGraph=30), not "${pair}"`);
    const value = pair.slice(at + 1);
    changes[pair.slice(0, at).trim()] = value === '' ? null : value;
  }
  return changes;
}

export function registerIdentityCommands(program: Command, io: CliIo, done: (code: number) => void): void {
  const identity = program.command('identity').description('the identity graph of a sandbox');
  identity
    .command('config')
    .description(
      'show the identity graph limits and linking rules, or change them with --set (the graph is rebuilt under them)',
    )
    .option(
      '--set <key=value>',
      'change a key (repeatable; key= resets it); lists comma-separated, evictionOrder groups separated by ;, namespacePriority as Code=rank,…',
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .action(async (opts: { set?: string[] }, cmd: Command) => {
      done(
        await runCommand(cmd, io, async ({ client, options }) => {
          const view = opts.set?.length
            ? await client.call('identity-config-set', {
                sandbox: options.sandbox,
                changes: changesOf(opts.set),
              })
            : await client.call('identity-config-show', { sandbox: options.sandbox });
          return { json: view, human: describe(view) };
        }),
      );
    });
}
