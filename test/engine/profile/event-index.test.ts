// Profile's event index: ingestion writes, beside each page of events, the few values the apply step
// reads (identities, `_id`, time), and Profile reads those instead of parsing whole events. Whatever
// the events, the answers must equal those built from the rows themselves.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../../../shared/contract';
import type { StoredRow } from '../../../shared/engine/ingest/pages';
import {
  EventIndexWriter,
  identityRules,
  readEventIndex,
  visitIndexedEvents,
  type IdentityRules,
} from '../../../shared/engine/profile/event-index';
import { STANDARD_NAMESPACES } from '../../../shared/engine/registry/namespaces';
import type { IndexedDbProvider } from '../../../shared/db/open';
import { testEngine } from '../helpers';
import { ingest } from '../ingest/builders';
import { sandbox } from '../registry/builders';
import { CRM_CSV, ECID, profileAnswers, profileDatasets } from './world';
import { editPages, replaceIndexValue } from './stored-pages';

const rules: IdentityRules = identityRules([], STANDARD_NAMESPACES);

/** Every event the index visits, as plain values. */
function visited(ix: unknown, key = rules.key, rowCount?: number) {
  const out: unknown[] = [];
  const index = readEventIndex(ix, key, rowCount);
  if (index)
    visitIndexedEvents(index, { at: 0, value: 0, long: 0 }, (position, row, identities, eventId, time) =>
      out.push({ position, row, identities, eventId, time }),
    );
  return { isUsed: index !== undefined, out };
}

describe('event index of a page', () => {
  it('keeps position, row, identities with their primary flag, _id and time of each event', () => {
    const writer = new EventIndexWriter(rules);
    // Short values (under 13 characters) and long ones are kept apart: both kinds, escaped.
    const awkward = 'a"b\\c\u0000d\u{1F600}\n';
    const awkwardLong = `${awkward}]","w":[${awkward}`;
    const rows: StoredRow[] = [
      {
        r: 1,
        l: 1,
        f: 0,
        v: {
          _id: awkwardLong,
          timestamp: '2026-01-10T10:00:00Z',
          identityMap: { ecid: [{ id: ECID, primary: true }], Email: [{ id: awkward }] },
        },
      },
      // Skipped by Identity and Profile at ingestion: not in the index, positions keep counting.
      { r: 2, l: 2, f: 0, v: { _id: 'x', identityMap: { Email: [{ id: 'null' }] } }, s: 'identity' },
      { r: 4, l: 4, f: 0, v: { _id: 7, timestamp: 'not a time', identityMap: {} } },
      { r: 5, l: 5, f: 0, v: {} },
    ];
    rows.forEach((row, position) => writer.note(position, row));
    const ix = writer.take();
    const { isUsed, out } = visited(ix);
    expect(isUsed).toBe(true);
    expect(out).toEqual([
      {
        position: 0,
        row: 1,
        identities: [
          { namespace: 'ECID', id: ECID, isPrimary: true },
          { namespace: 'Email', id: awkward, isPrimary: false },
        ],
        eventId: awkwardLong,
        time: Date.parse('2026-01-10T10:00:00Z'),
      },
      { position: 2, row: 4, identities: [], eventId: '7', time: Number.NaN },
      { position: 3, row: 5, identities: [], eventId: '', time: Number.NaN },
    ]);
    // The next page starts empty.
    expect(visited(writer.take()).out).toEqual([]);
  });

  it('keeps every event of a full page, written out in runs', () => {
    const writer = new EventIndexWriter(rules);
    const expected: unknown[] = [];
    for (let position = 0; position < 2000; position++) {
      const id = `ev${position}`;
      const identities = [{ namespace: 'ECID', id: `${position}`.padStart(38, '1'), isPrimary: true }];
      writer.note(position, {
        r: position + 1,
        l: position + 1,
        f: 0,
        v: {
          _id: id,
          timestamp: position,
          identityMap: { ECID: [{ id: identities[0]?.id, primary: true }] },
        },
      });
      expected.push({
        position,
        row: position + 1,
        identities,
        eventId: id,
        time: Date.parse(String(position)),
      });
    }
    const ix = writer.take();
    expect(visited(ix).out).toEqual(expected);

    // Visited in slices (the apply pauses when its time slice is spent): the same events, each once.
    const index = readEventIndex(ix, rules.key);
    if (!index) throw new Error('index not read');
    const sliced: unknown[] = [];
    let pauses = 0;
    const cursor = { at: 0, value: 0, long: 0 };
    let calls = 0;
    while (cursor.at < index.e.length) {
      visitIndexedEvents(
        index,
        cursor,
        (position, row, identities, eventId, time) =>
          sliced.push({ position, row, identities, eventId, time }),
        () => ++calls % 7 === 0,
      );
      pauses++;
    }
    expect(sliced).toEqual(expected);
    expect(pauses).toBe(Math.ceil(2000 / 7));
  });

  it('gives a page with a row it could not see (a mapped CSV row) no index', () => {
    const writer = new EventIndexWriter(rules);
    writer.note(0, { r: 1, l: 1, f: 0, v: { _id: 'a' } });
    writer.miss();
    expect(writer.take()).toBeUndefined();
    writer.note(0, { r: 2, l: 2, f: 0, v: { _id: 'b' } });
    expect(writer.take()).toBeDefined();
  });

  it('reads only an index of the shape it writes, wherever its bytes sit', () => {
    const writer = new EventIndexWriter(rules);
    const row = { r: 3, l: 3, f: 0, v: { _id: 'a', timestamp: '2026-01-10T10:00:00Z' } };
    writer.note(0, row);
    const ix = writer.take();
    if (!ix) throw new Error('no index');
    const expected = visited(ix).out;
    expect(expected).toEqual([
      { position: 0, row: 3, identities: [], eventId: 'a', time: Date.parse('2026-01-10T10:00:00Z') },
    ]);
    // The numbers as a view 4 bytes into a larger buffer (a Float64Array view needs 8-aligned bytes).
    const shifted = new Uint8Array(ix.e.byteLength + 4);
    shifted.set(ix.e, 4);
    expect(visited({ ...ix, e: shifted.subarray(4) }).out).toEqual(expected);
    // An earlier version's index (JSON text), and broken ones: none is read (the rows are, instead).
    const broken: unknown[] = [
      JSON.stringify({ k: rules.key, ns: [], e: [0, 3, 1, 1, Date.now()], v: 'a', w: [] }),
      { ...ix, e: Array.from(ix.e) },
      { ...ix, e: ix.e.subarray(1) },
      { ...ix, w: '["unterminated' },
      { ...ix, w: '{}' },
      { ...ix, v: undefined },
      null,
    ];
    // Numbers that do not lay out whole events over the values (a damaged or hand-made index).
    const time = Date.parse('2026-01-10T10:00:00Z');
    const withNumbers = (numbers: number[], v = 'a') => ({
      ...ix,
      e: new Uint8Array(Float64Array.from(numbers).buffer),
      v,
    });
    expect(visited(withNumbers([0, 3, 1, 1, time])).out).toEqual(expected);
    broken.push(
      withNumbers([0, 3, 2 ** 31 - 1, 1, time]), // a count of identities past the numbers
      withNumbers([0, 3, 1, 1, time], 'ab'), // values left over
      withNumbers([0, 3, 1, 2, time]), // values missing
      withNumbers([0, 3, 1, -1, time]), // a negative length
      withNumbers([0, 3, 1, 0.5, time]), // a length that is no count
      withNumbers([0, 3, 3, 10, 1, 1, time], 'xa'), // a namespace slot past `ns`
      withNumbers([0, 3, 1, 1, Number.NaN]), // a time that is not one
      withNumbers([0, 3, 1, 1]), // an event cut short
      { ...ix, w: '[1]' }, // a long value that is no string
      { ...ix, ns: [7] }, // a namespace code that is no string
      withNumbers([1, 3, 1, 1, time, 0, 4, 1, 1, time], 'ab'), // positions not rising
    );
    // Positions within the page's rows, when the page says how many it has.
    expect(visited(ix, rules.key, 1).out).toEqual(expected);
    expect(visited(ix, rules.key, 0)).toEqual({ isUsed: false, out: [] });
    for (const bad of broken) expect(visited(bad)).toEqual({ isUsed: false, out: [] });
  });

  it('is not used under other identity rules (a descriptor or a namespace changed since ingestion)', () => {
    const writer = new EventIndexWriter(rules);
    writer.note(0, { r: 1, l: 1, f: 0, v: { _id: 'a' } });
    const ix = writer.take();
    const withNamespace = identityRules(
      [],
      [
        ...STANDARD_NAMESPACES,
        { code: 'CRMID', name: 'CRM', type: 'CROSS_DEVICE', id: 99, isStandard: false },
      ],
    );
    const withDescriptor = identityRules(
      [
        {
          '@id': 'd1',
          '@type': 'xdm:descriptorIdentity',
          'xdm:sourceSchema': 's',
          'xdm:sourceVersion': 1,
          'xdm:sourceProperty': '/personalEmail/address',
          'xdm:namespace': 'Email',
          'xdm:property': 'xdm:code',
          'xdm:isPrimary': false,
          'meta:containerId': 'tenant',
        },
      ],
      STANDARD_NAMESPACES,
    );
    expect(withNamespace.key).not.toBe(rules.key);
    expect(withDescriptor.key).not.toBe(rules.key);
    expect(visited(ix, withNamespace.key)).toEqual({ isUsed: false, out: [] });
    expect(identityRules([], STANDARD_NAMESPACES).key).toBe(rules.key);
  });
});

const EMAILS = ['ada@example.com', 'LI@example.com', 'null', 'q"uote@example.com'];
const ECIDS = [ECID, '22345678901234567890123456789012345678', '123'];

interface Event {
  id: number;
  ecid: number | null;
  email: number | null;
  isEmailPrimary: boolean;
  lowerCase: boolean;
  day: number | null;
}

const event: fc.Arbitrary<Event> = fc.record({
  id: fc.nat(6),
  ecid: fc.option(fc.nat(ECIDS.length - 1)),
  email: fc.option(fc.nat(EMAILS.length - 1)),
  isEmailPrimary: fc.boolean(),
  lowerCase: fc.boolean(),
  day: fc.option(fc.nat(8)),
});

function eventsFile(events: Event[]): string {
  return events
    .map((e) =>
      JSON.stringify({
        _id: `e${e.id}`,
        ...(e.day === null ? {} : { timestamp: `2026-01-1${e.day}T10:00:00Z` }),
        eventType: 'web.webpagedetails.pageViews',
        identityMap: {
          ...(e.ecid === null ? {} : { ECID: [{ id: ECIDS[e.ecid], primary: !e.isEmailPrimary }] }),
          ...(e.email === null
            ? {}
            : { [e.lowerCase ? 'email' : 'Email']: [{ id: EMAILS[e.email], primary: e.isEmailPrimary }] }),
        },
      }),
    )
    .join('\n');
}

/** Every answer Profile gives about the identities of the pools, the stats and each batch's profiles. */
const answers = (client: EngineClient, batchIds: string[]) =>
  profileAnswers(
    client,
    [...EMAILS.map((id) => ['Email', id] as const), ...ECIDS.map((id) => ['ECID', id] as const)],
    batchIds,
  );

async function reopen(idb: IndexedDbProvider, batchIds: string[]) {
  const again = await testEngine(idb);
  const result = await answers(again.client, batchIds);
  again.engine.close();
  return result;
}

describe('Profile from the event index', () => {
  it('answers exactly as from the events themselves (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(event, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 3 }),
        async (batches) => {
          const first = await testEngine();
          const ids = await profileDatasets(first.client);
          const crm = await ingest(first.client, ids.crm.id, 'crm.csv', CRM_CSV);
          expect(crm.status).toBe('success');
          const batchIds: string[] = [];
          for (const events of batches)
            batchIds.push(
              (await ingest(first.client, ids.web.id, 'web.jsonl', eventsFile(events), { format: 'json' }))
                .id,
            );
          const fromIndex = await answers(first.client, batchIds);
          const kinds: string[] = [];
          await editPages(first, (page) => {
            kinds.push(page.plans ? 'csv' : page.ix === undefined ? 'events without index' : 'events');
            delete page.ix;
          });
          first.engine.close();
          // Every page of events has its index; the CSV page (mapped cells) has none.
          expect(kinds.filter((kind) => kind !== 'events')).toEqual(['csv']);
          expect(await reopen(first.idb, batchIds)).toEqual(fromIndex);
        },
      ),
      { numRuns: 15, seed: 11 },
    );
  }, 600_000);

  it('keeps the index of a page through a snapshot (its numbers are bytes)', async () => {
    const source = await testEngine();
    const ids = await profileDatasets(source.client);
    const events = eventsFile([
      { id: 1, ecid: 0, email: 0, isEmailPrimary: false, lowerCase: false, day: 1 },
    ]);
    await ingest(source.client, ids.web.id, 'web.jsonl', events, { format: 'json' });
    // An index that says something else than the rows shows which of the two Profile read.
    await editPages(source, (page) => {
      page.ix = replaceIndexValue(page.ix, 'e1', 'from-index');
    });
    const bytes = await source.client.call('sandbox-export', {});
    source.engine.close();
    const target = await testEngine();
    await target.client.call('sandbox-import', { bytes, replace: true });
    const events1 = await target.client.call('profile-events', {
      sandbox,
      relatedEntityId: ECID,
      relatedEntityIdNS: 'ECID',
    });
    expect(events1.children.map((e) => e.entityId)).toEqual(['from-index']);
    target.engine.close();
  }, 120_000);

  it('reads the index, and falls back to the rows once the identity rules changed', async () => {
    const first = await testEngine();
    const ids = await profileDatasets(first.client);
    const events = eventsFile([
      { id: 1, ecid: 0, email: 0, isEmailPrimary: false, lowerCase: false, day: 1 },
    ]);
    const batch = await ingest(first.client, ids.web.id, 'web.jsonl', events, { format: 'json' });
    const eventIds = async (client: EngineClient) =>
      (
        await client.call('profile-events', { sandbox, relatedEntityId: ECID, relatedEntityIdNS: 'ECID' })
      ).children.map((e) => e.entityId);
    // An index that says something else than the rows shows which of the two Profile read.
    await editPages(first, (page) => {
      page.ix = replaceIndexValue(page.ix, 'e1', 'from-index');
    });
    first.engine.close();
    const second = await testEngine(first.idb);
    expect(await eventIds(second.client)).toEqual(['from-index']);
    await second.client.call('registry-namespace-create', {
      sandbox,
      code: 'CRMID',
      name: 'CRM ID',
      type: 'CROSS_DEVICE',
    });
    second.engine.close();
    const third = await testEngine(first.idb);
    expect(await eventIds(third.client)).toEqual(['e1']);
    expect(await third.client.call('profile-batch', { sandbox, batchId: batch.id })).toMatchObject({
      total: 1,
    });
    third.engine.close();
  }, 120_000);
});
