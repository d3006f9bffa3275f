// `profile-stager schema …` and `namespace …`: the Schema Registry from the command line.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { EngineError, type IdentityArg, type SchemaDetail } from '../../../../shared/contract';
import { runCommand, table, UsageError, type CliIo, type RunContext } from '../context';

/** `personalEmail.address=Email:primary` → identity argument. */
export function parseIdentity(spec: string): IdentityArg {
  const at = spec.lastIndexOf('=');
  if (at <= 0)
    throw new UsageError(`identity "${spec}" must look like PATH=NAMESPACE or PATH=NAMESPACE:primary`);
  const [namespace, flag] = spec.slice(at + 1).split(':');
  if (!namespace || (flag !== undefined && flag !== 'primary'))
    throw new UsageError(`identity "${spec}" must look like PATH=NAMESPACE or PATH=NAMESPACE:primary`);
  return { path: spec.slice(0, at), namespace, isPrimary: flag === 'primary' };
}

function describeSchema(s: SchemaDetail): string {
  const identities = s.identities.map(
    (d) => `  ${d['xdm:sourceProperty']} → ${d['xdm:namespace']}${d['xdm:isPrimary'] ? ' (primary)' : ''}`,
  );
  const fields = s.fields.filter((f) => !f.path.includes('[]') && !f.path.includes('{}'));
  return [
    `${s.title}  v${s.version}${s.isProfileEnabled ? '  [enabled for Profile]' : ''}${s.isInUse ? '  [in use]' : ''}`,
    `$id      ${s.$id}`,
    `altId    ${s['meta:altId']}`,
    `class    ${s['meta:class']} (${s.behavior})`,
    `groups   ${s.fieldGroups.map((g) => g.title).join(', ') || '(none)'}`,
    'identities:',
    ...(identities.length ? identities : ['  (none)']),
    `fields (${s.fields.length}):`,
    ...fields.slice(0, 400).map((f) => `  ${f.path}: ${f.xdmType}${f.isRequired ? ' (required)' : ''}`),
  ].join('\n');
}

type Action = (
  ctx: RunContext,
  ...args: never[]
) => Promise<{ json: unknown; human: string; exitCode?: number }>;

export function registerSchemaCommands(program: Command, io: CliIo, done: (code: number) => void): void {
  const act =
    (work: Action) =>
    async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      done(
        await runCommand(cmd, io, (ctx) =>
          (work as (c: RunContext, ...a: unknown[]) => ReturnType<Action>)(ctx, ...args.slice(0, -1)),
        ),
      );
    };
  const detailOut = (s: SchemaDetail, verb: string) => ({ json: s, human: `${verb}\n${describeSchema(s)}` });

  const schema = program
    .command('schema')
    .description('compose XDM schemas, mark identities, enable them for Profile');

  schema
    .command('library')
    .description('search the standard XDM library (classes, field groups, data types)')
    .option('--kind <kind>', 'class, fieldgroup, datatype, behavior or schema')
    .option('--search <text>', 'words in the title, $id or altId')
    .option('--for-class <class>', 'field groups usable with this class $id')
    .option('--deprecated', 'include deprecated entries')
    .action(
      act(
        async (
          { client },
          opts: { kind?: string; search?: string; forClass?: string; deprecated?: boolean },
        ) => {
          const entries = await client.call('registry-library-list', {
            ...(opts.kind ? { kind: opts.kind as never } : {}),
            ...(opts.search ? { search: opts.search } : {}),
            ...(opts.forClass ? { intendedFor: opts.forClass } : {}),
            includeDeprecated: opts.deprecated === true,
          });
          return {
            json: entries,
            human: table(
              ['KIND', 'TITLE', '$ID'],
              entries.map((e) => [e.kind, e.title, e.$id]),
            ),
          };
        },
      ),
    );

  schema
    .command('create')
    .description('create a schema from a class and field groups, or from a platform POST body (--body FILE)')
    .option('--title <title>', 'schema title (unique in the sandbox)')
    .option('--class <class>', 'class $id, altId or title')
    .option('--field-group <group...>', 'field groups ($id, altId or title)')
    .option('--identity <spec...>', 'PATH=NAMESPACE[:primary], e.g. personalEmail.address=Email:primary')
    .option('--description <text>', 'description')
    .option('--enable', 'enable for Profile at creation')
    .option('--body <file>', "the platform's POST /tenant/schemas JSON body")
    .action(
      act(
        async (
          { client, options },
          opts: {
            title?: string;
            class?: string;
            fieldGroup?: string[];
            identity?: string[];
            description?: string;
            enable?: boolean;
            body?: string;
          },
        ) => {
          if (opts.body) {
            let body: unknown;
            try {
              body = JSON.parse(await readFile(opts.body, 'utf8'));
            } catch (error) {
              throw new EngineError(
                'invalid-argument',
                `Cannot read ${opts.body} as JSON: ${(error as Error).message}`,
              );
            }
            return detailOut(
              await client.call('registry-schema-create-from-body', { sandbox: options.sandbox, body }),
              'created schema',
            );
          }
          if (!opts.title || !opts.class)
            throw new UsageError('schema create needs --title and --class (or --body FILE)');
          const created = await client.call('registry-schema-create', {
            sandbox: options.sandbox,
            title: opts.title,
            classId: opts.class,
            fieldGroupIds: opts.fieldGroup ?? [],
            identities: (opts.identity ?? []).map(parseIdentity),
            ...(opts.description ? { description: opts.description } : {}),
            isProfileEnabled: opts.enable === true,
          });
          return detailOut(created, 'created schema');
        },
      ),
    );

  schema
    .command('list')
    .description('list the schemas of the sandbox')
    .action(
      act(async ({ client, options }) => {
        const list = await client.call('registry-schema-list', { sandbox: options.sandbox });
        return {
          json: list,
          human: table(
            ['TITLE', 'VERSION', 'CLASS', 'PROFILE', '$ID'],
            list.map((s) => [
              s.title,
              s.version,
              s['meta:class'].split('/').pop() ?? '',
              s.isProfileEnabled ? 'enabled' : '-',
              s.$id,
            ]),
          ),
        };
      }),
    );

  schema
    .command('show <schema>')
    .description('show a schema with its fields and identities')
    .action(
      act(async ({ client, options }, ref: string) =>
        detailOut(await client.call('registry-schema-show', { sandbox: options.sandbox, ref }), ''),
      ),
    );

  schema
    .command('add-field-group <schema> <group>')
    .description('add a compatible field group')
    .action(
      act(async ({ client, options }, ref: string, fieldGroup: string) =>
        detailOut(
          await client.call('registry-schema-add-field-group', { sandbox: options.sandbox, ref, fieldGroup }),
          'added field group',
        ),
      ),
    );

  schema
    .command('remove-field-group <schema> <group>')
    .description('remove a field group (refused once the schema is in use or enabled)')
    .action(
      act(async ({ client, options }, ref: string, fieldGroup: string) =>
        detailOut(
          await client.call('registry-schema-remove-field-group', {
            sandbox: options.sandbox,
            ref,
            fieldGroup,
          }),
          'removed field group',
        ),
      ),
    );

  schema
    .command('add-field <schema> <path>')
    .description('add a custom field under _<tenant> (e.g. loyaltyTier or _stager.crm.score)')
    .requiredOption(
      '--type <type>',
      'string, number, long, int, short, byte, date, date-time, boolean, uri, object',
    )
    .option('--title <title>', 'field title')
    .option('--enum <values>', 'comma-separated allowed values (string fields)')
    .option('--required', 'the field is required')
    .action(
      act(
        async (
          { client, options },
          ref: string,
          path: string,
          opts: { type: string; title?: string; enum?: string; required?: boolean },
        ) =>
          detailOut(
            await client.call('registry-schema-add-field', {
              sandbox: options.sandbox,
              ref,
              path,
              type: opts.type,
              ...(opts.title ? { title: opts.title } : {}),
              ...(opts.enum
                ? {
                    enum: opts.enum
                      .split(',')
                      .map((v) => v.trim())
                      .filter(Boolean),
                  }
                : {}),
              isRequired: opts.required === true,
            }),
            'added field',
          ),
      ),
    );

  schema
    .command('set-identity <schema> <spec>')
    .description('mark a string field as identity: PATH=NAMESPACE[:primary]')
    .action(
      act(async ({ client, options }, ref: string, spec: string) =>
        detailOut(
          await client.call('registry-schema-set-identity', {
            sandbox: options.sandbox,
            ref,
            ...parseIdentity(spec),
          }),
          'set identity',
        ),
      ),
    );

  schema
    .command('remove-identity <schema> <path>')
    .description('unmark an identity field')
    .action(
      act(async ({ client, options }, ref: string, path: string) =>
        detailOut(
          await client.call('registry-schema-remove-identity', { sandbox: options.sandbox, ref, path }),
          'removed identity',
        ),
      ),
    );

  schema
    .command('enable <schema>')
    .description('enable for Profile (irreversible; see "schema locks" first)')
    .action(
      act(async ({ client, options }, ref: string) =>
        detailOut(
          await client.call('registry-schema-enable-profile', { sandbox: options.sandbox, ref }),
          'enabled for Profile',
        ),
      ),
    );

  schema
    .command('locks <schema>')
    .description('the Profile requirements checklist and what enabling makes permanent')
    .action(
      act(async ({ client, options }, ref: string) => {
        const report = await client.call('registry-schema-locks', { sandbox: options.sandbox, ref });
        const checks = report.checks.map(
          (c) => `  [${c.isMet ? 'x' : ' '}] ${c.message}${c.fix && !c.isMet ? `\n      fix: ${c.fix}` : ''}`,
        );
        const human = [
          `requirements${report.isEnabled ? ' (already enabled)' : ''}:`,
          ...checks,
          'enabling makes permanent:',
          ...report.locks.map((l) => `  - ${l}`),
        ].join('\n');
        return { json: report, human };
      }),
    );

  schema
    .command('union <class>')
    .description('the union schema of a class (all of its Profile-enabled schemas)')
    .action(
      act(async ({ client, options }, classRef: string) => {
        const union = await client.call('registry-union-show', { sandbox: options.sandbox, classRef });
        const human = [
          `${union.title}  (${union.$id})`,
          `members: ${union.schemas.map((s) => s.title).join(', ')}`,
          `fields (${union.fields.length}):`,
          ...union.fields.filter((f) => !/[[{]/.test(f.path)).map((f) => `  ${f.path}: ${f.xdmType}`),
        ].join('\n');
        return { json: union, human };
      }),
    );

  schema
    .command('delete <schema>')
    .description('delete a schema that is neither enabled nor in use')
    .action(
      act(async ({ client, options }, ref: string) => {
        const result = await client.call('registry-schema-delete', { sandbox: options.sandbox, ref });
        return { json: result, human: `deleted ${result.deleted}` };
      }),
    );

  const namespace = program.command('namespace').description('identity namespaces');
  namespace
    .command('list')
    .description('standard and custom namespaces')
    .action(
      act(async ({ client, options }) => {
        const list = await client.call('registry-namespace-list', { sandbox: options.sandbox });
        return {
          json: list,
          human: table(
            ['SYMBOL', 'NAME', 'TYPE', 'ID', 'KIND'],
            list.map((n) => [n.code, n.name, n.type, n.id, n.isStandard ? 'standard' : 'custom']),
          ),
        };
      }),
    );
  namespace
    .command('create')
    .description('create a custom namespace (symbol and type can never change; it cannot be deleted)')
    .requiredOption('--symbol <symbol>', 'identity symbol, e.g. CRMID')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--type <type>', 'COOKIE, DEVICE, CROSS_DEVICE, EMAIL, PHONE, NON_PEOPLE or PARTNER')
    .option('--description <text>', 'description')
    .action(
      act(
        async (
          { client, options },
          opts: { symbol: string; name: string; type: string; description?: string },
        ) => {
          const created = await client.call('registry-namespace-create', {
            sandbox: options.sandbox,
            code: opts.symbol,
            name: opts.name,
            type: opts.type,
            ...(opts.description ? { description: opts.description } : {}),
          });
          return {
            json: created,
            human: `created namespace ${created.code} (${created.name}, ${created.type})`,
          };
        },
      ),
    );
}
