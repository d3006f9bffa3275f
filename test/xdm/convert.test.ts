// Converter tests: the five kinds of name conversion, required lists, $ref pointers, classification.
import { describe, expect, it } from 'vitest';
import {
  buildLibraryEntry,
  classifyDocuments,
  collectRefs,
  convertProperties,
  convertSchema,
  isPrefixCheckRef,
} from '../../shared/xdm/convert';
import {
  convertPointerSegments,
  convertPropertyName,
  convertPropertyPath,
  convertRef,
  toAltId,
} from '../../shared/xdm/names';

describe('property names: JSON-LD prefixed form → AEP form', () => {
  it.each([
    ['xdm prefix is dropped', 'xdm:name', 'name'],
    ['xdm prefix on a longer name', 'xdm:personalEmail', 'personalEmail'],
    ['@ becomes _', '@id', '_id'],
    ['@type becomes _type', '@type', '_type'],
    ['other prefixes become a parent _<prefix>', 'repo:createDate', '_repo.createDate'],
    ['schema.org prefix', 'schema:latitude', '_schema.latitude'],
    [
      'ns.adobe.com URI under xdm skips the xdm segment',
      'https://ns.adobe.com/xdm/channels/application',
      '_channels.application',
    ],
    [
      'ns.adobe.com URI of a vendor nests every segment',
      'https://ns.adobe.com/vendora/product/stockNumber',
      '_vendora.product.stockNumber',
    ],
    ['ns.adobe.com experience URI', 'https://ns.adobe.com/experience/analytics', '_experience.analytics'],
    [
      'http scheme is treated like https',
      'http://ns.adobe.com/experience/campaign/orchestration',
      '_experience.campaign.orchestration',
    ],
    ['other hosts nest under _ns', 'https://ns.thirdparty.com/color', '_ns.thirdparty.com.color'],
    ['plain names are unchanged', 'firstName', 'firstName'],
  ])('%s: %s → %s', (_rule, name, expected) => {
    expect(convertPropertyPath(name)).toBe(expected);
  });

  it('returns the nesting as segments', () => {
    expect(convertPropertyName('repo:createDate')).toEqual(['_repo', 'createDate']);
    expect(convertPropertyName('https://ns.adobe.com/xdm/channels/application')).toEqual([
      '_channels',
      'application',
    ]);
  });

  it('builds meta:altId from $id', () => {
    expect(toAltId('https://ns.adobe.com/xdm/context/profile')).toBe('_xdm.context.profile');
    expect(toAltId('https://ns.adobe.com/xdm/mixins/profile/profile-loyalty-details')).toBe(
      '_xdm.mixins.profile.profile-loyalty-details',
    );
    expect(toAltId('http://schema.org/GeoShape')).toBe('_schema.org.GeoShape');
  });
});

describe('properties maps nest prefixed names into parent objects', () => {
  it('merges names that share a prefix into one parent object', () => {
    const converted = convertProperties({
      'repo:createDate': { type: 'string', format: 'date-time' },
      'repo:modifyDate': { type: 'string', format: 'date-time' },
      'xdm:name': { type: 'string' },
    });
    expect(converted).toEqual({
      _repo: {
        type: 'object',
        properties: {
          createDate: { type: 'string', format: 'date-time' },
          modifyDate: { type: 'string', format: 'date-time' },
        },
      },
      name: { type: 'string' },
    });
  });

  it('merges a URI leaf and a deeper URI under the same path', () => {
    const converted = convertProperties({
      'https://ns.adobe.com/experience/analytics': {
        type: 'object',
        properties: { 'xdm:a': { type: 'string' } },
      },
      'https://ns.adobe.com/experience/analytics/b': { type: 'number' },
    });
    expect(converted).toEqual({
      _experience: {
        type: 'object',
        properties: {
          analytics: { type: 'object', properties: { a: { type: 'string' }, b: { type: 'number' } } },
        },
      },
    });
  });
});

describe('required lists', () => {
  it('converts names and makes each parent of a nested name required', () => {
    const converted = convertSchema({
      required: ['@id', 'xdm:timestamp', 'repo:createDate'],
      properties: {},
    });
    expect(converted['required']).toEqual(['_id', 'timestamp', '_repo']);
    expect(converted['properties']).toEqual({ _repo: { required: ['createDate'] } });
  });

  it('puts a nested required name inside the converted parent that defines it', () => {
    const converted = convertSchema({
      properties: { 'repo:createDate': { type: 'string' } },
      required: ['repo:createDate'],
    });
    expect(converted).toEqual({
      properties: {
        _repo: { type: 'object', properties: { createDate: { type: 'string' } }, required: ['createDate'] },
      },
      required: ['_repo'],
    });
  });
});

describe('$ref pointers', () => {
  it('converts property names inside a JSON pointer and keeps definitions names', () => {
    expect(convertRef('#/definitions/patient/properties/xdm:healthcarePatient/properties/xdm:gender')).toBe(
      '#/definitions/patient/properties/healthcarePatient/properties/gender',
    );
    expect(convertRef('https://ns.adobe.com/xdm/common/x#/definitions/x/properties/repo:createDate')).toBe(
      'https://ns.adobe.com/xdm/common/x#/definitions/x/properties/_repo/properties/createDate',
    );
  });

  it('expands URI names (escaped with ~1 in the pointer) into nested segments', () => {
    expect(convertRef('#/properties/https:~1~1ns.adobe.com~1experience~1analytics')).toBe(
      '#/properties/_experience/properties/analytics',
    );
  });

  it('leaves refs without a pointer alone', () => {
    expect(convertRef('https://ns.adobe.com/xdm/context/person')).toBe(
      'https://ns.adobe.com/xdm/context/person',
    );
    expect(convertRef('#/definitions/xdm:notAProperty')).toBe('#/definitions/xdm:notAProperty');
  });

  it('walks items and allOf indexes as keywords, not names', () => {
    expect(convertPointerSegments(['properties', 'xdm:a', 'items', 'properties', '@id'])).toEqual([
      'properties',
      'a',
      'items',
      'properties',
      '_id',
    ]);
    expect(convertPointerSegments(['allOf', '1', 'properties', 'xdm:b'])).toEqual([
      'allOf',
      '1',
      'properties',
      'b',
    ]);
  });
});

describe('convertSchema', () => {
  const source = {
    'meta:license': ['CC BY 4.0'],
    $schema: 'http://json-schema.org/draft-06/schema#',
    $id: 'https://ns.adobe.com/xdm/context/example',
    title: 'Example',
    description: 'Prose that is not shipped.',
    'meta:titleId': 'example##title',
    definitions: {
      example: {
        properties: {
          'xdm:description': {
            type: 'string',
            description: 'A field named description stays.',
            examples: ['x'],
          },
          'schema:description': { type: 'string' },
          'xdm:identity': { $ref: 'https://ns.adobe.com/xdm/context/identity', 'meta:descriptionId': 'x' },
        },
        patternProperties: { '.+://.+': { type: 'object' }, '^[a-z]+$': { type: 'string' } },
      },
    },
    allOf: [
      { $ref: 'https://ns.adobe.com/xdm/common/extensible#/definitions/@context' },
      { $ref: '#/definitions/example' },
    ],
    'meta:enum': { 'xdm:value': 'Label keys are data, not names' },
  };

  it('strips prose, ids and licence but keeps titles and properties named description', () => {
    const converted = convertSchema(source);
    expect(converted).not.toHaveProperty('description');
    expect(converted).not.toHaveProperty('meta:license');
    expect(converted).not.toHaveProperty('meta:titleId');
    expect(converted).not.toHaveProperty('$schema');
    expect(converted['title']).toBe('Example');
    const properties = (converted['definitions'] as Record<string, Record<string, unknown>>)['example']?.[
      'properties'
    ];
    expect(properties).toEqual({
      description: { type: 'string' },
      _schema: { type: 'object', properties: { description: { type: 'string' } } },
      identity: { $ref: 'https://ns.adobe.com/xdm/context/identity' },
    });
  });

  it('drops the prefix check and JSON-LD-only pattern properties', () => {
    const converted = convertSchema(source);
    expect(converted['allOf']).toEqual([{ $ref: '#/definitions/example' }]);
    const example = (converted['definitions'] as Record<string, Record<string, unknown>>)['example'];
    expect(example?.['patternProperties']).toEqual({ '^[a-z]+$': { type: 'string' } });
    expect(converted['meta:enum']).toEqual({ 'xdm:value': 'Label keys are data, not names' });
    expect(isPrefixCheckRef('#/definitions/@context', 'https://ns.adobe.com/xdm/common/extensible')).toBe(
      true,
    );
    expect(isPrefixCheckRef('#/definitions/@context', 'https://ns.adobe.com/xdm/context/other')).toBe(false);
  });

  it('removes the @context definition from the extensible schema itself', () => {
    const converted = convertSchema({
      $id: 'https://ns.adobe.com/xdm/common/extensible',
      definitions: { '@context': { oneOf: [] } },
      allOf: [{ $ref: '#/definitions/@context' }],
    });
    expect(converted).toEqual({ $id: 'https://ns.adobe.com/xdm/common/extensible', definitions: {} });
  });

  it('collects refs made absolute against the document $id', () => {
    expect(collectRefs(convertSchema(source)).sort()).toEqual([
      'https://ns.adobe.com/xdm/context/example#/definitions/example',
      'https://ns.adobe.com/xdm/context/identity',
    ]);
  });
});

describe('classification and index entries', () => {
  const docs = [
    { $id: 'https://ns.adobe.com/xdm/data/record', doc: {} },
    { $id: 'https://ns.adobe.com/xdm/data/time-series', doc: {} },
    {
      $id: 'https://ns.adobe.com/xdm/context/profile',
      doc: { 'meta:extends': ['https://ns.adobe.com/xdm/data/record'] },
    },
    {
      $id: 'https://ns.adobe.com/x/lake',
      doc: { allOf: [{ $ref: 'https://ns.adobe.com/xdm/data/time-series' }] },
    },
    { $id: 'https://ns.adobe.com/xdm/context/profile-person-details', doc: { 'meta:intendedToExtend': [] } },
    {
      $id: 'https://ns.adobe.com/x/lookup',
      doc: { 'meta:class': 'https://ns.adobe.com/xdm/context/profile' },
    },
    { $id: 'https://ns.adobe.com/xdm/context/person', doc: {} },
  ];

  it('tells behaviours, classes, field groups, ready-made schemas and data types apart', () => {
    const kinds = classifyDocuments(docs);
    expect(kinds.get('https://ns.adobe.com/xdm/data/record')).toEqual({
      kind: 'behavior',
      behavior: 'record',
    });
    expect(kinds.get('https://ns.adobe.com/xdm/context/profile')).toEqual({
      kind: 'class',
      behavior: 'record',
    });
    expect(kinds.get('https://ns.adobe.com/x/lake')).toEqual({ kind: 'class', behavior: 'time-series' });
    expect(kinds.get('https://ns.adobe.com/xdm/context/profile-person-details')).toEqual({
      kind: 'fieldgroup',
    });
    expect(kinds.get('https://ns.adobe.com/x/lookup')).toEqual({
      kind: 'schema',
      behavior: 'record',
      classId: 'https://ns.adobe.com/xdm/context/profile',
    });
    expect(kinds.get('https://ns.adobe.com/xdm/context/person')).toEqual({ kind: 'datatype' });
  });

  it('builds an index entry with altId, status and extension lists', () => {
    const entry = buildLibraryEntry(
      {
        $id: 'https://ns.adobe.com/xdm/context/profile-person-details',
        title: 'Demographic Details',
        'meta:status': 'deprecated',
        'meta:intendedToExtend': ['https://ns.adobe.com/xdm/context/profile'],
      },
      { kind: 'fieldgroup' },
      'fieldgroups-0',
    );
    expect(entry).toEqual({
      $id: 'https://ns.adobe.com/xdm/context/profile-person-details',
      'meta:altId': '_xdm.context.profile-person-details',
      title: 'Demographic Details',
      kind: 'fieldgroup',
      'meta:status': 'deprecated',
      'meta:intendedToExtend': ['https://ns.adobe.com/xdm/context/profile'],
      chunk: 'fieldgroups-0',
    });
  });
});
