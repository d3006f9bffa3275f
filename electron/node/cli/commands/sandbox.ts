// `profile-stager sandbox …`: list, create, rename, reset, delete.
import type { Command } from 'commander';
import type { SandboxInfo } from '../../../../shared/contract';
import { runCommand, table, type CliIo } from '../context';

const describe = (s: SandboxInfo) =>
  `${s.name} (${s.title}, ${s.type}, tenant _${s.tenantId}, ${s.rowCount} rows)`;

export function registerSandboxCommands(program: Command, io: CliIo, done: (code: number) => void): void {
  const sandbox = program.command('sandbox').description('create, list, reset and delete sandboxes');

  sandbox
    .command('list')
    .description('list the sandboxes')
    .action(async (_opts, cmd: Command) => {
      done(
        await runCommand(cmd, io, async ({ client }) => {
          const list = await client.call('sandbox-list', {});
          return {
            json: list,
            human: table(
              ['NAME', 'TITLE', 'TYPE', 'TENANT', 'ROWS'],
              list.map((s) => [s.name, s.title, s.type, `_${s.tenantId}`, s.rowCount]),
            ),
          };
        }),
      );
    });

  sandbox
    .command('create <name>')
    .description('create a sandbox (lowercase letters, digits, hyphens)')
    .option('--title <title>', 'display title')
    .option('--tenant <id>', 'tenant id for custom fields (default "stager")')
    .action(async (name: string, opts: { title?: string; tenant?: string }, cmd: Command) => {
      done(
        await runCommand(cmd, io, async ({ client }) => {
          const created = await client.call('sandbox-create', {
            name,
            title: opts.title,
            tenantId: opts.tenant,
          });
          return { json: created, human: `created sandbox ${describe(created)}` };
        }),
      );
    });

  sandbox
    .command('rename <name> <title>')
    .description("change a sandbox's title")
    .action(async (name: string, title: string, _opts, cmd: Command) => {
      done(
        await runCommand(cmd, io, async ({ client }) => {
          const renamed = await client.call('sandbox-rename', { name, title });
          return { json: renamed, human: `renamed: ${describe(renamed)}` };
        }),
      );
    });

  sandbox
    .command('reset <name>')
    .description('drop all data of a sandbox, keeping the sandbox')
    .action(async (name: string, _opts, cmd: Command) => {
      done(
        await runCommand(cmd, io, async ({ client }) => {
          const reset = await client.call('sandbox-reset', { name });
          return { json: reset, human: `reset sandbox ${describe(reset)}` };
        }),
      );
    });

  sandbox
    .command('delete <name>')
    .description('delete a sandbox and its data (not the default "prod")')
    .action(async (name: string, _opts, cmd: Command) => {
      done(
        await runCommand(cmd, io, async ({ client }) => {
          const result = await client.call('sandbox-delete', { name });
          return { json: result, human: `deleted sandbox ${result.deleted}` };
        }),
      );
    });
}
