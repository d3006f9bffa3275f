// Pure rules of the dataset wizard (SPEC §2): which switches a schema allows, the tags they make, and the upsert sequence.
import type { DatasetTags, DatasetView, SchemaView } from '../../../shared/contract';
import { reason, type Reason } from '../common/reasons';
import type { DatasetWizardState, Switches } from './dataset-wizard-store';

export function findSchema(
  schemas: readonly SchemaView[] | undefined,
  ref: string | undefined,
): SchemaView | undefined {
  if (!ref) return undefined;
  return schemas?.find((s) => s.$id === ref || s['meta:altId'] === ref);
}

/** Why Profile cannot be switched on for a dataset on `schema`; undefined when it can. */
export function profileBlock(schema: SchemaView | undefined): Reason | undefined {
  if (schema && !schema.isProfileEnabled)
    return reason('wizards.dataset.switch.profileSchemaOff', { title: schema.title });
  return undefined;
}

/** Why upsert cannot be switched on; undefined when it can. */
export function upsertBlock(schema: SchemaView | undefined, switches: Switches): Reason | undefined {
  if (schema?.behavior === 'time-series') return reason('wizards.dataset.switch.upsertEvents');
  if (profileBlock(schema)) return reason('wizards.dataset.switch.upsertNeedsProfileSchema');
  if (!switches.isProfile) return reason('wizards.dataset.switch.upsertNeedsProfile');
  return undefined;
}

/** The switches as they can be: off wherever the schema does not allow them. */
export function effectiveSwitches(switches: Switches, schema: SchemaView | undefined): Switches {
  const isProfile = switches.isProfile && !profileBlock(schema);
  return {
    isProfile,
    isIdentity: switches.isIdentity,
    isUpsert: switches.isUpsert && isProfile && schema?.behavior !== 'time-series',
  };
}

const profileTag = (s: Switches) =>
  s.isProfile ? ['enabled:true', ...(s.isUpsert ? ['isUpsert:true'] : [])] : ['enabled:false'];
const identityTag = (s: Switches) => [s.isIdentity ? 'enabled:true' : 'enabled:false'];

/** Tags of a new dataset (`POST /dataSets`): only the switches that are on. */
export function tagsForNew(switches: Switches): DatasetTags {
  return {
    ...(switches.isProfile ? { unifiedProfile: profileTag(switches) } : {}),
    ...(switches.isIdentity ? { unifiedIdentity: identityTag(switches) } : {}),
  };
}

/** One Catalog PATCH of a tag plan. */
export interface TagCall {
  purpose: 'disable' | 'reenable' | 'apply';
  tags: DatasetTags;
}

/**
 * The calls that take an existing dataset from `current` to `wanted`. Turning upsert on or off on a
 * Profile-enabled dataset takes two: disable Profile and Identity, then re-enable with the new flag
 * (SPEC §2.3); anything else is one call with the tags that change.
 */
export function planTagChange(current: Switches, wanted: Switches): TagCall[] {
  const isProfileChange = current.isProfile !== wanted.isProfile || current.isUpsert !== wanted.isUpsert;
  const isIdentityChange = current.isIdentity !== wanted.isIdentity;
  if (!isProfileChange && !isIdentityChange) return [];
  if (current.isProfile && wanted.isProfile && current.isUpsert !== wanted.isUpsert) {
    return [
      { purpose: 'disable', tags: { unifiedProfile: ['enabled:false'], unifiedIdentity: ['enabled:false'] } },
      {
        purpose: 'reenable',
        tags: { unifiedProfile: profileTag(wanted), unifiedIdentity: identityTag(wanted) },
      },
    ];
  }
  return [
    {
      purpose: 'apply',
      tags: {
        ...(isProfileChange ? { unifiedProfile: profileTag(wanted) } : {}),
        ...(isIdentityChange ? { unifiedIdentity: identityTag(wanted) } : {}),
      },
    },
  ];
}

/** Step 1: a schema (new dataset) or a dataset (new tags). */
export function chooseStepReasons(
  state: Pick<DatasetWizardState, 'mode' | 'schemaRef' | 'datasetId'>,
  schemas: readonly SchemaView[],
  datasets: readonly DatasetView[],
): Reason[] {
  if (state.mode === 'new')
    return findSchema(schemas, state.schemaRef) ? [] : [reason('wizards.dataset.choose.schemaRequired')];
  return datasets.some((d) => d.id === state.datasetId)
    ? []
    : [reason('wizards.dataset.choose.datasetRequired')];
}

/** Step 2: a unique name for a new dataset; some change for an existing one. */
export function configureStepReasons(
  state: Pick<DatasetWizardState, 'mode' | 'name' | 'baseline' | 'switches'>,
  datasets: readonly DatasetView[],
  schema: SchemaView | undefined,
): Reason[] {
  if (state.mode === 'new') {
    const name = state.name.trim();
    if (!name) return [reason('wizards.dataset.name.required')];
    if (datasets.some((d) => d.name.toLowerCase() === name.toLowerCase()))
      return [reason('wizards.dataset.name.taken', { name })];
    return [];
  }
  if (!state.baseline) return [reason('wizards.dataset.choose.datasetRequired')];
  return planTagChange(state.baseline, effectiveSwitches(state.switches, schema)).length === 0
    ? [reason('wizards.dataset.configure.nothingChanged')]
    : [];
}
