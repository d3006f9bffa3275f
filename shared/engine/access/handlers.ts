// Thin handlers of the profile and access domains.
import { EngineError } from '../../contract/errors';
import type { MergePolicyInput } from '../../contract/profile-types';
import type { HandlerMap } from '../../contract/server';
import { optionalString, requireObject, requireString } from '../args';
import type { StoredDataset } from '../catalog/service';
import type { RegistryCore } from '../registry/service';
import type { MergePolicies } from '../profile/policies';
import { diagnose } from './diagnose';
import type { ProfileStates } from '../profile/store';
import type { AccessService, EntityQuery } from './service';

function fieldsOf(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'string')
    return value
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean);
  if (Array.isArray(value) && value.every((f) => typeof f === 'string')) return value;
  throw new EngineError('invalid-argument', 'fields is a comma-separated string or a list of dotted paths.');
}

function numberOf(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new EngineError('invalid-argument', `${name} must be a number.`);
  return n;
}

function policyInput(args: Record<string, unknown>): Partial<MergePolicyInput> {
  const out: Partial<MergePolicyInput> = {};
  if (typeof args.name === 'string') out.name = args.name;
  if (args.identityGraph !== undefined)
    out.identityGraph = requireObject(
      args.identityGraph,
      'identityGraph',
    ) as MergePolicyInput['identityGraph'];
  if (args.attributeMerge !== undefined)
    out.attributeMerge = requireObject(
      args.attributeMerge,
      'attributeMerge',
    ) as MergePolicyInput['attributeMerge'];
  if (args.default !== undefined) out.default = args.default === true || args.default === 'true';
  if (args.isActiveOnEdge !== undefined) out.isActiveOnEdge = args.isActiveOnEdge === true;
  return out;
}

export function accessHandlers(
  registry: RegistryCore,
  access: AccessService,
  policies: MergePolicies,
  states: ProfileStates,
): HandlerMap {
  const scoped = async (raw: unknown, method: string) => {
    const args = requireObject(raw, method);
    return { args, db: await registry.db(requireString(args, 'sandbox', method)) };
  };
  const entityQuery = (args: Record<string, unknown>, method: string): EntityQuery => ({
    entityId: requireString(args, 'entityId', method),
    ...(optionalString(args, 'entityIdNS', method) ? { entityIdNS: args.entityIdNS as string } : {}),
    ...(fieldsOf(args.fields) ? { fields: fieldsOf(args.fields) as string[] } : {}),
    ...(optionalString(args, 'mergePolicyId', method) ? { mergePolicyId: args.mergePolicyId as string } : {}),
  });
  const datasetIds = async (db: Awaited<ReturnType<RegistryCore['db']>>) =>
    new Set(((await db.table('datasets').toArray()) as StoredDataset[]).map((d) => d.id));
  return {
    'profile-entity-get': async (raw) => {
      const { args, db } = await scoped(raw, 'profile-entity-get');
      return access.entity(db, entityQuery(args, 'profile-entity-get'));
    },
    'profile-entities': async (raw) => {
      const { args, db } = await scoped(raw, 'profile-entities');
      if (!Array.isArray(args.identities) || args.identities.length === 0)
        throw new EngineError(
          'invalid-argument',
          'identities must be a non-empty list of {"entityId", "entityIdNS": {"code"}}.',
        );
      if (args.identities.length > 1000)
        throw new EngineError('invalid-argument', 'At most 1000 identities per request.');
      const queries = args.identities.map((item) => {
        const identity = requireObject(item, 'identity');
        const ns = identity.entityIdNS;
        const code =
          typeof ns === 'string'
            ? ns
            : typeof ns === 'object' && ns !== null
              ? (ns as { code?: unknown }).code
              : undefined;
        return {
          entityId: requireString(identity, 'entityId', 'identity'),
          ...(typeof code === 'string' ? { entityIdNS: code } : {}),
          ...(fieldsOf(args.fields) ? { fields: fieldsOf(args.fields) as string[] } : {}),
          ...(typeof args.mergePolicyId === 'string' ? { mergePolicyId: args.mergePolicyId } : {}),
        };
      });
      return access.entities(db, queries);
    },
    'profile-detail': async (raw) => {
      const { args, db } = await scoped(raw, 'profile-detail');
      return (await access.detail(db, entityQuery(args, 'profile-detail'))) ?? null;
    },
    'profile-events': async (raw) => {
      const { args, db } = await scoped(raw, 'profile-events');
      return access.events(db, {
        relatedEntityId: requireString(args, 'relatedEntityId', 'profile-events'),
        ...(typeof args.relatedEntityIdNS === 'string' ? { relatedEntityIdNS: args.relatedEntityIdNS } : {}),
        ...(typeof args.mergePolicyId === 'string' ? { mergePolicyId: args.mergePolicyId } : {}),
        ...(numberOf(args.startTime, 'startTime') !== undefined ? { startTime: Number(args.startTime) } : {}),
        ...(numberOf(args.endTime, 'endTime') !== undefined ? { endTime: Number(args.endTime) } : {}),
        ...(typeof args.orderby === 'string' ? { orderby: args.orderby } : {}),
        ...(numberOf(args.limit, 'limit') !== undefined ? { limit: Number(args.limit) } : {}),
        ...(typeof args.start === 'string' ? { start: args.start } : {}),
        ...(fieldsOf(args.fields) ? { fields: fieldsOf(args.fields) as string[] } : {}),
      });
    },
    'profile-graph': async (raw) => {
      const { args, db } = await scoped(raw, 'profile-graph');
      return (
        (await access.graph(db, {
          entityId: requireString(args, 'entityId', 'profile-graph'),
          ...(typeof args.entityIdNS === 'string' ? { entityIdNS: args.entityIdNS } : {}),
        })) ?? null
      );
    },
    'profile-batch': async (raw) => {
      const { args, db } = await scoped(raw, 'profile-batch');
      return access.batchProfiles(
        db,
        requireString(args, 'batchId', 'profile-batch'),
        numberOf(args.offset, 'offset') ?? 0,
        numberOf(args.limit, 'limit') ?? 100,
      );
    },
    'profile-stats': async (raw) => access.stats((await scoped(raw, 'profile-stats')).db),
    'profile-diagnose': async (raw) => {
      const { args, db } = await scoped(raw, 'profile-diagnose');
      return diagnose(db, states, access, {
        entityId: requireString(args, 'entityId', 'profile-diagnose'),
        entityIdNS: requireString(args, 'entityIdNS', 'profile-diagnose'),
        ...(typeof args.mergePolicyId === 'string' ? { mergePolicyId: args.mergePolicyId } : {}),
      });
    },
    'profile-policy-list': async (raw) => policies.list((await scoped(raw, 'profile-policy-list')).db),
    'profile-policy-show': async (raw) => {
      const { args, db } = await scoped(raw, 'profile-policy-show');
      return policies.get(db, requireString(args, 'id', 'profile-policy-show'));
    },
    'profile-policy-create': async (raw) => {
      const { args, db } = await scoped(raw, 'profile-policy-create');
      const input = policyInput(args);
      return policies.create(db, { ...input, name: input.name ?? '' }, await datasetIds(db));
    },
    'profile-policy-update': async (raw) => {
      const { args, db } = await scoped(raw, 'profile-policy-update');
      return policies.update(
        db,
        requireString(args, 'id', 'profile-policy-update'),
        policyInput(args),
        await datasetIds(db),
      );
    },
    'profile-policy-preview': async (raw) => {
      const { args, db } = await scoped(raw, 'profile-policy-preview');
      const identity = requireObject(args.identity, 'identity');
      const policyId = optionalString(args, 'policyId', 'profile-policy-preview');
      const draft = await policies.draft(
        db,
        policyInput(requireObject(args.draft, 'draft')),
        await datasetIds(db),
        policyId || undefined,
      );
      const query = {
        entityId: requireString(identity, 'id', 'identity'),
        entityIdNS: requireString(identity, 'namespace', 'identity'),
      };
      return (await access.detail(db, query, draft)) ?? null;
    },
    'profile-policy-delete': async (raw) => {
      const { args, db } = await scoped(raw, 'profile-policy-delete');
      return policies.remove(db, requireString(args, 'id', 'profile-policy-delete'));
    },
  };
}
