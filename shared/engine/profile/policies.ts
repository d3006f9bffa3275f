// Merge policies (SPEC §6.2): timestampOrdered or dataSetPrecedence, identity stitching none or pdg,
// one default per class, at most five, version bumped on every change. A sandbox starts with one.
import type Dexie from 'dexie';
import { EngineError } from '../../contract/errors';
import type { MergePolicy, MergePolicyInput } from '../../contract/profile-types';
import type { EngineContext } from '../deps';

export const MAX_MERGE_POLICIES = 5;
export const PROFILE_SCHEMA_NAME = '_xdm.context.profile';
const ORG = 'PROFILESTAGER@AdobeOrg';
const SEEDED = 'mergePoliciesSeeded';
/** The id a not-yet-created draft policy carries in a preview. */
export const DRAFT_ID = 'draft';

function checkShape(input: MergePolicyInput, datasetIds: ReadonlySet<string>): void {
  if (!input.name?.trim()) throw new EngineError('invalid-argument', 'A merge policy needs a name.');
  const graph = input.identityGraph?.type ?? 'pdg';
  if (graph !== 'none' && graph !== 'pdg')
    throw new EngineError('invalid-argument', 'identityGraph.type must be "none" or "pdg".');
  const merge = input.attributeMerge ?? { type: 'timestampOrdered' };
  if (merge.type === 'dataSetPrecedence') {
    if (!Array.isArray(merge.order) || merge.order.length === 0) {
      throw new EngineError(
        'invalid-argument',
        'dataSetPrecedence needs "order": the dataset ids, highest priority first. Datasets not listed are not merged.',
      );
    }
    const unknown = merge.order.filter((id) => !datasetIds.has(id));
    if (unknown.length)
      throw new EngineError(
        'not-found',
        `attributeMerge.order names unknown datasets: ${unknown.join(', ')}.`,
      );
  } else if (merge.type !== 'timestampOrdered') {
    throw new EngineError(
      'invalid-argument',
      'attributeMerge.type must be "timestampOrdered" or "dataSetPrecedence".',
    );
  }
}

export class MergePolicies {
  constructor(private readonly ctx: EngineContext) {}

  /** Gives a new sandbox its default policy, as the platform's sandboxes start with one. */
  async seed(db: Dexie): Promise<void> {
    await db.transaction('rw', [db.table('settings'), db.table('mergePolicies')], async () => {
      if (await db.table('settings').get(SEEDED)) return;
      await db.table('mergePolicies').add(
        this.build({
          name: 'Default Timebased',
          identityGraph: { type: 'pdg' },
          attributeMerge: { type: 'timestampOrdered' },
          default: true,
        }),
      );
      await db.table('settings').put({ key: SEEDED, value: true });
    });
  }

  /** All policies, the default first. */
  async list(db: Dexie): Promise<MergePolicy[]> {
    const all = (await db.table('mergePolicies').toArray()) as MergePolicy[];
    return all.sort((a, b) => Number(b.default) - Number(a.default) || a.name.localeCompare(b.name));
  }

  async get(db: Dexie, id: string): Promise<MergePolicy> {
    const found = (await this.list(db)).find((p) => p.id === id || p.name.toLowerCase() === id.toLowerCase());
    if (!found)
      throw new EngineError('not-found', `No merge policy "${id}". Run "merge-policy list" to see them.`);
    return found;
  }

  /** The default policy, or undefined (then: no merge and no identity stitching). */
  async defaultPolicy(db: Dexie): Promise<MergePolicy | undefined> {
    return (await this.list(db)).find((p) => p.default);
  }

  async create(db: Dexie, input: MergePolicyInput, datasetIds: ReadonlySet<string>): Promise<MergePolicy> {
    const existing = await this.list(db);
    const policy = this.checkNew(input, datasetIds, existing);
    await this.save(db, policy, existing);
    return policy;
  }

  /** A new policy checked against the rules of create (shape, at most five, unique name), not saved. */
  private checkNew(
    input: MergePolicyInput,
    datasetIds: ReadonlySet<string>,
    existing: MergePolicy[],
    id?: string,
  ): MergePolicy {
    checkShape(input, datasetIds);
    if (existing.length >= MAX_MERGE_POLICIES)
      throw new EngineError(
        'failed-precondition',
        `A sandbox has at most ${MAX_MERGE_POLICIES} merge policies; delete one first.`,
      );
    if (existing.some((p) => p.name.toLowerCase() === input.name.trim().toLowerCase()))
      throw new EngineError('already-exists', `A merge policy named "${input.name}" already exists.`);
    return this.build(input, id);
  }

  /**
   * A draft as create (no id) or update (id of the policy being edited) would store it, checked by the
   * same rules, without saving anything — for previewing a policy's effect before it is saved.
   */
  async draft(
    db: Dexie,
    input: Partial<MergePolicyInput>,
    datasetIds: ReadonlySet<string>,
    id?: string,
  ): Promise<MergePolicy> {
    if (id) return this.updated(db, id, input, datasetIds);
    return this.checkNew({ ...input, name: input.name ?? '' }, datasetIds, await this.list(db), DRAFT_ID);
  }

  async update(
    db: Dexie,
    id: string,
    input: Partial<MergePolicyInput>,
    datasetIds: ReadonlySet<string>,
  ): Promise<MergePolicy> {
    const next = await this.updated(db, id, input, datasetIds);
    await this.save(db, next, await this.list(db));
    return next;
  }

  /** The policy an update would store (checked, version bumped), not saved. */
  private async updated(
    db: Dexie,
    id: string,
    input: Partial<MergePolicyInput>,
    datasetIds: ReadonlySet<string>,
  ): Promise<MergePolicy> {
    const current = await this.get(db, id);
    const merged: MergePolicyInput = {
      name: input.name ?? current.name,
      identityGraph: input.identityGraph ?? current.identityGraph,
      attributeMerge: input.attributeMerge ?? current.attributeMerge,
      default: input.default ?? current.default,
      isActiveOnEdge: input.isActiveOnEdge ?? current.isActiveOnEdge,
    };
    checkShape(merged, datasetIds);
    const next: MergePolicy = {
      ...current,
      name: merged.name.trim(),
      identityGraph: { type: merged.identityGraph?.type ?? 'pdg' },
      attributeMerge: merged.attributeMerge ?? { type: 'timestampOrdered' },
      default: merged.default === true,
      isActiveOnEdge: merged.isActiveOnEdge === true,
      version: current.version + 1,
      updateEpoch: Math.floor(this.ctx.now() / 1000),
    };
    const clash = (await this.list(db)).find(
      (p) => p.id !== current.id && p.name.toLowerCase() === next.name.toLowerCase(),
    );
    if (clash) throw new EngineError('already-exists', `A merge policy named "${next.name}" already exists.`);
    return next;
  }

  async remove(db: Dexie, id: string): Promise<{ deleted: string }> {
    const policy = await this.get(db, id);
    if (policy.isActiveOnEdge)
      throw new EngineError(
        'failed-precondition',
        `Merge policy "${policy.name}" is active on edge and cannot be deleted.`,
      );
    await db.table('mergePolicies').delete(policy.id);
    return { deleted: policy.id };
  }

  private build(input: MergePolicyInput, id = this.ctx.newId()): MergePolicy {
    return {
      id,
      name: input.name.trim(),
      imsOrgId: ORG,
      schema: { name: PROFILE_SCHEMA_NAME },
      version: 1,
      identityGraph: { type: input.identityGraph?.type ?? 'pdg' },
      attributeMerge: input.attributeMerge ?? { type: 'timestampOrdered' },
      isActiveOnEdge: input.isActiveOnEdge === true,
      default: input.default === true,
      updateEpoch: Math.floor(this.ctx.now() / 1000),
    };
  }

  /** Writes a policy; making it default (or active on edge) takes that from every other policy. */
  private async save(db: Dexie, policy: MergePolicy, others: MergePolicy[]): Promise<void> {
    await db.transaction('rw', db.table('mergePolicies'), async () => {
      for (const other of others) {
        if (other.id === policy.id) continue;
        const change = (policy.default && other.default) || (policy.isActiveOnEdge && other.isActiveOnEdge);
        if (change) {
          await db.table('mergePolicies').put({
            ...other,
            default: policy.default ? false : other.default,
            isActiveOnEdge: policy.isActiveOnEdge ? false : other.isActiveOnEdge,
            version: other.version + 1,
          });
        }
      }
      await db.table('mergePolicies').put(policy);
    });
  }
}
