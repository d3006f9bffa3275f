// Library loader tests: listing and lookup, composing Profile and ExperienceEvent schemas, unknown and cyclic $refs.
import { describe, expect, it } from 'vitest';
import {
  getLibraryEntry,
  getLibrarySchema,
  listLibrary,
  resolveComposition,
  resolveLibrarySchema,
} from '../../shared/xdm/library';
import { LIBRARY_CHUNKS } from '../../shared/xdm/library/chunks';
import { flattenSchema, XdmResolveError } from '../../shared/xdm/resolve';
import type { JsonObject } from '../../shared/xdm/types';

const PROFILE = 'https://ns.adobe.com/xdm/context/profile';
const PERSON_DETAILS = 'https://ns.adobe.com/xdm/context/profile-person-details';
const PERSONAL_DETAILS = 'https://ns.adobe.com/xdm/context/profile-personal-details';
const LOYALTY = 'https://ns.adobe.com/xdm/mixins/profile/profile-loyalty-details';
const IDENTITY_MAP = 'https://ns.adobe.com/xdm/context/identitymap';
const EXPERIENCE_EVENT = 'https://ns.adobe.com/xdm/context/experienceevent';

function fieldTypes(fields: { path: string; xdmType: string }[]): Map<string, string> {
  return new Map(fields.map((field) => [field.path, field.xdmType]));
}

async function rejection(promise: Promise<unknown>): Promise<XdmResolveError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof XdmResolveError) return error;
    throw error;
  }
  throw new Error('expected the promise to reject');
}

describe('library index', () => {
  it('lists classes with their behaviour and hides deprecated entries unless asked', async () => {
    const classes = await listLibrary({ kind: 'class' });
    const profile = classes.find((entry) => entry.$id === PROFILE);
    expect(profile).toMatchObject({
      'meta:altId': '_xdm.context.profile',
      title: 'XDM Individual Profile',
      behavior: 'record',
    });
    expect(classes.find((entry) => entry.$id === EXPERIENCE_EVENT)?.behavior).toBe('time-series');
    expect(classes.every((entry) => entry.kind === 'class' && entry['meta:status'] !== 'deprecated')).toBe(
      true,
    );

    const withDeprecated = await listLibrary({ kind: 'class', includeDeprecated: true });
    const deprecated = withDeprecated.filter((entry) => entry['meta:status'] === 'deprecated');
    expect(deprecated.length).toBeGreaterThan(0);
    expect(withDeprecated.length).toBe(classes.length + deprecated.length);
  });

  it('has all four kinds plus ready-made schemas, each with a loadable body', async () => {
    const all = await listLibrary({ includeDeprecated: true });
    const kinds = new Set(all.map((entry) => entry.kind));
    expect([...kinds].sort()).toEqual(['behavior', 'class', 'datatype', 'fieldgroup', 'schema']);
    for (const chunk of new Set(all.map((entry) => entry.chunk)))
      expect(LIBRARY_CHUNKS[chunk]).toBeTypeOf('function');
    const body = await getLibrarySchema(LOYALTY);
    expect(body?.['$id']).toBe(LOYALTY);
    expect(JSON.stringify(body)).not.toContain('"description":"');
  });

  it('searches titles, ids and altIds, and filters field groups by class', async () => {
    const loyalty = await listLibrary({ kind: 'fieldgroup', search: 'loyalty details' });
    expect(loyalty.map((entry) => entry.$id)).toContain(LOYALTY);
    const byAltId = await listLibrary({ search: '_xdm.context.identitymap' });
    expect(byAltId.map((entry) => entry.$id)).toEqual([IDENTITY_MAP]);
    const forEvents = await listLibrary({ intendedFor: EXPERIENCE_EVENT });
    expect(forEvents.map((entry) => entry.$id)).toContain(IDENTITY_MAP); // empty intendedToExtend = any class
    expect(forEvents.map((entry) => entry.$id)).not.toContain(LOYALTY); // profile only
  });

  it('finds an entry by $id, altId or title', async () => {
    expect((await getLibraryEntry(PROFILE))?.kind).toBe('class');
    expect((await getLibraryEntry('_xdm.context.profile'))?.$id).toBe(PROFILE);
    expect((await getLibraryEntry('xdm individual profile'))?.$id).toBe(PROFILE);
    expect(await getLibraryEntry('No Such Thing')).toBeUndefined();
  });
});

describe('resolveComposition', () => {
  it('resolves the Profile class with person, contact, loyalty and identityMap field groups', async () => {
    const resolved = await resolveComposition({
      classId: '_xdm.context.profile',
      fieldGroupIds: [PERSON_DETAILS, 'Personal Contact Details', LOYALTY, IDENTITY_MAP],
      $id: 'https://ns.adobe.com/acme/schemas/profile',
    });
    expect(resolved.classId).toBe(PROFILE);
    expect(resolved.fieldGroupIds).toEqual([PERSON_DETAILS, PERSONAL_DETAILS, LOYALTY, IDENTITY_MAP]);
    expect(resolved.behavior).toBe('record');
    expect(resolved.schema['$id']).toBe('https://ns.adobe.com/acme/schemas/profile');
    expect(JSON.stringify(resolved.schema)).not.toContain('$ref');
    const types = fieldTypes(resolved.fields);
    expect(
      Object.fromEntries(
        [
          '_id',
          '_repo.createDate',
          'person.name.firstName',
          'person.birthDate',
          'person.gender',
          'person.birthYear',
          'homeAddress.city',
          'personalEmail.address',
          'loyalty.points',
          'loyalty.loyaltyID',
          'loyalty.joinDate',
          'identityMap',
          'identityMap{}[].id',
          'identityMap{}[].primary',
          'homeAddress._schema.latitude',
        ].map((path) => [path, types.get(path)]),
      ),
    ).toEqual({
      _id: 'string',
      '_repo.createDate': 'date-time',
      'person.name.firstName': 'string',
      'person.birthDate': 'date',
      'person.gender': 'enum',
      'person.birthYear': 'short',
      'homeAddress.city': 'string',
      'personalEmail.address': 'string',
      'loyalty.points': 'number',
      'loyalty.loyaltyID': 'array',
      'loyalty.joinDate': 'date-time',
      identityMap: 'map',
      'identityMap{}[].id': 'string',
      'identityMap{}[].primary': 'boolean',
      'homeAddress._schema.latitude': 'number',
    });
    expect(resolved.fields.find((field) => field.path === 'loyalty.loyaltyID')?.itemType).toBe('string');
  });

  it('resolves the ExperienceEvent class as time-series with _id and timestamp required', async () => {
    const resolved = await resolveComposition({ classId: EXPERIENCE_EVENT });
    expect(resolved.behavior).toBe('time-series');
    expect(resolved.schema['required']).toEqual(expect.arrayContaining(['_id', 'timestamp']));
    expect(fieldTypes(resolved.fields).get('timestamp')).toBe('date-time');
  });

  it('merges tenant fragments and tenant field groups that refer to library data types', async () => {
    const tenantGroup: JsonObject = {
      $id: 'https://ns.adobe.com/acme/mixins/loyalty-extra',
      type: 'object',
      'meta:intendedToExtend': [PROFILE],
      definitions: {
        extra: {
          properties: {
            _acme: {
              type: 'object',
              properties: { home: { $ref: 'https://ns.adobe.com/xdm/common/address' } },
            },
          },
        },
      },
      allOf: [{ $ref: '#/definitions/extra' }],
    };
    const resolved = await resolveComposition({
      classId: PROFILE,
      fieldGroupIds: [tenantGroup['$id'] as string],
      tenantSchemas: [tenantGroup],
      fragments: [
        {
          type: 'object',
          properties: { _acme: { type: 'object', properties: { tier: { type: 'string', enum: ['gold'] } } } },
        },
      ],
    });
    const types = fieldTypes(resolved.fields);
    expect(types.get('_acme.home.city')).toBe('string');
    expect(types.get('_acme.tier')).toBe('enum');
  });

  it('reports an unknown $ref with the chain that led to it', async () => {
    const broken: JsonObject = {
      $id: 'https://ns.adobe.com/acme/mixins/broken',
      definitions: { x: { properties: { thing: { $ref: 'https://ns.adobe.com/acme/datatypes/missing' } } } },
      allOf: [{ $ref: '#/definitions/x' }],
    };
    const error = await rejection(
      resolveComposition({
        classId: PROFILE,
        fieldGroupIds: [broken['$id'] as string],
        tenantSchemas: [broken],
      }),
    );
    expect(error.code).toBe('unknown-ref');
    expect(error.message).toContain('https://ns.adobe.com/acme/datatypes/missing');
    expect(error.message).toContain('at thing');
    expect(error.chain).toEqual([
      'https://ns.adobe.com/acme/mixins/broken',
      'https://ns.adobe.com/acme/mixins/broken#/definitions/x',
      'https://ns.adobe.com/acme/datatypes/missing',
    ]);
  });

  it('reports a cyclic field group naming the cycle instead of overflowing the stack', async () => {
    const cyclic: JsonObject = {
      $id: 'https://ns.adobe.com/acme/mixins/tree',
      definitions: { node: { properties: { child: { $ref: '#/definitions/node' } } } },
      allOf: [{ $ref: '#/definitions/node' }],
    };
    const error = await rejection(
      resolveComposition({
        classId: PROFILE,
        fieldGroupIds: [cyclic['$id'] as string],
        tenantSchemas: [cyclic],
      }),
    );
    expect(error.code).toBe('cyclic-ref');
    expect(error.message).toBe(
      'Cyclic $ref at child: https://ns.adobe.com/acme/mixins/tree#/definitions/node → https://ns.adobe.com/acme/mixins/tree#/definitions/node',
    );
  });

  it('reports the library’s own recursive data types as cycles', async () => {
    const error = await rejection(
      resolveLibrarySchema('https://ns.adobe.com/experience/offer-management/filter-expression'),
    );
    expect(error.code).toBe('cyclic-ref');
    expect(error.message).toMatch(/node-content → .*function-application-content → .*node-content$/);
  });

  it('refuses a field defined with two types, an unknown class and a field group used as class', async () => {
    const clash: JsonObject = {
      $id: 'https://ns.adobe.com/acme/mixins/clash',
      properties: { personID: { type: 'integer' } },
    };
    const conflict = await rejection(
      resolveComposition({
        classId: PROFILE,
        fieldGroupIds: [clash['$id'] as string],
        tenantSchemas: [clash],
      }),
    );
    expect(conflict.code).toBe('field-conflict');
    expect(conflict.message).toContain('personID');
    expect(
      (await rejection(resolveComposition({ classId: 'https://ns.adobe.com/xdm/context/nope' }))).code,
    ).toBe('unknown-entry');
    expect((await rejection(resolveComposition({ classId: LOYALTY }))).code).toBe('wrong-kind');
  });
});

describe('flattenSchema', () => {
  it('refuses a hostile 10,000-level tenant schema instead of overflowing the stack', () => {
    let schema: JsonObject = { type: 'string' };
    for (let i = 0; i < 10_000; i++) schema = { type: 'object', properties: { a: schema } };
    expect(() => flattenSchema(schema, 'urn:deep', () => undefined)).toThrow(
      /^Schema nesting deeper than 200 levels at a(\.a)+$/,
    );
  });

  it('merges allOf branches and keeps the title written next to a $ref', () => {
    const docs: Record<string, JsonObject> = {
      'urn:a': { type: 'object', properties: { x: { title: 'Mine', $ref: 'urn:b' } }, required: ['x'] },
      'urn:b': { title: 'Theirs', type: 'object', properties: { y: { type: 'string' } } },
    };
    const flat = flattenSchema(
      { allOf: [{ $ref: 'urn:a' }, { properties: { z: { type: 'boolean' } }, required: ['z'] }] },
      'urn:root',
      (id) => docs[id],
    );
    expect(flat).toEqual({
      type: 'object',
      properties: {
        x: { title: 'Mine', type: 'object', properties: { y: { type: 'string' } } },
        z: { type: 'boolean' },
      },
      required: ['x', 'z'],
    });
  });
});
