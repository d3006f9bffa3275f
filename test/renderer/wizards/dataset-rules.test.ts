// The dataset wizard's pure rules: tags of a new dataset, the switches a schema allows, the tag plan of an existing one.
import { describe, expect, it } from 'vitest';
import type { SchemaView } from '../../../shared/contract';
import { formatTags, patchBody } from '../../../renderer/wizards/dataset/catalog-json';
import {
  configureStepReasons,
  effectiveSwitches,
  planTagChange,
  tagsForNew,
  upsertBlock,
} from '../../../renderer/wizards/dataset/dataset-rules';

const on = { isProfile: true, isIdentity: true, isUpsert: false };
const upsert = { isProfile: true, isIdentity: true, isUpsert: true };
const off = { isProfile: false, isIdentity: false, isUpsert: false };
const profileSchema = { title: 'Members', isProfileEnabled: true, behavior: 'record' } as SchemaView;
const draftSchema = { title: 'Draft', isProfileEnabled: false, behavior: 'record' } as SchemaView;
const eventSchema = { title: 'Events', isProfileEnabled: true, behavior: 'time-series' } as SchemaView;

describe('switches and tags', () => {
  it('tags a new dataset only with the switches that are on', () => {
    expect(tagsForNew(upsert)).toEqual({
      unifiedProfile: ['enabled:true', 'isUpsert:true'],
      unifiedIdentity: ['enabled:true'],
    });
    expect(tagsForNew({ isProfile: false, isIdentity: true, isUpsert: false })).toEqual({
      unifiedIdentity: ['enabled:true'],
    });
    expect(tagsForNew(off)).toEqual({});
  });

  it('turns off what the schema does not allow', () => {
    expect(effectiveSwitches(upsert, draftSchema)).toEqual({
      isProfile: false,
      isIdentity: true,
      isUpsert: false,
    });
    expect(effectiveSwitches(upsert, eventSchema)).toEqual({
      isProfile: true,
      isIdentity: true,
      isUpsert: false,
    });
    expect(effectiveSwitches(upsert, profileSchema)).toEqual(upsert);
    expect(upsertBlock(eventSchema, on)?.key).toBe('wizards.dataset.switch.upsertEvents');
    expect(upsertBlock(draftSchema, on)?.key).toBe('wizards.dataset.switch.upsertNeedsProfileSchema');
    expect(upsertBlock(profileSchema, off)?.key).toBe('wizards.dataset.switch.upsertNeedsProfile');
    expect(upsertBlock(profileSchema, on)).toBeUndefined();
  });
});

describe('tag plan of an existing dataset', () => {
  it.each([
    ['no change', on, on, []],
    ['upsert on while Profile is on: the two-call sequence', on, upsert, ['disable', 'reenable']],
    ['upsert off while Profile is on: the two-call sequence', upsert, on, ['disable', 'reenable']],
    ['Profile on with upsert at once: one call', off, upsert, ['apply']],
    ['Profile off: one call', upsert, off, ['apply']],
    ['Identity only: one call', on, { ...on, isIdentity: false }, ['apply']],
  ] as const)('%s', (_name, current, wanted, purposes) => {
    expect(planTagChange(current, wanted).map((call) => call.purpose)).toEqual(purposes);
  });

  it('sends the platform’s two PATCH bodies for the upsert sequence', () => {
    const [disable, reenable] = planTagChange(on, upsert);
    expect(disable?.tags).toEqual({ unifiedProfile: ['enabled:false'], unifiedIdentity: ['enabled:false'] });
    expect(reenable?.tags).toEqual({
      unifiedProfile: ['enabled:true', 'isUpsert:true'],
      unifiedIdentity: ['enabled:true'],
    });
    expect(patchBody(disable ?? reenable ?? { purpose: 'apply', tags: {} })).toBe(
      '[\n  {"op":"replace","path":"/tags/unifiedProfile","value":["enabled:false"]},\n  {"op":"replace","path":"/tags/unifiedIdentity","value":["enabled:false"]}\n]',
    );
  });

  it('only sends the tags that change in a single call', () => {
    expect(planTagChange(on, { ...on, isIdentity: false })[0]?.tags).toEqual({
      unifiedIdentity: ['enabled:false'],
    });
    expect(formatTags({ unifiedIdentity: ['enabled:false'] })).toBe(
      '{\n  "unifiedIdentity": ["enabled:false"]\n}',
    );
  });

  it('needs a change on an existing dataset and a unique name on a new one', () => {
    expect(
      configureStepReasons({ mode: 'existing', name: '', baseline: on, switches: on }, [], profileSchema).map(
        (r) => r.key,
      ),
    ).toEqual(['wizards.dataset.configure.nothingChanged']);
    // Upsert cannot be on for events, so asking for it changes nothing.
    expect(
      configureStepReasons({ mode: 'existing', name: '', baseline: on, switches: upsert }, [], eventSchema),
    ).toHaveLength(1);
    expect(
      configureStepReasons(
        { mode: 'new', name: ' CRM ', baseline: undefined, switches: on },
        [{ name: 'crm' }] as never,
        profileSchema,
      ),
    ).toEqual([{ key: 'wizards.dataset.name.taken', params: { name: 'CRM' } }]);
  });
});
