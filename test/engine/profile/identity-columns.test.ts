// Applying a mapped CSV row to Profile reads its identities straight from its cells, or decodes only
// the columns they can come from: either way the same identities as the whole record, whatever the
// mapping and the descriptors (columns on the way to a descriptor's field, under it, beside it, into
// the same field, under identityMap).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IdentityDescriptor } from '../../../shared/contract/registry-types';
import type { PlanColumn } from '../../../shared/engine/ingest/mapping';
import { decodeRowsPage, FLAT_ROW_HEAD } from '../../../shared/engine/ingest/pages';
import type { FlatCells } from '../../../shared/engine/ingest/flat-scan';
import { identityRules } from '../../../shared/engine/profile/event-index';
import { STANDARD_NAMESPACES } from '../../../shared/engine/registry/namespaces';

const descriptor = (path: string[], namespace: string, isPrimary: boolean): IdentityDescriptor => ({
  '@id': `d-${path.join('-')}`,
  '@type': 'xdm:descriptorIdentity',
  'xdm:sourceSchema': 's',
  'xdm:sourceVersion': 1,
  'xdm:sourceProperty': `/${path.join('/')}`,
  'xdm:namespace': namespace,
  'xdm:property': 'xdm:code',
  'xdm:isPrimary': isPrimary,
  'meta:containerId': 'tenant',
});

// Few segment names, so columns and descriptors often share, extend or cut each other's paths.
const path = fc.array(fc.constantFrom('a', 'b'), { minLength: 1, maxLength: 3 });
const column = fc.oneof(
  path.map((s): PlanColumn => ({ s })),
  fc.constantFrom<PlanColumn>(
    { s: ['identityMap', 'Email', '0', 'id'] },
    { s: ['identityMap', 'ECID', '0', 'id'] },
    { s: ['a', 'n'], t: 'long' },
  ),
);
const cell = fc.oneof(fc.constant(null), fc.constantFrom('x@example.com', 'y@example.com', '12', 'null'));

/** A flat row's cells, as a page scan gives them. */
const cellsOf = (item: readonly unknown[]): FlatCells => ({ cell: (c) => item[FLAT_ROW_HEAD + c] });

describe('identities of a mapped row decoded in part', () => {
  it('are those of the whole row (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.oneof(path, fc.constant<string[]>(['a', 'n'])),
            fc.constantFrom('Email', 'Phone', 'CRMID'),
            fc.boolean(),
          ),
          { maxLength: 3 },
        ),
        fc.array(column, { minLength: 1, maxLength: 6 }),
        fc.array(fc.array(cell, { minLength: 6, maxLength: 6 }), { minLength: 1, maxLength: 5 }),
        (descriptors, columns, cells) => {
          const rules = identityRules(
            descriptors.map(([p, ns, isPrimary]) => descriptor(p, ns, isPrimary)),
            STANDARD_NAMESPACES,
          );
          const rows = cells.map((row, r) => [r + 1, r + 2, 0, 0, ...row.slice(0, columns.length)]);
          const page = { rows: JSON.stringify(rows), plans: { 0: columns } };
          const whole = decodeRowsPage(page);
          const part = decodeRowsPage(page, rules.readsPath);
          const flat = rules.readFlat(columns);
          for (let i = 0; i < rows.length; i++) {
            expect(rules.read(part[i]!.v)).toEqual(rules.read(whole[i]!.v));
            if (flat) expect(flat(cellsOf(rows[i]!))).toEqual(rules.read(whole[i]!.v));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('leave out the columns no identity comes from', () => {
    const rules = identityRules(
      [descriptor(['personalEmail', 'address'], 'Email', true)],
      STANDARD_NAMESPACES,
    );
    const columns: PlanColumn[] = [
      { s: ['personalEmail', 'address'] },
      { s: ['person', 'name', 'firstName'] },
      { s: ['identityMap', 'ECID', '0', 'id'] },
      { s: ['personalEmail', 'type'] },
    ];
    const page = {
      rows: JSON.stringify([[1, 2, 0, 0, 'ada@example.com', 'Ada', '1'.repeat(38), 'home']]),
      plans: { 0: columns },
    };
    expect(decodeRowsPage(page, rules.readsPath)[0]?.v).toEqual({
      personalEmail: { address: 'ada@example.com' },
      identityMap: { ECID: { 0: { id: '1'.repeat(38) } } },
    });
  });

  it('are read from the cells when no column is on the way to an identity field or under it', () => {
    const rules = identityRules(
      [
        descriptor(['personalEmail', 'address'], 'email', true),
        descriptor(['mobilePhone', 'number'], 'Phone', false),
        descriptor(['loyalty', 'id'], 'CRMID', false),
      ],
      [...STANDARD_NAMESPACES, { code: 'CRMID', id: 99, name: 'CRM', type: 'CROSS_DEVICE' } as never],
    );
    const columns: PlanColumn[] = [
      { s: ['personalEmail', 'address'] },
      { s: ['person', 'name', 'firstName'] },
      { s: ['loyalty', 'id'], t: 'long' },
      { s: ['personalEmail', 'address'] },
      { s: ['mobilePhone', 'number'] },
    ];
    const flat = rules.readFlat(columns);
    expect(flat).toBeDefined();
    // Of two columns into one field the last present wins; numeric text in a long column is no identity.
    expect(
      flat!(cellsOf([1, 2, 0, 0, 'ada@example.com', 'Ada', '42', 'lovelace@example.com', null])),
    ).toEqual([{ namespace: 'Email', id: 'lovelace@example.com', isPrimary: true }]);
    expect(flat!(cellsOf([1, 2, 0, 0, 'ada@example.com', null, 'L-42', null, '+316']))).toEqual([
      { namespace: 'Email', id: 'ada@example.com', isPrimary: true },
      { namespace: 'Phone', id: '+316', isPrimary: false },
      { namespace: 'CRMID', id: 'L-42', isPrimary: false },
    ]);
    // A column under an identity field, or into identityMap: the row is decoded instead.
    expect(rules.readFlat([...columns, { s: ['loyalty', 'id', 'x'] }])).toBeUndefined();
    expect(rules.readFlat([{ s: ['loyalty'] }])).toBeUndefined();
    expect(rules.readFlat([{ s: ['identityMap', 'ECID', '0', 'id'] }])).toBeUndefined();
  });
});
