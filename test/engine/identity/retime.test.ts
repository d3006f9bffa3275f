// Times given after the fact: Profile links a batch of events while it is still being ingested, under a
// stand-in time above every real one, and gives the links their real time once the batch succeeds.
// Whenever that time is above every other one held, the graph must equal one built with it from the
// start: evictions, unique-namespace replays and every link's source included.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IdentityConfig, IdentityGraph } from '../../../shared/engine/identity';
import { STANDIN_TIME as STANDIN } from '../../../shared/engine/identity/retime';
import { configArb, everything, recordArb, type Rec } from './arbitraries';
import { at, graph } from './builders';

/** Earlier records at their own times, then the late batch's records at `time`. */
function build(config: Partial<IdentityConfig>, earlier: Rec[], late: Rec[], time: number): IdentityGraph {
  const g = graph(config);
  earlier.forEach((r, row) =>
    g.addRecord(r.identities, { datasetId: 'ds1', batchId: `b${r.batch}`, row, time: at(r.minute) }),
  );
  g.addRecords({ datasetId: 'ds2', batchId: 'late', time, records: late.map((r) => r.identities) });
  return g;
}

describe('retime', () => {
  it('a batch linked at a stand-in time, then given its time, equals one linked at that time (property)', () => {
    fc.assert(
      fc.property(
        configArb,
        fc.array(recordArb, { maxLength: 30 }),
        fc.array(recordArb, { minLength: 1, maxLength: 20 }),
        (config, earlier, late) => {
          const staged = build(config, earlier, late, STANDIN);
          const latest = earlier.length === 0 ? -Infinity : Math.max(...earlier.map((r) => at(r.minute)));
          expect(staged.latestTime(STANDIN)).toBe(latest);
          staged.retime(STANDIN, at(10));
          expect(everything(staged)).toEqual(everything(build(config, earlier, late, at(10))));
          expect(staged.latestTime(STANDIN)).toBe(late.length > 0 ? at(10) : latest);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('removing the late batch after its time was given equals never adding it', () => {
    const earlier: Rec[] = [
      {
        identities: [
          { namespace: 'CRMID', id: 'c-1' },
          { namespace: 'Email', id: 'a@example.com' },
        ],
        batch: 0,
        minute: 1,
      },
    ];
    const late: Rec[] = [
      {
        identities: [
          { namespace: 'CRMID', id: 'c-2' },
          { namespace: 'Email', id: 'a@example.com' },
        ],
        batch: 0,
        minute: 0,
      },
    ];
    const config = { uniqueNamespaces: ['CRMID'] };
    const staged = build(config, earlier, late, STANDIN);
    // The newer link wins the unique namespace: c-2 follows a@example.com, c-1 is cut off.
    expect(staged.identitiesOf('Email', 'a@example.com').map((i) => i.key)).toContain('CRMID:c-2');
    staged.retime(STANDIN, at(5));
    staged.removeSource({ batchId: 'late' });
    expect(everything(staged)).toEqual(everything(build(config, earlier, [], at(5))));
  });
});
