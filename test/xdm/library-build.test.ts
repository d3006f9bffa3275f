// Library assembly tests: conversion, $ref checks and chunking of the generated library.
import { describe, expect, it } from 'vitest';
import {
  assignChunks,
  buildLibrary,
  chunksModule,
  findUnresolvedRefs,
  pointerExists,
} from '../../shared/xdm/library-build';

const sources = [
  {
    $id: 'https://ns.adobe.com/xdm/data/record',
    doc: {
      $id: 'https://ns.adobe.com/xdm/data/record',
      title: 'Record',
      definitions: { r: { properties: { '@id': { type: 'string' } } } },
      allOf: [{ $ref: '#/definitions/r' }],
    },
  },
  {
    $id: 'https://ns.adobe.com/xdm/context/profile',
    doc: {
      $id: 'https://ns.adobe.com/xdm/context/profile',
      title: 'Profile',
      'meta:extends': ['https://ns.adobe.com/xdm/data/record'],
      allOf: [{ $ref: 'https://ns.adobe.com/xdm/data/record' }],
    },
  },
  {
    $id: 'https://ns.adobe.com/xdm/context/person-details',
    doc: {
      $id: 'https://ns.adobe.com/xdm/context/person-details',
      title: 'Person',
      'meta:intendedToExtend': ['https://ns.adobe.com/xdm/context/profile'],
      definitions: {
        p: { properties: { 'xdm:person': { $ref: 'https://ns.adobe.com/xdm/context/person' } } },
      },
      allOf: [{ $ref: '#/definitions/p' }],
    },
  },
  {
    $id: 'https://ns.adobe.com/xdm/context/person',
    doc: {
      $id: 'https://ns.adobe.com/xdm/context/person',
      title: 'Person data',
      properties: { 'xdm:name': { type: 'string' } },
    },
  },
];

describe('buildLibrary', () => {
  it('converts, classifies and indexes every document in $id order', () => {
    const { index, chunks } = buildLibrary(sources);
    expect(index.map((entry) => [entry.$id, entry.kind, entry.chunk])).toEqual([
      ['https://ns.adobe.com/xdm/context/person', 'datatype', 'datatypes'],
      ['https://ns.adobe.com/xdm/context/person-details', 'fieldgroup', 'fieldgroups'],
      ['https://ns.adobe.com/xdm/context/profile', 'class', 'classes'],
      ['https://ns.adobe.com/xdm/data/record', 'behavior', 'behaviors'],
    ]);
    expect(chunks.get('datatypes')?.['https://ns.adobe.com/xdm/context/person']).toEqual({
      $id: 'https://ns.adobe.com/xdm/context/person',
      title: 'Person data',
      properties: { name: { type: 'string' } },
    });
  });

  it('refuses a library with a $ref that resolves to nothing', () => {
    const broken = [
      ...sources,
      {
        $id: 'https://ns.adobe.com/x/broken',
        doc: {
          $id: 'https://ns.adobe.com/x/broken',
          allOf: [{ $ref: 'https://ns.adobe.com/x/missing' }, { $ref: '#/definitions/none' }],
        },
      },
    ];
    expect(() => buildLibrary(broken)).toThrow(/^2 unresolvable \$ref\(s\):\n/);
    expect(() => buildLibrary(broken)).toThrow(
      'https://ns.adobe.com/x/broken: unknown $ref https://ns.adobe.com/x/missing',
    );
    expect(() => buildLibrary(broken)).toThrow(
      'https://ns.adobe.com/x/broken: $ref https://ns.adobe.com/x/broken#/definitions/none points at nothing',
    );
  });
});

describe('pieces', () => {
  it('finds pointers inside documents', () => {
    const doc = {
      definitions: { a: { properties: { 'x/y': { type: 'string' } } } },
      allOf: [{}, { title: 't' }],
    };
    expect(pointerExists(doc, '/definitions/a/properties/x~1y')).toBe(true);
    expect(pointerExists(doc, '/allOf/1/title')).toBe(true);
    expect(pointerExists(doc, '/definitions/b')).toBe(false);
    expect(
      findUnresolvedRefs(new Map([['urn:a', { $id: 'urn:a', items: { $ref: '#/definitions/a' } }]])),
    ).toEqual(['urn:a: $ref urn:a#/definitions/a points at nothing']);
  });

  it('splits a kind into near-equal chunks by sorted $id', () => {
    const entries = ['d', 'a', 'c', 'b', 'e'].map((id) => ({ id, kind: 'fieldgroup' as const, bytes: 100 }));
    const chunkOf = assignChunks([...entries, { id: 'z', kind: 'class', bytes: 10 }], 250);
    expect(Object.fromEntries(chunkOf)).toEqual({
      a: 'fieldgroups-0',
      b: 'fieldgroups-0',
      c: 'fieldgroups-1',
      d: 'fieldgroups-1',
      e: 'fieldgroups-1',
      z: 'classes',
    });
  });

  it('writes one lazy import per chunk', () => {
    expect(chunksModule(['classes', 'fieldgroups-0'])).toContain(
      "  'fieldgroups-0': () => import('./fieldgroups-0.json'),",
    );
  });
});
