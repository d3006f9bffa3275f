import { describe, expect, it } from 'vitest';
import { breakingChanges, typeConflicts } from '../../../shared/engine/registry/rules';
import type { XdmField } from '../../../shared/xdm/fields';

const f = (path: string, xdmType: XdmField['xdmType'], extra: Partial<XdmField> = {}): XdmField => ({
  path,
  xdmType,
  isRequired: false,
  ...extra,
});

describe('evolution rules (additive only once in use)', () => {
  it.each<[string, XdmField[], XdmField[], string[]]>([
    ['adding a field is allowed', [f('a', 'string')], [f('a', 'string'), f('b', 'long')], []],
    ['making a field required is allowed', [f('a', 'string')], [f('a', 'string', { isRequired: true })], []],
    [
      'adding an enum value is allowed',
      [f('a', 'enum', { enum: ['x'] })],
      [f('a', 'enum', { enum: ['x', 'y'] })],
      [],
    ],
    ['removing a field', [f('a', 'string'), f('b', 'string')], [f('a', 'string')], ['removed:b']],
    ['changing a type', [f('a', 'string')], [f('a', 'long')], ['retyped:a']],
    ['moving a field', [f('x.email', 'string')], [f('y.email', 'string')], ['moved:x.email']],
    [
      'removing an enum value',
      [f('a', 'enum', { enum: ['x', 'y'] })],
      [f('a', 'enum', { enum: ['x'] })],
      ['enum-narrowed:a'],
    ],
    ['restricting a string to an enum', [f('a', 'string')], [f('a', 'enum', { enum: ['x'] })], ['retyped:a']],
  ])('%s', (_name, before, after, expected) => {
    expect(breakingChanges(before, after).map((c) => `${c.kind}:${c.path}`)).toEqual(expected);
  });

  it('every refusal says what would happen to which field', () => {
    const [change] = breakingChanges([f('person.name', 'object')], []);
    expect(change?.message).toBe(
      'Field "person.name" would be removed (or renamed); fields cannot be removed or renamed once the schema is in use.',
    );
  });
});

describe('one type per field path across a sandbox', () => {
  it('reports the other schema and both types; enum and string are the same type', () => {
    expect(
      typeConflicts(
        [f('a', 'long'), f('b', 'enum')],
        [{ title: 'Other', fields: [f('a', 'string'), f('b', 'string')] }],
      ),
    ).toEqual([
      'Field "a" is string in schema "Other" and cannot be long here: a field path keeps one type across all schemas of the sandbox.',
    ]);
  });
});
