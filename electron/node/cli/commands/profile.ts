// `profile-stager profile …` and `merge-policy …`: look people up the way Profile Access does.
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { MergePolicy, MergePolicyInput, ProfileDetail } from '../../../../shared/contract';
import { EngineError } from '../../../../shared/contract';
import { runCommand, table, UsageError, type CliIo, type RunContext } from '../context';

type Work = (
  ctx: RunContext,
  ...args: never[]
) => Promise<{ json: unknown; human: string; exitCode?: number }>;

function describeProfile(detail: ProfileDetail): string {
  const lines = [
    `profile ${detail.xid}  (merge policy ${detail.mergePolicyId ?? 'none: no merge, no stitching'})`,
    'identities:',
  ];
  for (const i of detail.identities) lines.push(`  ${i.namespace}: ${i.id}`);
  lines.push('attributes (value ← dataset / batch / row, rule):');
  for (const [path, p] of Object.entries(detail.provenance).sort()) {
    const value = path
      .split('.')
      .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], detail.entity);
    lines.push(
      `  ${path} = ${JSON.stringify(value)}  ← ${p.datasetId} / ${p.batchId} / row ${p.row}, ${p.rule}`,
    );
  }
  lines.push(`fragments: ${detail.fragments.length}`);
  return lines.join('\n');
}

function policyArgs(opts: {
  name?: string;
  stitching?: string;
  merge?: string;
  order?: string;
  default?: boolean;
}): Partial<MergePolicyInput> {
  const input: Partial<MergePolicyInput> = {};
  if (opts.name) input.name = opts.name;
  if (opts.stitching) {
    if (opts.stitching !== 'none' && opts.stitching !== 'pdg')
      throw new UsageError('--stitching is none or pdg');
    input.identityGraph = { type: opts.stitching };
  }
  if (opts.merge) {
    if (opts.merge === 'timestampOrdered') input.attributeMerge = { type: 'timestampOrdered' };
    else if (opts.merge === 'dataSetPrecedence')
      input.attributeMerge = {
        type: 'dataSetPrecedence',
        order: (opts.order ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      };
    else throw new UsageError('--merge is timestampOrdered or dataSetPrecedence');
  }
  if (opts.default) input.default = true;
  return input;
}

/** The name a previewed draft gets when it is not given one. */
const PREVIEW_NAME = 'Draft (preview)';

const describePolicy = (p: MergePolicy) =>
  `${p.name}${p.default ? ' (default)' : ''}  id ${p.id}  v${p.version}\n  stitching ${p.identityGraph.type}, merge ${p.attributeMerge.type}${p.attributeMerge.type === 'dataSetPrecedence' ? ` [${p.attributeMerge.order.join(', ')}]` : ''}`;

export function registerProfileCommands(program: Command, io: CliIo, done: (code: number) => void): void {
  const act =
    (work: Work) =>
    async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      done(
        await runCommand(cmd, io, (ctx) =>
          (work as (c: RunContext, ...a: unknown[]) => ReturnType<Work>)(ctx, ...args.slice(0, -1)),
        ),
      );
    };
  const profile = program.command('profile').description('look profiles up as the Profile Access API does');

  profile
    .command('get')
    .description('a merged profile by identity (--json: the Profile Access response keyed by XID)')
    .requiredOption('--id <value>', 'identity value (or an XID without --ns)')
    .option('--ns <namespace>', 'namespace code, e.g. Email')
    .option('--fields <fields>', 'comma-separated dotted paths, e.g. person.name,identities')
    .option('--policy <id>', 'merge policy id or name (default: the default policy)')
    .action(
      act(
        async ({ client, options }, opts: { id: string; ns?: string; fields?: string; policy?: string }) => {
          const common = {
            sandbox: options.sandbox,
            entityId: opts.id,
            ...(opts.ns ? { entityIdNS: opts.ns } : {}),
            ...(opts.policy ? { mergePolicyId: opts.policy } : {}),
          };
          if (options.json)
            return {
              json: await client.call('profile-entity-get', {
                ...common,
                ...(opts.fields ? { fields: opts.fields.split(',') } : {}),
              }),
              human: '',
            };
          const detail = await client.call('profile-detail', common);
          if (!detail)
            throw new EngineError('not-found', `No profile for ${opts.ns ? `${opts.ns}:` : ''}${opts.id}.`);
          return { json: detail, human: describeProfile(detail) };
        },
      ),
    );

  profile
    .command('events')
    .description("a profile's ExperienceEvents")
    .requiredOption('--id <value>', 'identity value')
    .option('--ns <namespace>', 'namespace code')
    .option('--start <ms>', 'startTime (epoch ms, inclusive)')
    .option('--end <ms>', 'endTime (epoch ms, exclusive)')
    .option('--limit <n>', 'events per page (default 1000)')
    .option('--desc', 'newest first')
    .action(
      act(
        async (
          { client, options },
          opts: { id: string; ns?: string; start?: string; end?: string; limit?: string; desc?: boolean },
        ) => {
          const page = await client.call('profile-events', {
            sandbox: options.sandbox,
            relatedEntityId: opts.id,
            ...(opts.ns ? { relatedEntityIdNS: opts.ns } : {}),
            ...(opts.start ? { startTime: Number(opts.start) } : {}),
            ...(opts.end ? { endTime: Number(opts.end) } : {}),
            ...(opts.limit ? { limit: Number(opts.limit) } : {}),
            ...(opts.desc ? { orderby: '-timestamp' } : {}),
          });
          return {
            json: page,
            human: page.children.length
              ? table(
                  ['TIME', 'EVENT', 'TYPE'],
                  page.children.map((e) => [
                    new Date(e.timestamp).toISOString(),
                    e.entityId,
                    String(e.entity['eventType'] ?? ''),
                  ]),
                )
              : 'no events',
          };
        },
      ),
    );

  profile
    .command('graph')
    .description('the identity graph of a profile, with the batch behind every link')
    .requiredOption('--id <value>', 'identity value')
    .option('--ns <namespace>', 'namespace code')
    .action(
      act(async ({ client, options }, opts: { id: string; ns?: string }) => {
        const graph = await client.call('profile-graph', {
          sandbox: options.sandbox,
          entityId: opts.id,
          ...(opts.ns ? { entityIdNS: opts.ns } : {}),
        });
        if (!graph)
          throw new EngineError(
            'not-found',
            `Identity ${opts.ns ? `${opts.ns}:` : ''}${opts.id} is in no graph.`,
          );
        const name = new Map(graph.identities.map((i) => [i.xid, `${i.namespace}:${i.id}`]));
        const human = [
          `${graph.identities.length} identities${graph.isOverLimit ? ' (over the 50-identity limit)' : ''}`,
          ...graph.identities.map((i) => `  ${i.namespace}: ${i.id}`),
          'links:',
          ...graph.links.map(
            (l) =>
              `  ${name.get(l.a)} — ${name.get(l.b)}  (${l.sources.map((s) => `${s.batchId ?? 'stream'} row ${s.row}`).join(', ')})`,
          ),
        ].join('\n');
        return { json: graph, human };
      }),
    );

  profile
    .command('diagnose')
    .description('why a lookup finds nothing: the platform’s documented causes, checked in order')
    .requiredOption('--id <value>', 'identity value')
    .requiredOption('--ns <namespace>', 'namespace code')
    .option('--policy <id>', 'merge policy id or name')
    .action(
      act(async ({ client, options }, opts: { id: string; ns: string; policy?: string }) => {
        const diagnosis = await client.call('profile-diagnose', {
          sandbox: options.sandbox,
          entityId: opts.id,
          entityIdNS: opts.ns,
          ...(opts.policy ? { mergePolicyId: opts.policy } : {}),
        });
        const lines = [
          `${diagnosis.identity.namespace}: ${diagnosis.identity.id} — ${diagnosis.isFound ? 'a profile is found' : 'no profile is found'}`,
        ];
        for (const check of diagnosis.checks) {
          lines.push(`  [${check.isMatch ? 'x' : ' '}] ${check.cause}: ${check.message}`);
          for (const e of check.evidence)
            lines.push(
              `        ${[e.datasetId && `dataset ${e.datasetId}`, e.batchId && `batch ${e.batchId}`, e.row && `row ${e.row}`, e.detail].filter(Boolean).join(', ')}`,
            );
        }
        return { json: diagnosis, human: lines.join('\n') };
      }),
    );

  profile
    .command('batch <batchId>')
    .description('the profiles a batch touched')
    .action(
      act(async ({ client, options }, batchId: string) => {
        const result = await client.call('profile-batch', { sandbox: options.sandbox, batchId, limit: 1000 });
        return {
          json: result,
          human: [
            `${result.total} profiles`,
            ...result.profiles.map((p) => `  ${p.namespace}: ${p.id}  (${p.xid})`),
          ].join('\n'),
        };
      }),
    );

  profile
    .command('stats')
    .description('profile and fragment counts per dataset and namespace')
    .action(
      act(async ({ client, options }) => {
        const stats = await client.call('profile-stats', { sandbox: options.sandbox });
        const human = [
          `${stats.profiles} profiles, ${stats.fragments} fragments`,
          ...stats.byDataset.map((d) => `  dataset ${d.name}: ${d.fragments} fragments`),
          ...stats.byNamespace.map((n) => `  ${n.code}: ${n.identities} identities`),
        ].join('\n');
        return { json: stats, human };
      }),
    );

  const policy = program.command('merge-policy').description('merge policies');
  policy
    .command('list')
    .description('list merge policies')
    .action(
      act(async ({ client, options }) => {
        const list = await client.call('profile-policy-list', { sandbox: options.sandbox });
        return {
          json: list,
          human: list.map(describePolicy).join('\n') || 'no merge policies (no merge, no stitching)',
        };
      }),
    );
  policy
    .command('show <id>')
    .description('show a merge policy')
    .action(
      act(async ({ client, options }, id: string) => {
        const p = await client.call('profile-policy-show', { sandbox: options.sandbox, id });
        return { json: p, human: describePolicy(p) };
      }),
    );
  policy
    .command('delete <id>')
    .description('delete a merge policy')
    .action(
      act(async ({ client, options }, id: string) => {
        const r = await client.call('profile-policy-delete', { sandbox: options.sandbox, id });
        return { json: r, human: `deleted ${r.deleted}` };
      }),
    );
  const shape = (c: Command) =>
    c
      .option('--stitching <type>', 'none or pdg')
      .option('--merge <type>', 'timestampOrdered or dataSetPrecedence')
      .option('--order <datasets>', 'dataset ids, highest priority first (dataSetPrecedence)')
      .option('--default', 'make it the default policy');
  shape(
    policy
      .command('create')
      .description('create a merge policy')
      .requiredOption('--name <name>', 'policy name'),
  ).action(
    act(
      async (
        { client, options },
        opts: { name: string; stitching?: string; merge?: string; order?: string; default?: boolean },
      ) => {
        const p = await client.call('profile-policy-create', {
          sandbox: options.sandbox,
          name: opts.name,
          ...policyArgs(opts),
        });
        return { json: p, human: `created ${describePolicy(p)}` };
      },
    ),
  );
  shape(
    policy
      .command('update <id>')
      .description('change a merge policy (version goes up)')
      .option('--name <name>', 'new name'),
  ).action(
    act(
      async (
        { client, options },
        id: string,
        opts: { name?: string; stitching?: string; merge?: string; order?: string; default?: boolean },
      ) => {
        const p = await client.call('profile-policy-update', {
          sandbox: options.sandbox,
          id,
          ...policyArgs(opts),
        });
        return { json: p, human: `updated ${describePolicy(p)}` };
      },
    ),
  );
  policy
    .command('preview')
    .description("a draft policy's merged profile of one identity, computed without saving anything")
    .requiredOption('--id <value>', 'identity value')
    .requiredOption('--ns <namespace>', 'namespace code, e.g. Email')
    .option('--stitching <type>', 'none or pdg')
    .option('--merge <type>', 'timestampOrdered or dataSetPrecedence')
    .option('--order <datasets>', 'dataset ids, highest priority first (dataSetPrecedence)')
    .option('--policy-file <file>', 'the draft as a merge policy JSON body (flags above override it)')
    .option('--edit <id>', 'the draft edits this policy (checked as an update of it)')
    .option('--name <name>', `the draft's name (checked for clashes; default "${PREVIEW_NAME}")`)
    .action(
      act(
        async (
          { client, options },
          opts: {
            id: string;
            ns: string;
            stitching?: string;
            merge?: string;
            order?: string;
            policyFile?: string;
            edit?: string;
            name?: string;
          },
        ) => {
          let draft: Partial<MergePolicyInput> = {};
          if (opts.policyFile) {
            let body: unknown;
            try {
              body = JSON.parse(await readFile(opts.policyFile, 'utf8'));
            } catch (error) {
              throw new UsageError(`Cannot read ${opts.policyFile} as JSON: ${(error as Error).message}`);
            }
            if (typeof body !== 'object' || body === null || Array.isArray(body))
              throw new UsageError(
                `${opts.policyFile} must hold one merge policy object ({"identityGraph": …, "attributeMerge": …}).`,
              );
            const b = body as Record<string, unknown>;
            if (b.name !== undefined) draft.name = String(b.name);
            if (b.identityGraph !== undefined)
              draft.identityGraph = b.identityGraph as MergePolicyInput['identityGraph'];
            if (b.attributeMerge !== undefined)
              draft.attributeMerge = b.attributeMerge as MergePolicyInput['attributeMerge'];
          }
          draft = { ...draft, ...policyArgs(opts) };
          // A new draft needs a name as create does; one that edits a policy keeps that policy's.
          if (!opts.edit && !draft.name) draft.name = PREVIEW_NAME;
          const detail = await client.call('profile-policy-preview', {
            sandbox: options.sandbox,
            identity: { id: opts.id, namespace: opts.ns },
            draft,
            ...(opts.edit ? { policyId: opts.edit } : {}),
          });
          if (!detail)
            throw new EngineError(
              'not-found',
              `No profile for ${opts.ns}:${opts.id} under this draft policy.`,
            );
          return { json: detail, human: `preview (not saved)\n${describeProfile(detail)}` };
        },
      ),
    );
}
