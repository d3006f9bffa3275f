// Profile Access (SPEC §7): look entities up by identity or XID under a merge policy, with the
// platform's response shapes, plus the views the verify wizard needs (provenance, graph, batch).
import type Dexie from 'dexie';
import { EngineError } from '../../contract/errors';
import type {
  AccessEntity,
  EventPage,
  GraphView,
  MergePolicy,
  ProfileDetail,
  ProfileStats,
} from '../../contract/profile-types';
import type { StoredDataset } from '../catalog/service';
import { recordOf, type RecordFragment } from '../profile/fragments';
import { identityKey, splitIdentityKey } from '../profile/identities';
import { mergeFragments } from '../profile/merge';
import { pickFields } from '../profile/paths';
import type { MergePolicies } from '../profile/policies';
import { touchedKeys, type ProfileState, type ProfileStates } from '../profile/store';

export const MAX_GRAPH_IDENTITIES = 50;
const EPOCH_PLACEHOLDER = '1970-01-01T00:00:00Z';

export interface EntityQuery {
  entityId: string;
  entityIdNS?: string;
  fields?: string[];
  mergePolicyId?: string;
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

export class AccessService {
  constructor(
    private readonly states: ProfileStates,
    private readonly policies: MergePolicies,
  ) {}

  /** The policy a read uses: the named one, else the default; undefined = no merge, no stitching. */
  async policy(db: Dexie, id?: string): Promise<MergePolicy | undefined> {
    return id ? this.policies.get(db, id) : this.policies.defaultPolicy(db);
  }

  /** Resolves entityId (+NS) to an identity; an entityId without NS is an XID. */
  identity(
    state: ProfileState,
    query: { entityId: string; entityIdNS?: string },
  ): { namespace: string; id: string } | undefined {
    if (query.entityIdNS)
      return {
        namespace: state.graph.canonicalNamespace(query.entityIdNS) ?? query.entityIdNS,
        id: query.entityId,
      };
    return state.graph.identityOfXid(query.entityId);
  }

  /** Identities a policy stitches for one identity; more than 50 is refused as the platform does (422). */
  private related(
    state: ProfileState,
    identity: { namespace: string; id: string },
    policy: MergePolicy | undefined,
  ): { namespace: string; id: string }[] {
    if (policy?.identityGraph.type !== 'pdg') return [identity];
    const members = state.graph.membersOf(identity.namespace, identity.id);
    if (members.length > MAX_GRAPH_IDENTITIES || state.graph.isOverLimit(identity.namespace, identity.id)) {
      throw new EngineError(
        'limit-exceeded',
        `Too many related identities: the identity graph of ${identity.namespace}:${identity.id} has ${members.length} identities, above the limit of ${MAX_GRAPH_IDENTITIES}. Narrow the query (mergePolicyId with identityGraph "none").`,
      );
    }
    return members.length ? members : [identity];
  }

  private fragmentsFor(
    state: ProfileState,
    identities: { namespace: string; id: string }[],
    policy: MergePolicy | undefined,
  ): RecordFragment[] {
    const fragments = state.fragments.recordFragmentsOf(
      identities.map((i) => identityKey(i.namespace, i.id)),
    );
    if (policy) return fragments;
    // No default policy: no merge and no stitching — the most recent fragment of the identity alone.
    const latest = [...fragments].sort((a, b) => b.last.time - a.last.time)[0];
    return latest ? [latest] : [];
  }

  /**
   * The merged profile with every attribute's provenance (undefined when nothing is stored); under
   * `draft` when given (an unsaved policy being previewed), else the query's or the default policy.
   */
  async detail(db: Dexie, query: EntityQuery, draft?: MergePolicy): Promise<ProfileDetail | undefined> {
    const state = await this.states.get(db);
    const identity = this.identity(state, query);
    if (!identity) return undefined;
    const policy = draft ?? (await this.policy(db, query.mergePolicyId));
    const related = this.related(state, identity, policy);
    const fragments = this.fragmentsFor(state, related, policy);
    const events = state.fragments.eventsOf(related.map((i) => identityKey(i.namespace, i.id)));
    const merged = mergeFragments(fragments, policy);
    if (merged.fragments.length === 0 && events.length === 0) return undefined;
    return {
      xid: state.graph.xidOf(identity.namespace, identity.id),
      mergePolicyId: policy?.id ?? null,
      entity: merged.entity,
      provenance: merged.provenance,
      fragments: merged.fragments.map((f) => ({
        datasetId: f.datasetId,
        primaryIdentity: f.primaryKey.replace('\u0000', ':'),
        lastBatchId: f.last.batchId,
        time: f.last.time,
        record: recordOf(f),
      })),
      identities: related.map((i) => ({ ...i, xid: state.graph.xidOf(i.namespace, i.id) })),
    };
  }

  /** `GET /access/entities` for a profile: keyed by XID; not-found when nothing is stored. */
  async entity(db: Dexie, query: EntityQuery): Promise<Record<string, AccessEntity>> {
    const found = await this.entityOrPlaceholder(db, query);
    if (found.isPlaceholder) {
      throw new EngineError(
        'not-found',
        `No profile for ${query.entityIdNS ? `${query.entityIdNS}:` : 'XID '}${query.entityId} under this merge policy. Run "profile diagnose" (or the Verify wizard) to find out why.`,
      );
    }
    return { [found.entity.entityId]: found.entity };
  }

  /** `POST /access/entities`: one entry per requested identity, the empty placeholder for unknown ones. */
  async entities(
    db: Dexie,
    queries: EntityQuery[],
  ): Promise<Record<string, AccessEntity | Omit<AccessEntity, 'mergePolicy' | 'tags' | 'identityGraph'>>> {
    const out: Record<string, AccessEntity | Omit<AccessEntity, 'mergePolicy' | 'tags' | 'identityGraph'>> =
      {};
    for (const query of queries) {
      const found = await this.entityOrPlaceholder(db, query);
      out[found.entity.entityId] = found.isPlaceholder
        ? { entityId: found.entity.entityId, sources: [''], entity: {}, lastModifiedAt: EPOCH_PLACEHOLDER }
        : found.entity;
    }
    return out;
  }

  private async entityOrPlaceholder(
    db: Dexie,
    query: EntityQuery,
  ): Promise<{ entity: AccessEntity; isPlaceholder: boolean }> {
    const state = await this.states.get(db);
    const detail = await this.detail(db, query);
    const identity = this.identity(state, query);
    const xid = identity ? state.graph.xidOf(identity.namespace, identity.id) : query.entityId;
    if (!detail)
      return {
        entity: {
          entityId: xid,
          mergePolicy: { id: '' },
          sources: [''],
          tags: [],
          identityGraph: [],
          entity: {},
          lastModifiedAt: EPOCH_PLACEHOLDER,
        },
        isPlaceholder: true,
      };
    let entity = detail.entity;
    if (query.fields?.length) {
      const wantsIdentities = query.fields.includes('identities');
      entity = pickFields(
        entity,
        query.fields.filter((f) => f !== 'identities'),
      );
      if (wantsIdentities) {
        entity['identities'] = detail.identities.map((i) => ({
          id: i.id,
          namespace: { code: i.namespace },
          ...(identity && i.namespace === identity.namespace && i.id === identity.id
            ? { primary: true }
            : {}),
        }));
      }
    }
    const times = detail.fragments.map((f) => f.time);
    return {
      entity: {
        entityId: xid,
        mergePolicy: { id: detail.mergePolicyId ?? '' },
        sources: [...new Set(detail.fragments.map((f) => f.datasetId))],
        tags: [...new Set(detail.fragments.map((f) => f.lastBatchId))],
        identityGraph: detail.identities.map((i) => i.xid),
        entity,
        lastModifiedAt: times.length ? iso(Math.max(...times)) : EPOCH_PLACEHOLDER,
      },
      isPlaceholder: false,
    };
  }

  /** ExperienceEvents of a profile (SPEC §7.3), time-filtered, ordered and paged. */
  async events(
    db: Dexie,
    query: {
      relatedEntityId: string;
      relatedEntityIdNS?: string;
      mergePolicyId?: string;
      startTime?: number;
      endTime?: number;
      orderby?: string;
      limit?: number;
      start?: string;
      fields?: string[];
    },
  ): Promise<EventPage> {
    const state = await this.states.get(db);
    const identity = this.identity(state, {
      entityId: query.relatedEntityId,
      ...(query.relatedEntityIdNS ? { entityIdNS: query.relatedEntityIdNS } : {}),
    });
    const empty: EventPage = {
      _page: { orderby: query.orderby ?? '+timestamp', start: '', count: 0, next: '' },
      children: [],
      _links: { next: { href: '' } },
    };
    if (!identity) return empty;
    const policy = await this.policy(db, query.mergePolicyId);
    const related = this.related(state, identity, policy);
    let events = state.fragments.eventsOf(related.map((i) => identityKey(i.namespace, i.id)));
    if (policy?.attributeMerge.type === 'dataSetPrecedence') {
      const order = policy.attributeMerge.order;
      const eventDatasets = new Set(
        ((await db.table('datasets').toArray()) as StoredDataset[]).map((d) => d.id),
      );
      events = events.filter((e) => order.includes(e.datasetId) || !eventDatasets.has(e.datasetId));
    }
    if (query.startTime !== undefined)
      events = events.filter((e) => e.timestamp >= (query.startTime as number));
    if (query.endTime !== undefined) events = events.filter((e) => e.timestamp < (query.endTime as number));
    const descending = query.orderby === '-timestamp';
    events.sort(
      (a, b) =>
        (descending ? b.timestamp - a.timestamp : a.timestamp - b.timestamp) ||
        a.eventId.localeCompare(b.eventId),
    );
    const startIndex = query.start
      ? Math.max(
          0,
          events.findIndex((e) => e.eventId === query.start),
        )
      : 0;
    const limit = Math.min(Math.max(query.limit ?? 1000, 1), 1000);
    const page = events.slice(startIndex, startIndex + limit);
    const next = events[startIndex + limit];
    const relatedXid = state.graph.xidOf(identity.namespace, identity.id);
    const orderby = descending ? '-timestamp' : 'timestamp';
    const params = new URLSearchParams({
      start: next?.eventId ?? '',
      orderby,
      'schema.name': '_xdm.context.experienceevent',
      'relatedSchema.name': '_xdm.context.profile',
      relatedEntityId: relatedXid,
      limit: String(limit),
    });
    // Events keep only where their row is stored; the page's records are read back here.
    const records = await state.pages.recordsOf(page);
    return {
      _page: { orderby, start: page[0]?.eventId ?? '', count: page.length, next: next?.eventId ?? '' },
      children: page.map((e, i) => {
        const record = records[i] ?? {};
        return {
          relatedEntityId: relatedXid,
          entityId: e.eventId,
          timestamp: e.timestamp,
          entity: query.fields?.length ? pickFields(record, query.fields) : record,
          lastModifiedAt: iso(e.source.time),
        };
      }),
      _links: { next: { href: next ? `/entities?${params.toString()}` : '' } },
    };
  }

  /** The identity graph of a profile, every link with the batches behind it. */
  async graph(db: Dexie, query: { entityId: string; entityIdNS?: string }): Promise<GraphView | undefined> {
    const state = await this.states.get(db);
    const identity = this.identity(state, query);
    if (!identity) return undefined;
    const xid = (i: { namespace: string; id: string }) => state.graph.xidOf(i.namespace, i.id);
    return {
      xid: xid(identity),
      identities: state.graph.membersOf(identity.namespace, identity.id).map((i) => ({ ...i, xid: xid(i) })),
      links: state.graph
        .linksOf(identity.namespace, identity.id)
        .map((l) => ({ a: xid(l.a), b: xid(l.b), sources: l.sources })),
      isOverLimit: state.graph.isOverLimit(identity.namespace, identity.id),
    };
  }

  /** The profiles a batch touched (by primary identity), paged. */
  async batchProfiles(
    db: Dexie,
    batchId: string,
    offset = 0,
    limit = 100,
  ): Promise<{ total: number; profiles: { xid: string; namespace: string; id: string }[] }> {
    const state = await this.states.get(db);
    const keys = touchedKeys(state, batchId);
    return {
      total: keys.length,
      profiles: keys.slice(offset, offset + limit).map((key) => {
        const { namespace, id } = splitIdentityKey(key);
        return { xid: state.graph.xidOf(namespace, id), namespace, id };
      }),
    };
  }

  /** Profile and fragment counts per dataset and per namespace (preview sample status). */
  async stats(db: Dexie): Promise<ProfileStats> {
    const state = await this.states.get(db);
    const policy = await this.policies.defaultPolicy(db);
    // A profile per graph (pdg) or per primary identity (no stitching); event-only profiles count too.
    const isStitched = policy?.identityGraph.type === 'pdg';
    const { profiles, byNamespace } = state.graph.primaryCounts(
      (visit) => state.fragments.forEachPrimaryKey(visit),
      isStitched,
    );
    const datasets = (await db.table('datasets').toArray()) as StoredDataset[];
    const byDataset = state.fragments.fragmentsPerDataset();
    return {
      profiles,
      fragments: state.fragments.recordCount + state.fragments.eventCount,
      byDataset: datasets
        .filter((d) => byDataset.has(d.id))
        .map((d) => ({ id: d.id, name: d.name, fragments: byDataset.get(d.id) ?? 0 })),
      byNamespace: Object.entries(byNamespace)
        .sort()
        .map(([code, identities]) => ({ code, identities })),
    };
  }
}
