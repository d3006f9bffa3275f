import { describe, expect, it } from 'vitest';
import type { MergePolicy } from '../../../shared/contract/profile-types';
import { PageRows } from '../../../shared/engine/ingest/page-rows';
import {
  FragmentStore,
  PageRecords,
  recordOf,
  sourceOfLeaf,
  type Source,
} from '../../../shared/engine/profile/fragments';
import { identityKey } from '../../../shared/engine/profile/identities';
import { mergeFragments } from '../../../shared/engine/profile/merge';

const src = (datasetId: string, time: number, row = 1, batchId = `b-${datasetId}-${time}`): Source => ({
  datasetId,
  batchId,
  row,
  time,
});
const policy = (
  attributeMerge: MergePolicy['attributeMerge'],
  identityGraph: 'none' | 'pdg' = 'pdg',
): MergePolicy => ({
  id: 'p',
  name: 'p',
  imsOrgId: 'o',
  schema: { name: '_xdm.context.profile' },
  version: 1,
  identityGraph: { type: identityGraph },
  attributeMerge,
  isActiveOnEdge: false,
  default: true,
  updateEpoch: 0,
});
/** The primary identity keys a store visits, in order. */
function primaryKeys(store: FragmentStore): string[] {
  const keys: string[] = [];
  store.forEachPrimaryKey((key) => keys.push(key));
  return keys;
}

const EMAIL = identityKey('Email', 'ada@example.com');

describe('record fragments', () => {
  it('without upsert a newer record replaces the fragment of the same dataset and primary identity', () => {
    const store = new FragmentStore();
    store.applyRecord(
      EMAIL,
      { person: { name: { firstName: 'Ada', lastName: 'L' } }, loyalty: { tier: 'gold' } },
      src('crm', 1),
      false,
    );
    store.applyRecord(EMAIL, { person: { name: { firstName: 'Ada K.' } } }, src('crm', 2), false);
    const [fragment] = store.recordFragmentsOf([EMAIL]);
    expect(store.recordCount).toBe(1);
    expect(fragment?.record).toEqual({ person: { name: { firstName: 'Ada K.' } } });
  });

  it('with upsert only the fields present are patched and identities are never removed', () => {
    const store = new FragmentStore();
    store.applyRecord(
      EMAIL,
      { person: { name: { firstName: 'Ada', lastName: 'L' } }, identityMap: { ECID: [{ id: '1' }] } },
      src('crm', 1),
      true,
    );
    store.applyRecord(
      EMAIL,
      { person: { name: { firstName: 'Ada K.' } }, identityMap: { Phone: [{ id: '+31' }] } },
      src('crm', 2),
      true,
    );
    const [fragment] = store.recordFragmentsOf([EMAIL]);
    expect(fragment?.record).toEqual({
      person: { name: { firstName: 'Ada K.', lastName: 'L' } },
      identityMap: { ECID: [{ id: '1' }], Phone: [{ id: '+31' }] },
    });
    expect(fragment && sourceOfLeaf(fragment, 'person.name.firstName').time).toBe(2);
    expect(fragment && sourceOfLeaf(fragment, 'person.name.lastName').time).toBe(1);
  });

  it('a fragment applied from a stored row keeps where the row is, and is held once an upsert patches it', () => {
    const stored = [
      { r: 1, l: 2, f: 0, v: { person: { name: { firstName: 'Ada', lastName: 'L' } } } },
      { r: 2, l: 3, f: 0, v: { person: { name: { firstName: 'Ada K.' } } } },
    ];
    const rows = new PageRows({ rows: JSON.stringify(stored) });
    const store = new FragmentStore();
    store.applyRecord(EMAIL, stored[0]!.v, src('crm', 1), true, { rows, index: 0 });
    let [fragment] = store.recordFragmentsOf([EMAIL]);
    expect(fragment).toMatchObject({ rows, index: 0 });
    expect(fragment?.record).toBeUndefined();
    // Read afresh each time: a caller changing what it got changes nothing held.
    const read = fragment && recordOf(fragment);
    expect(read).toEqual(stored[0]!.v);
    (read as { person: unknown }).person = 'changed';
    expect(mergeFragments(store.recordFragmentsOf([EMAIL]), undefined).entity).toEqual(stored[0]!.v);

    store.applyRecord(EMAIL, stored[1]!.v, src('crm', 2, 2), true, { rows, index: 1 });
    [fragment] = store.recordFragmentsOf([EMAIL]);
    expect(fragment?.rows).toBeUndefined();
    expect(fragment?.record).toEqual({ person: { name: { firstName: 'Ada K.', lastName: 'L' } } });
    expect(fragment && sourceOfLeaf(fragment, 'person.name.lastName').row).toBe(1);
    expect(fragment && sourceOfLeaf(fragment, 'person.name.firstName').row).toBe(2);
    // The page's text is not changed by the patch.
    expect(rows.row(0).v).toEqual(stored[0]!.v);

    // Without upsert the next row replaces it, by reference again.
    store.applyRecord(EMAIL, stored[0]!.v, src('crm', 3), false, { rows, index: 0 });
    [fragment] = store.recordFragmentsOf([EMAIL]);
    expect(fragment).toMatchObject({ rows, index: 0, base: { time: 3 } });
    expect(store.recordCount).toBe(1);
  });

  it('fragments of different datasets stay apart', () => {
    const store = new FragmentStore();
    store.applyRecord(EMAIL, { a: 1 }, src('crm', 1), false);
    store.applyRecord(EMAIL, { b: 2 }, src('loyalty', 2), false);
    expect(store.recordFragmentsOf([EMAIL])).toHaveLength(2);
  });
});

describe('events', () => {
  it('are appended and de-duplicated by _id within a dataset (the first stays)', () => {
    const store = new FragmentStore();
    expect(
      store.applyEvent(
        identityKey('ECID', 'e1'),
        { _id: 'x', timestamp: '2026-01-01T00:00:00Z', n: 1 },
        src('web', 1),
      ),
    ).toBe(true);
    expect(
      store.applyEvent(
        identityKey('ECID', 'e1'),
        { _id: 'x', timestamp: '2026-01-01T00:00:00Z', n: 2 },
        src('web', 2),
      ),
    ).toBe(false);
    expect(
      store.applyEvent(
        identityKey('ECID', 'e1'),
        { _id: 'x', timestamp: '2026-01-01T00:00:00Z', n: 3 },
        src('app', 3),
      ),
    ).toBe(true);
    expect(store.eventsOf([identityKey('ECID', 'e1')]).map((e) => e.record?.['n'])).toEqual([1, 3]);
  });
});

describe('attribute merge', () => {
  const fragments = () => {
    const store = new FragmentStore();
    store.applyRecord(
      EMAIL,
      { person: { name: { firstName: 'CRM Ada' } }, homeAddress: { city: 'Utrecht' } },
      src('crm', 20),
      false,
    );
    store.applyRecord(
      EMAIL,
      { person: { name: { firstName: 'Loyal Ada' } }, loyalty: { points: 7 } },
      src('loyalty', 10),
      false,
    );
    return store.recordFragmentsOf([EMAIL]);
  };

  it('timestampOrdered: the most recently ingested value wins; non-conflicting attributes are unioned', () => {
    const merged = mergeFragments(fragments(), policy({ type: 'timestampOrdered' }));
    expect(merged.entity).toEqual({
      person: { name: { firstName: 'CRM Ada' } },
      homeAddress: { city: 'Utrecht' },
      loyalty: { points: 7 },
    });
    expect(merged.provenance['person.name.firstName']).toMatchObject({
      datasetId: 'crm',
      time: 20,
      rule: 'timestampOrdered',
    });
    expect(merged.provenance['loyalty.points']).toMatchObject({ datasetId: 'loyalty', rule: 'only-source' });
  });

  it('dataSetPrecedence: the listed order wins regardless of time', () => {
    const merged = mergeFragments(
      fragments(),
      policy({ type: 'dataSetPrecedence', order: ['loyalty', 'crm'] }),
    );
    expect(merged.entity['person']).toEqual({ name: { firstName: 'Loyal Ada' } });
    expect(merged.provenance['person.name.firstName']).toMatchObject({
      datasetId: 'loyalty',
      rule: 'dataSetPrecedence',
    });
  });

  it('dataSetPrecedence: datasets not listed are not merged', () => {
    const merged = mergeFragments(fragments(), policy({ type: 'dataSetPrecedence', order: ['loyalty'] }));
    expect(merged.entity).toEqual({ person: { name: { firstName: 'Loyal Ada' } }, loyalty: { points: 7 } });
    expect(merged.fragments.map((f) => f.datasetId)).toEqual(['loyalty']);
  });
});

describe('event records read back from stored pages', () => {
  it('keep the last pages parsed, evict the least recently used and read an evicted page again', async () => {
    const stored = new Map<number, string>([
      [1, JSON.stringify([{ v: { _id: 'a', n: 1 } }, { v: { _id: 'b', n: 2 } }])],
      [2, JSON.stringify([{ v: { _id: 'c', n: 3 } }])],
      [3, JSON.stringify([{ v: { _id: 'd', n: 4 } }])],
    ]);
    const reads: number[] = [];
    const pages = new PageRecords(async (key) => {
      reads.push(key);
      const text = stored.get(key);
      return text === undefined ? undefined : JSON.parse(text);
    }, 2);
    const store = new FragmentStore();
    const at = (page: number, index: number) => ({ page, index });
    store.applyEvent(
      identityKey('ECID', 'e1'),
      { _id: 'a', timestamp: '2026-01-01T00:00:00Z' },
      src('web', 1),
      at(1, 0),
    );
    store.applyEvent(
      identityKey('ECID', 'e1'),
      { _id: 'b', timestamp: '2026-01-02T00:00:00Z' },
      src('web', 1),
      at(1, 1),
    );
    store.applyEvent(
      identityKey('ECID', 'e1'),
      { _id: 'c', timestamp: '2026-01-03T00:00:00Z' },
      src('web', 1),
      at(2, 0),
    );
    store.applyEvent(
      identityKey('ECID', 'e1'),
      { _id: 'd', timestamp: '2026-01-04T00:00:00Z' },
      src('web', 1),
      at(3, 0),
    );
    const events = store.eventsOf([identityKey('ECID', 'e1')]);
    expect(events.every((e) => e.record === undefined)).toBe(true);
    expect((await pages.recordsOf(events)).map((r) => r?.['n'])).toEqual([1, 2, 3, 4]);
    // Pages 1, 2, 3 were read once each; only 2 and 3 are held now.
    expect(reads).toEqual([1, 2, 3]);
    expect(pages.size).toBe(2);
    expect((await pages.recordsOf(events.slice(0, 1)))[0]?.['n']).toBe(1);
    expect(reads).toEqual([1, 2, 3, 1]);
    // A page that is gone (its batch was reverted meanwhile) reads as undefined.
    stored.delete(2);
    const again = await pages.recordsOf(events);
    expect(again.map((r) => r?.['n'])).toEqual([1, 2, undefined, 4]);
  });
});

describe('fragment counts', () => {
  it('counts fragments per dataset and lists each primary identity once, through replaces and removals', () => {
    const store = new FragmentStore();
    const ECID = identityKey('ECID', 'e1');
    store.applyRecord(EMAIL, { a: 1 }, src('crm', 1), false);
    store.applyRecord(EMAIL, { a: 2 }, src('crm', 2), false);
    store.applyRecord(EMAIL, { b: 1 }, src('loyalty', 1), false);
    const web = { datasetId: 'web', batchId: 'b-web', time: 5 };
    store.applyStoredEvent(ECID, 'x', Date.parse('2026-01-01T00:00:00Z'), web, 1, 7, 0);
    store.applyStoredEvent(ECID, 'x', Date.parse('2026-01-02T00:00:00Z'), web, 2, 7, 1);
    store.applyStoredEvent(EMAIL, 'y', Number.NaN, web, 3, 7, 2);
    expect(Object.fromEntries(store.fragmentsPerDataset())).toEqual({ crm: 1, loyalty: 1, web: 2 });
    expect(primaryKeys(store)).toEqual([EMAIL, ECID]);
    expect(store.recordFragmentsOf([EMAIL]).map((f) => f.datasetId)).toEqual(['crm', 'loyalty']);
    const [event] = store.eventsOf([ECID]);
    expect(event).toMatchObject({ eventId: 'x', timestamp: Date.parse('2026-01-01T00:00:00Z') });
    expect(event?.at).toEqual({ page: 7, index: 0 });
    expect(event?.source).toEqual({ datasetId: 'web', batchId: 'b-web', row: 1, time: 5 });
    // An event without a timestamp takes the ingestion time.
    expect(store.eventsOf([EMAIL])[0]?.timestamp).toBe(5);
    store.removeRecord('crm', EMAIL);
    expect(store.removeEventsOfBatch(ECID, 'b-web')).toEqual(['x']);
    expect(Object.fromEntries(store.fragmentsPerDataset())).toEqual({ loyalty: 1, web: 1 });
    expect(store.recordFragment('loyalty', EMAIL)?.record).toEqual({ b: 1 });
    expect(primaryKeys(store)).toEqual([EMAIL]);
    expect(store.recordCount + store.eventCount).toBe(2);
  });

  it('lists a primary identity with records and events once, whatever the namespaces interleave', () => {
    const store = new FragmentStore();
    const web = { datasetId: 'web', batchId: 'b-web', time: 5 };
    // Namespace codes where one is the start of another, keys of both kinds in and out of order.
    const keys = [
      identityKey('Email', 'a'),
      identityKey('EmailX', 'a'),
      identityKey('Email', 'b'),
      identityKey('ECID', 'a'),
      identityKey('Email', ''),
    ];
    const records = [keys[0], keys[1], keys[2]] as string[];
    records.forEach((key, i) => store.applyRecord(key, { i }, src('crm', i), false));
    const events = [keys[3], keys[1], keys[4], keys[2], keys[3]] as string[];
    events.forEach((key, i) => store.applyStoredEvent(key, `e${i}`, Number.NaN, web, i, 1, i));
    expect(primaryKeys(store)).toEqual([keys[0], keys[1], keys[2], keys[3], keys[4]]);
  });
});
