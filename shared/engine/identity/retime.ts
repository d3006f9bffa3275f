// Ingestion times given after the fact. Profile applies a batch of events while the batch is still
// being ingested, under a stand-in time above every real one (its ingestion time is the time it
// completes); once the batch succeeds, its records and the identities they saw get their real time.
// Every rule compares times only (eviction age, a link's latest observation, the unique-namespace
// replay), so the graph equals one built with the real time from the start whenever that time is still
// above every other one held, which `latestTime` lets the caller check first.
import type { GraphState } from './state';

/** A stand-in time above every real one: the latest a Date can hold (so views still print it). */
export const STANDIN_TIME = 8.64e15;

/** The latest ingestion time of any record other than those at `except`; -Infinity when none. */
export function latestTime(s: GraphState, except: number): number {
  let latest = -Infinity;
  const times = s.recTime;
  for (let r = 0; r < s.recCount; r++) {
    const t = times[r] as number;
    if (t !== except && t > latest) latest = t;
  }
  return latest;
}

/** Gives the records at time `from`, and identities first or last seen then, the time `to`. */
export function retime(s: GraphState, from: number, to: number): void {
  const times = s.recTime;
  for (let r = 0; r < s.recCount; r++) if (times[r] === from) times[r] = to;
  for (let n = 0; n < s.nodeCount; n++) {
    if (s.firstSeen[n] === from) s.firstSeen[n] = to;
    if (s.lastSeen[n] === from) s.lastSeen[n] = to;
  }
}
