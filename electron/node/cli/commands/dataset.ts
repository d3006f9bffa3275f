// `profile-stager dataset …`: create datasets and switch Profile, Identity and upsert on.
import type { Command } from 'commander';
import type { DatasetView } from '../../../../shared/contract';
import { runCommand, table, type CliIo, type RunContext } from '../context';

function describeDataset(d: DatasetView): string {
  return [
    `${d.name}  (${d.id})`,
    `schema   ${d.schemaTitle}  ${d.schemaRef.id}`,
    `profile  ${d.isProfileEnabled ? 'enabled' : 'off'}${d.isUpsert ? ' (upsert)' : ''}   identity ${d.isIdentityEnabled ? 'enabled' : 'off'}`,
    `rows     ${d.rowCount}${d.rowsNotInProfile ? ` (${d.rowsNotInProfile} not in Profile)` : ''}`,
    `tags     ${JSON.stringify(d.tags)}`,
    ...d.notes.map((n) => `note: ${n}`),
  ].join('\n');
}

export function registerDatasetCommands(program: Command, io: CliIo, done: (code: number) => void): void {
  const run = (cmd: Command, work: (ctx: RunContext) => Promise<DatasetView | DatasetView[]>, verb = '') =>
    runCommand(cmd, io, async (ctx) => {
      const result = await work(ctx);
      const human = Array.isArray(result)
        ? table(
            ['NAME', 'ID', 'SCHEMA', 'PROFILE', 'ROWS'],
            result.map((d) => [
              d.name,
              d.id,
              d.schemaTitle,
              d.isProfileEnabled ? (d.isUpsert ? 'upsert' : 'enabled') : '-',
              d.rowCount,
            ]),
          )
        : `${verb ? `${verb}\n` : ''}${describeDataset(result)}`;
      return { json: result, human };
    });
  const dataset = program
    .command('dataset')
    .description('datasets on schemas, enabled for Profile and Identity');

  dataset
    .command('create')
    .description('create a dataset on a schema')
    .requiredOption('--schema <schema>', 'schema $id, altId or title')
    .requiredOption('--name <name>', 'dataset name')
    .option('--description <text>', 'description')
    .option('--profile', 'enable for Profile (the schema must be enabled)')
    .option('--identity', 'enable for Identity Service')
    .option('--upsert', 'upsert (attribute updates) for Profile; record data only')
    .action(
      async (
        opts: {
          schema: string;
          name: string;
          description?: string;
          profile?: boolean;
          identity?: boolean;
          upsert?: boolean;
        },
        cmd: Command,
      ) => {
        done(
          await run(
            cmd,
            async ({ client, options }) => {
              const schema = await client.call('registry-schema-show', {
                sandbox: options.sandbox,
                ref: opts.schema,
              });
              const tags = {
                ...(opts.profile || opts.upsert
                  ? { unifiedProfile: opts.upsert ? ['enabled:true', 'isUpsert:true'] : ['enabled:true'] }
                  : {}),
                ...(opts.identity ? { unifiedIdentity: ['enabled:true'] } : {}),
              };
              return client.call('catalog-dataset-create', {
                sandbox: options.sandbox,
                name: opts.name,
                ...(opts.description ? { description: opts.description } : {}),
                schemaRef: schema.$id,
                tags,
              });
            },
            'created dataset',
          ),
        );
      },
    );

  dataset
    .command('list')
    .description('list datasets')
    .action(async (_o, cmd: Command) =>
      done(
        await run(cmd, ({ client, options }) =>
          client.call('catalog-dataset-list', { sandbox: options.sandbox }),
        ),
      ),
    );
  dataset
    .command('show <dataset>')
    .description('show a dataset')
    .action(async (ref: string, _o, cmd: Command) =>
      done(
        await run(cmd, ({ client, options }) =>
          client.call('catalog-dataset-show', { sandbox: options.sandbox, ref }),
        ),
      ),
    );

  dataset
    .command('delete <dataset>')
    .description('delete a dataset with its batches, rows and diagnostics (its data leaves Profile)')
    .action(async (ref: string, _o, cmd: Command) =>
      done(
        await runCommand(cmd, io, async ({ client, options }) => {
          const result = await client.call('catalog-dataset-delete', { sandbox: options.sandbox, ref });
          return {
            json: result,
            human: `deleted dataset ${result.deleted} and its ${result.batches} batch(es)`,
          };
        }),
      ),
    );

  dataset
    .command('enable-profile <dataset>')
    .description('enable a dataset for Profile and Identity (only data ingested afterwards reaches Profile)')
    .action(async (ref: string, _o, cmd: Command) =>
      done(
        await run(
          cmd,
          ({ client, options }) =>
            client.call('catalog-dataset-set-tags', {
              sandbox: options.sandbox,
              ref,
              tags: { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] },
            }),
          'enabled for Profile',
        ),
      ),
    );

  dataset
    .command('enable-upsert <dataset>')
    .description(
      'turn on upsert: disables Profile, then re-enables it with isUpsert:true, as the platform requires',
    )
    .action(async (ref: string, _o, cmd: Command) =>
      done(
        await run(
          cmd,
          async ({ client, options }) => {
            const current = await client.call('catalog-dataset-show', { sandbox: options.sandbox, ref });
            if (current.isProfileEnabled && !current.isUpsert) {
              await client.call('catalog-dataset-set-tags', {
                sandbox: options.sandbox,
                ref,
                tags: { unifiedProfile: ['enabled:false'], unifiedIdentity: ['enabled:false'] },
              });
            }
            return client.call('catalog-dataset-set-tags', {
              sandbox: options.sandbox,
              ref,
              tags: { unifiedProfile: ['enabled:true', 'isUpsert:true'], unifiedIdentity: ['enabled:true'] },
            });
          },
          'upsert enabled (Profile was disabled and re-enabled; nothing was ingested in between)',
        ),
      ),
    );
}
