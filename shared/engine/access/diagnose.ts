// Why a profile lookup finds nothing: the platform's documented causes (SPEC §7.5, §5.2, §5.4, §6.2),
// checked in order against what was actually ingested, each with the rows that show it.
import type Dexie from 'dexie';
import type {
  Diagnosis,
  DiagnosisCheck,
  MergePolicy,
  MissingProfileCause,
} from '../../contract/profile-types';
import type { IdentityDescriptor } from '../../contract/registry-types';
import { isEngineError } from '../../contract/errors';
import type { StoredDataset } from '../catalog/service';
import { tagState } from '../catalog/tags';
import type { StoredBatch } from '../ingest/batches';
import { forEachPage, type StoredDiagnostic, type StoredRow } from '../ingest/pages';
import { primaryOf, recordIdentities } from '../profile/identities';
import { descriptorsOf } from '../registry/store';
import type { AccessService } from './service';
import type { ProfileStates } from '../profile/store';

const MAX_EVIDENCE = 5;
const ORDER: MissingProfileCause[] = [
  'dataset-not-enabled',
  'ingested-before-enabling',
  'wrong-namespace-or-value',
  'identity-value-rejected',
  'no-primary-identity',
  'single-identity-records',
  'graph-over-limit',
  'merge-policy-excludes-dataset',
];

type Evidence = DiagnosisCheck['evidence'][number];
const normalize = (value: string) => value.trim().toLowerCase();

export async function diagnose(
  db: Dexie,
  states: ProfileStates,
  access: AccessService,
  query: { entityId: string; entityIdNS: string; mergePolicyId?: string },
): Promise<Diagnosis> {
  const state = await states.get(db);
  const namespace = state.graph.canonicalNamespace(query.entityIdNS) ?? query.entityIdNS;
  const id = query.entityId;
  const policy: MergePolicy | undefined = await access.policy(db, query.mergePolicyId);
  const evidence = new Map<MissingProfileCause, Evidence[]>(ORDER.map((c) => [c, []]));
  const add = (cause: MissingProfileCause, item: Evidence) => {
    const list = evidence.get(cause);
    if (list && list.length < MAX_EVIDENCE) list.push(item);
  };
  let appearsLinked = false;
  let appearsAlone = false;
  const fragmentDatasets = new Set<string>();

  let isFound = false;
  let overLimit: string | undefined;
  try {
    isFound =
      (await access.detail(db, {
        entityId: id,
        entityIdNS: namespace,
        ...(query.mergePolicyId ? { mergePolicyId: query.mergePolicyId } : {}),
      })) !== undefined;
  } catch (error) {
    if (isEngineError(error, 'limit-exceeded')) overLimit = error.message;
    else throw error;
  }

  const batches = ((await db.table('batches').toArray()) as StoredBatch[])
    .filter((b) => b.status === 'success')
    .sort((a, b) => a.seq - b.seq);
  const namespaces = new Map<string, string>();
  const canonical = (code: string) => {
    let found = namespaces.get(code);
    if (!found) namespaces.set(code, (found = state.graph.canonicalNamespace(code) ?? code));
    return found;
  };
  const descriptorCache = new Map<string, IdentityDescriptor[]>();
  for (const batch of batches) {
    const dataset = (await db.table('datasets').get(batch.datasetId)) as StoredDataset | undefined;
    if (!dataset) continue;
    let descriptors = descriptorCache.get(dataset.schemaId);
    if (!descriptors)
      descriptorCache.set(dataset.schemaId, (descriptors = await descriptorsOf(db, dataset.schemaId)));
    const isEnabledNow = tagState(dataset.tags).isProfileEnabled;
    await forEachPage<StoredRow>(db, 'batchPages', batch.id, (rows) => {
      for (const row of rows) {
        const identities = recordIdentities(row.v, descriptors ?? [], canonical);
        const where = { datasetId: dataset.id, batchId: batch.id, row: row.r };
        const exact = identities.some((i) => i.namespace === namespace && i.id === id);
        if (!exact) {
          const near = identities.find(
            (i) =>
              (i.namespace === namespace && normalize(i.id) === normalize(id)) ||
              (i.namespace !== namespace && i.id === id),
          );
          if (near)
            add('wrong-namespace-or-value', {
              ...where,
              detail: `stored as ${near.namespace}: ${JSON.stringify(near.id)}`,
            });
          continue;
        }
        if (!isEnabledNow) add('dataset-not-enabled', { ...where, detail: dataset.name });
        else if (!batch.isProfileAtIngest)
          add('ingested-before-enabling', { ...where, detail: dataset.name });
        if (row.s)
          add('identity-value-rejected', {
            ...where,
            detail:
              row.s === 'size'
                ? 'record over the size limit'
                : 'an identity of the record broke a value rule',
          });
        if (batch.isProfileAtIngest && !row.s && !primaryOf(identities)) add('no-primary-identity', where);
        const isLinkable = (batch.isIdentityAtIngest ?? tagState(dataset.tags).isIdentityEnabled) && !row.s;
        if (isLinkable && identities.length === 1) appearsAlone = true;
        else if (isLinkable) appearsLinked = true;
        if (batch.isProfileAtIngest && !row.s) fragmentDatasets.add(dataset.id);
      }
    });
  }
  // Rows the validator refused never reach the dataset; their diagnostics still show the value.
  for (const batch of (await db.table('batches').toArray()) as StoredBatch[]) {
    await forEachPage<StoredDiagnostic>(db, 'batchErrors', batch.id, (rows) => {
      for (const row of rows) {
        if (!row.raw?.includes(id)) continue;
        const where = { datasetId: batch.datasetId, batchId: batch.id, row: row.row, detail: row.message };
        if (/primary identity/i.test(row.message)) add('no-primary-identity', where);
        else if (/identit/i.test(row.message)) add('identity-value-rejected', where);
      }
    });
  }
  const ownKey = `${namespace}\u0000${id}`;
  const hasOwnFragments =
    state.fragments.recordFragmentsOf([ownKey]).length > 0 || state.fragments.eventsOf([ownKey]).length > 0;
  if (
    appearsAlone &&
    !appearsLinked &&
    !hasOwnFragments &&
    state.graph.membersOf(namespace, id).length === 0
  ) {
    add('single-identity-records', {
      detail: `every record with ${namespace}: ${id} carried no other identity, so it links to no other identity`,
    });
  }
  if (overLimit) add('graph-over-limit', { detail: overLimit });
  if (policy?.attributeMerge.type === 'dataSetPrecedence') {
    const order = policy.attributeMerge.order;
    for (const datasetId of fragmentDatasets)
      if (!order.includes(datasetId))
        add('merge-policy-excludes-dataset', {
          datasetId,
          detail: `merge policy "${policy.name}" lists only ${order.join(', ')}`,
        });
  }

  const messages: Record<MissingProfileCause, [string, string]> = {
    'dataset-not-enabled': [
      'Rows with this identity are in a dataset that is not enabled for Profile.',
      'Every dataset holding this identity is enabled for Profile.',
    ],
    'ingested-before-enabling': [
      'Rows with this identity were ingested before their dataset was enabled for Profile; they never reach Profile — ingest them again.',
      'No row with this identity was ingested before Profile was enabled.',
    ],
    'wrong-namespace-or-value': [
      `The value is stored in another form or under another namespace than ${namespace}: ${id}.`,
      'No near match (other letter case, spaces, other namespace) was found.',
    ],
    'identity-value-rejected': [
      'Records with this identity were kept in the dataset but skipped by Identity and Profile (identity value rules or size limits).',
      'No record with this identity was skipped by the identity value rules.',
    ],
    'no-primary-identity': [
      'Records with this identity have no primary identity, so they cannot become profile fragments.',
      'Every record with this identity has a primary identity.',
    ],
    'single-identity-records': [
      'Records with this identity had only one identity, so they link it to nothing: the profile you expect is stored under another identity.',
      'This identity is linked to other identities (or has its own fragment).',
    ],
    'graph-over-limit': [
      'The identity graph has more than 50 identities: the platform refuses such lookups (HTTP 422).',
      'The identity graph is within the 50-identity limit.',
    ],
    'merge-policy-excludes-dataset': [
      'The merge policy in use does not list the dataset holding this profile (dataSetPrecedence leaves unlisted datasets out).',
      'The merge policy includes every dataset holding this identity.',
    ],
  };
  const checks = ORDER.map((cause): DiagnosisCheck => {
    const items = evidence.get(cause) ?? [];
    const [yes, no] = messages[cause];
    return { cause, isMatch: items.length > 0, message: items.length > 0 ? yes : no, evidence: items };
  });
  if (!isFound && !checks.some((c) => c.isMatch)) {
    const none = checks.find((c) => c.cause === 'wrong-namespace-or-value');
    if (none)
      none.message = `No successful batch holds ${namespace}: ${id} in any form. Check the value and namespace, and whether its batch succeeded.`;
  }
  return { identity: { namespace, id }, isFound, checks };
}
