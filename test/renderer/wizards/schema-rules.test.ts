// The schema wizard's pure rules: the field naming rule, the title rule, field-group sync, the field tree, library search.
import { describe, expect, it } from 'vitest';
import type { SchemaDetail, SchemaView } from '../../../shared/contract';
import type { LibraryEntry } from '../../../shared/xdm/types';
import { buildFieldTree, countLeaves } from '../../../renderer/wizards/schema/field-tree';
import { filterLibrary } from '../../../renderer/wizards/schema/library-search';
import {
  classStepReasons,
  fieldGroupChanges,
  fieldNameProblem,
  identities,
} from '../../../renderer/wizards/schema/schema-rules';

describe('field naming rule', () => {
  it.each([
    ['loyaltyTier', undefined],
    ['loyalty.tier', undefined],
    ['_stager.loyaltyTier', undefined],
    ['member-since_2', undefined],
    ['9lives', undefined],
    ['', 'wizards.schema.field.nameRequired'],
    ['_stager', 'wizards.schema.field.nameRequired'],
    ['_secret', 'wizards.schema.field.nameUnderscore'],
    ['loyalty._tier', 'wizards.schema.field.nameUnderscore'],
    ['loyalty tier', 'wizards.schema.field.nameCharacters'],
    ['tier!', 'wizards.schema.field.nameCharacters'],
    ['loyalty..tier', 'wizards.schema.field.nameEmptySegment'],
    ['loyalty.', 'wizards.schema.field.nameEmptySegment'],
  ])('%j → %s', (name, key) => {
    expect(fieldNameProblem(name, 'stager')?.key).toBe(key);
  });
});

describe('class step', () => {
  const schemas = [{ $id: 'a', title: 'Customers' }] as SchemaView[];
  it('needs a class and a unique title, ignoring case and the draft itself', () => {
    expect(
      classStepReasons({ classChoice: undefined, title: ' ' }, schemas, undefined).map((r) => r.key),
    ).toEqual(['wizards.schema.class.required', 'wizards.schema.title.required']);
    expect(classStepReasons({ classChoice: 'profile', title: 'CUSTOMERS' }, schemas, undefined)).toEqual([
      { key: 'wizards.schema.title.taken', params: { title: 'CUSTOMERS' } },
    ]);
    expect(classStepReasons({ classChoice: 'profile', title: 'Customers' }, schemas, 'a')).toEqual([]);
  });
});

describe('draft sync and identities', () => {
  const schema = {
    fieldGroups: [
      { $id: 'g1', title: 'One', isTenant: false },
      { $id: 'g2', title: 'Two', isTenant: false },
      { $id: 't', title: 'Custom', isTenant: true },
    ],
    fields: [{ path: 'personalEmail.address', xdmType: 'string', isRequired: true }],
    identities: [
      { 'xdm:sourceProperty': '/mobilePhone/number', 'xdm:namespace': 'Phone', 'xdm:isPrimary': false },
      { 'xdm:sourceProperty': '/personalEmail/address', 'xdm:namespace': 'Email', 'xdm:isPrimary': true },
    ],
  } as unknown as SchemaDetail;

  it('adds chosen library groups and removes dropped ones, never the tenant group', () => {
    expect(
      fieldGroupChanges(
        [
          { id: 'g2', title: 'Two' },
          { id: 'g3', title: 'Three' },
        ],
        schema,
      ),
    ).toEqual({ add: ['g3'], remove: ['g1'] });
  });

  it('lists identity descriptors primary first, flagging fields that left the schema', () => {
    expect(identities(schema)).toEqual([
      { path: 'personalEmail.address', namespace: 'Email', isPrimary: true, isInSchema: true },
      { path: 'mobilePhone.number', namespace: 'Phone', isPrimary: false, isInSchema: false },
    ]);
  });
});

describe('field tree and library search', () => {
  it('nests dotted paths under their parents, creating parents the list lacks', () => {
    const tree = buildFieldTree([
      { path: 'a', xdmType: 'object', isRequired: false },
      { path: 'a.b', xdmType: 'string', isRequired: false },
      { path: 'c.d.e', xdmType: 'long', isRequired: true },
    ]);
    expect(tree.map((n) => n.name)).toEqual(['a', 'c']);
    expect(tree[1]?.children[0]?.children[0]).toMatchObject({
      path: 'c.d.e',
      name: 'e',
      field: { xdmType: 'long' },
    });
    expect(countLeaves(tree)).toBe(2);
  });

  it('matches every word of the search in the title or altId', () => {
    const entries = [
      { title: 'Personal Contact Details', 'meta:altId': '_xdm.context.profile-personal-details' },
      { title: 'Loyalty Details', 'meta:altId': '_xdm.context.profile-loyalty-details' },
    ] as LibraryEntry[];
    expect(filterLibrary(entries, 'details contact').map((e) => e.title)).toEqual([
      'Personal Contact Details',
    ]);
    expect(filterLibrary(entries, 'profile-loyalty').map((e) => e.title)).toEqual(['Loyalty Details']);
    expect(filterLibrary(entries, '  ')).toHaveLength(2);
  });
});
