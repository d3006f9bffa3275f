// The event index of a stored page: what applying an event row to Profile reads — its position in the
// page, row number, identities, `_id` and time — written by ingestion beside the rows, so the apply
// step reads a few values per event instead of parsing whole events again. It is derived data: a
// page without one (streamed, mapped CSV, written before it existed) or written under other identity
// rules is applied from its rows, which gives the same result.
import type Dexie from 'dexie';
import type { IdentityDescriptor, NamespaceInfo } from '../../contract/registry-types';
import type { PageEventIndex, StoredRow } from '../ingest/pages';
import { isBytes } from '../../util/assert';
import { growF64 } from '../identity/buffers';
import type { StoredSchema } from '../registry/model';
import { dateTimeToEpochMs } from '../../xdm/datetime';
import { listNamespaces } from '../registry/namespaces';
import { descriptorsOf } from '../registry/store';
import type { PlanColumn } from '../ingest/mapping';
import {
  flatIdentityReader,
  identityFields,
  identityReader,
  leadsTo,
  type FlatIdentityReader,
  type RecordIdentity,
} from './identities';

/** How a schema's records are read for identities, and a key that changes whenever the reading would. */
export interface IdentityRules {
  read: (record: Record<string, unknown>) => RecordIdentity[];
  /** Descriptors and the namespace codes that spell them, hashed: an index is used only under equal keys. */
  key: string;
  /**
   * Whether a field at this path can change what `read` gives: one on the way to an identity
   * descriptor's field or under it, or under identityMap. A record holding only those fields reads
   * the same identities as the whole record (a mapped row's other columns need not be decoded).
   */
  readsPath: (segments: readonly string[]) => boolean;
  /** `read` for a file's flat stored rows, from their cells (undefined when they must be decoded). */
  readFlat: (columns: readonly PlanColumn[]) => FlatIdentityReader | undefined;
}

/** 53-bit FNV-1a style hash of a string, as base-36 text (two 32-bit lanes with different seeds). */
function hash53(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x2e1a3b5d;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
  }
  return ((b >>> 11) * 2 ** 32 + (a >>> 0)).toString(36);
}

/** Changes whenever `EventIndexWriter` lays its index out otherwise. */
const INDEX_LAYOUT = 4;

/**
 * Whether this machine stores a float64 least significant byte first: an index's numbers are the
 * bytes of a `Float64Array` as written, so the other byte order makes other rules keys (its indexes,
 * say from a snapshot, are then read from their rows instead).
 */
const IS_LITTLE_ENDIAN = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f;

/** The identity rules of a schema under the sandbox's namespaces. */
export function identityRules(
  descriptors: readonly IdentityDescriptor[],
  namespaces: readonly NamespaceInfo[],
): IdentityRules {
  const byLower = new Map(namespaces.map((n) => [n.code.toLowerCase(), n.code]));
  const canonical = (code: string) => byLower.get(code.toLowerCase()) ?? code;
  const text = JSON.stringify([
    descriptors.map((d) => [d['xdm:sourceProperty'], d['xdm:namespace'], d['xdm:isPrimary']]),
    namespaces.map((n) => n.code),
    // The index's layout: an index of an earlier one is not read (its pages are read instead).
    INDEX_LAYOUT,
    IS_LITTLE_ENDIAN,
  ]);
  const fields = identityFields(descriptors, canonical);
  const readsPath = (segments: readonly string[]) =>
    segments[0] === 'identityMap' ||
    fields.some(({ segments: path }) => leadsTo(segments, path) || leadsTo(path, segments));
  return {
    read: identityReader(fields, canonical),
    key: hash53(text),
    readsPath,
    readFlat: (columns) => flatIdentityReader(fields, columns),
  };
}

/** An event's time as its `timestamp` says (epoch ms), NaN when it has none that parses. */
export function eventTimestamp(record: Record<string, unknown>): number {
  const value = record['timestamp'];
  // Validation accepts only the platform's shapes: those are read from their digits.
  const ms = typeof value === 'string' ? dateTimeToEpochMs(value) : Number.NaN;
  return Number.isNaN(ms) ? Date.parse(String(value ?? '')) : ms;
}

/** Values collected before they are joined into one run of text (about 250 events). */
const INDEX_RUN_VALUES = 768;

/**
 * Values this long or longer are JSON strings of their own in an index (see `EventIndexWriter`): V8
 * slices a string of 13 characters or more as a view of the whole, and interns none this long.
 */
const SHORT_VALUE = 13;

/**
 * Collects the index of the page being filled. `note` each stored event row with its position;
 * `miss` a row that cannot be indexed (a mapped CSV row kept as cells), which leaves the page without
 * an index. `take` returns the page's index and starts the next page.
 *
 * The index (`PageEventIndex`) holds the rules key `k`, the namespace codes `ns`, numbers `e`, short
 * values `v` and long values `w`. Per event, `e` holds its position, row, identity count × 2 + 1 when
 * it has a time, then per identity its namespace slot × 2 + 1 when primary and its value's length, then
 * its `_id`'s length and its time (epoch ms) when it has one. A value (identity value or `_id`) shorter
 * than `SHORT_VALUE` sits in `v`, one after the other; a longer one is the next item of `w`, a JSON array.
 *
 * The numbers are the bytes of a `Float64Array`: as JSON text they cost the worker a `JSON.stringify`
 * and the engine's thread a `JSON.parse` of ~18,000 numbers per page (about four fifths of reading
 * an index); bytes are copied as they are. One JSON string per value made V8's parser intern the
 * short ones (an `_id` like `ev123456`): with 2M events that took 2.4 s on the engine's thread. A short
 * value sliced out of `v` is a copy; a long one sliced out would be a view keeping all of `v` alive for
 * as long as the graph or the event store holds it, so long ones are JSON strings of their own (the
 * parser interns none that long).
 */
export class EventIndexWriter {
  /** The numbers of the page being filled (`count` of them), in a buffer kept from page to page. */
  private numbers = new Float64Array(1024);
  private count = 0;
  /**
   * Values joined a run at a time: they are the events' own strings, so holding each until the page
   * is written would keep every event's strings alive that long; a run of them is copied out young.
   */
  private values: string[] = [];
  private runs: string[] = [];
  private long: string[] = [];
  private longRuns: string[] = [];
  private namespaces: string[] = [];
  private slots = new Map<string, number>();
  private isComplete = true;

  constructor(private readonly rules: IdentityRules) {}

  note(position: number, row: StoredRow): void {
    // Identity and Profile skip a row ingestion flagged (`s`): nothing to index.
    if (row.s) return;
    const identities = this.rules.read(row.v);
    const time = eventTimestamp(row.v);
    const hasTime = !Number.isNaN(time);
    // At most 5 numbers an event, and 2 an identity.
    const numbers = (this.numbers = growF64(this.numbers, this.count + 5 + 2 * identities.length));
    let n = this.count;
    numbers[n++] = position;
    numbers[n++] = row.r;
    numbers[n++] = identities.length * 2 + (hasTime ? 1 : 0);
    for (const identity of identities) {
      let slot = this.slots.get(identity.namespace);
      if (slot === undefined) {
        slot = this.namespaces.length;
        this.namespaces.push(identity.namespace);
        this.slots.set(identity.namespace, slot);
      }
      numbers[n++] = slot * 2 + (identity.isPrimary ? 1 : 0);
      numbers[n++] = identity.id.length;
      this.value(identity.id);
    }
    const eventId = String(row.v['_id'] ?? '');
    numbers[n++] = eventId.length;
    this.value(eventId);
    if (hasTime) numbers[n++] = time;
    this.count = n;
    if (this.values.length + this.long.length >= INDEX_RUN_VALUES) this.endRun();
  }

  private value(text: string): void {
    if (text.length < SHORT_VALUE) this.values.push(text);
    else this.long.push(text);
  }

  private endRun(): void {
    if (this.values.length > 0) this.runs.push(this.values.join(''));
    if (this.long.length > 0) this.longRuns.push(JSON.stringify(this.long).slice(1, -1));
    this.values = [];
    this.long = [];
  }

  miss(): void {
    this.isComplete = false;
  }

  take(): PageEventIndex | undefined {
    this.endRun();
    const index: PageEventIndex | undefined = this.isComplete
      ? {
          k: this.rules.key,
          ns: this.namespaces,
          e: new Uint8Array(this.numbers.slice(0, this.count).buffer),
          v: this.runs.join(''),
          w: `[${this.longRuns.join(',')}]`,
        }
      : undefined;
    this.count = 0;
    this.runs = [];
    this.values = [];
    this.long = [];
    this.longRuns = [];
    this.namespaces = [];
    this.slots = new Map();
    this.isComplete = true;
    return index;
  }
}

/**
 * Whether a page's index has the shape `EventIndexWriter` writes and was written under the identity
 * rules `key`. A page of an earlier version (its index a JSON string) or a hand-edited snapshot's
 * page fails, and is read from its rows.
 */
export function isIndexOf(ix: unknown, key: string): ix is PageEventIndex {
  if (typeof ix !== 'object' || ix === null) return false;
  const { k, ns, e, v, w } = ix as Record<string, unknown>;
  return (
    k === key &&
    Array.isArray(ns) &&
    isBytes(e) &&
    e.byteLength % Float64Array.BYTES_PER_ELEMENT === 0 &&
    typeof v === 'string' &&
    typeof w === 'string'
  );
}

/** One indexed event as the apply step uses it. */
export type IndexedEventVisitor = (
  position: number,
  row: number,
  identities: RecordIdentity[],
  eventId: string,
  /** Epoch ms, NaN when the event has no time that parses. */
  time: number,
) => void;

/** A page's event index, read (see `EventIndexWriter`). */
export interface EventIndex {
  ns: string[];
  e: Float64Array;
  v: string;
  w: string[];
}

/** How far a visit of an index got: the next event's offset in `e`, its next short value's in `v`, long value's in `w`. */
export interface IndexCursor {
  at: number;
  value: number;
  long: number;
}

/**
 * A page's event index, or undefined when it is not one written under the identity rules `key`, or
 * its numbers do not lay out events over its values, one a row in the order of the page's `rowCount`
 * rows when given (a damaged or hand-made index, say from a snapshot: its page's rows are read instead).
 */
export function readEventIndex(ix: unknown, key: string, rowCount?: number): EventIndex | undefined {
  if (!isIndexOf(ix, key)) return undefined;
  // A Float64Array view needs its bytes 8-aligned: stored bytes are copied whole, but a view is not bound to be.
  const bytes = ix.e.byteOffset % Float64Array.BYTES_PER_ELEMENT === 0 ? ix.e : ix.e.slice();
  let w: unknown;
  try {
    w = JSON.parse(ix.w);
  } catch {
    return undefined;
  }
  if (!Array.isArray(w) || !w.every((value) => typeof value === 'string')) return undefined;
  if (!ix.ns.every((code) => typeof code === 'string')) return undefined;
  const e = new Float64Array(
    bytes.buffer,
    bytes.byteOffset,
    bytes.byteLength / Float64Array.BYTES_PER_ELEMENT,
  );
  const index = { ns: ix.ns, e, v: ix.v, w: w as string[] };
  // A page's count comes from the database too: a non-number (a hand-made snapshot) checks nothing.
  return isLaidOut(index, typeof rowCount === 'number' ? rowCount : Number.POSITIVE_INFINITY)
    ? index
    : undefined;
}

/**
 * Whether `e` is whole events (as `EventIndexWriter` lays them out) at rising positions below `rowCount`
 * that use up `v` and `w` exactly.
 */
function isLaidOut({ ns, e, v, w }: EventIndex, rowCount: number): boolean {
  const isCount = (n: number | undefined): n is number =>
    n !== undefined && Number.isInteger(n) && n >= 0 && n <= 0x7fffffff;
  let at = 0;
  let value = 0;
  let long = 0;
  let last = -1;
  const takeValue = (length: number | undefined): boolean => {
    if (!isCount(length)) return false;
    if (length < SHORT_VALUE) value += length;
    else long++;
    return value <= v.length && long <= w.length;
  };
  while (at < e.length) {
    const position = e[at++];
    const row = e[at++];
    const head = e[at++];
    if (!isCount(position) || position <= last || position >= rowCount) return false;
    if (!Number.isInteger(row) || !isCount(head)) return false;
    last = position;
    const count = head >> 1;
    if (at + 2 * count + 1 + (head & 1) > e.length) return false;
    for (let j = 0; j < count; j++) {
      const code = e[at++];
      if (!isCount(code) || code >> 1 >= ns.length || !takeValue(e[at++])) return false;
    }
    if (!takeValue(e[at++])) return false;
    if ((head & 1) === 1 && !Number.isFinite(e[at++])) return false;
  }
  return value === v.length && long === w.length;
}

/**
 * Visits the events of an index in order from `cursor` (`{ at: 0, value: 0, long: 0 }` for the first event)
 * until `isPaused()` says to stop after an event, moving the cursor on; every event was visited once
 * `cursor.at === index.e.length`. A caller that stops gives the event loop a turn and goes on from there.
 */
export function visitIndexedEvents(
  index: EventIndex,
  cursor: IndexCursor,
  visit: IndexedEventVisitor,
  isPaused: () => boolean = () => false,
): void {
  const { ns, e, v, w } = index;
  let { at, value, long } = cursor;
  while (at < e.length) {
    const position = e[at++] as number;
    const row = e[at++] as number;
    const head = e[at++] as number;
    const count = head >> 1;
    const identities: RecordIdentity[] = new Array(count);
    for (let j = 0; j < count; j++) {
      const code = e[at++] as number;
      const length = e[at++] as number;
      let id: string;
      if (length < SHORT_VALUE) id = v.slice(value, (value += length));
      else id = w[long++] as string;
      identities[j] = { namespace: ns[code >> 1] as string, id, isPrimary: (code & 1) === 1 };
    }
    const length = e[at++] as number;
    let eventId: string;
    if (length < SHORT_VALUE) eventId = v.slice(value, (value += length));
    else eventId = w[long++] as string;
    const time = (head & 1) === 1 ? (e[at++] as number) : Number.NaN;
    visit(position, row, identities, eventId, time);
    if (isPaused()) break;
  }
  cursor.at = at;
  cursor.value = value;
  cursor.long = long;
}

/** What the event index of a batch's pages is built from: only events of a dataset Identity or Profile reads. */
export interface EventIndexInputs {
  descriptors: IdentityDescriptor[];
  namespaces: NamespaceInfo[];
}

/** The event index inputs of a schema's batches (undefined for records, which have no event index). */
export async function eventIndexInputs(
  db: Dexie,
  schema: Pick<StoredSchema, 'behavior'>,
  schemaId: string,
): Promise<EventIndexInputs | undefined> {
  if (schema.behavior !== 'time-series') return undefined;
  return { descriptors: await descriptorsOf(db, schemaId), namespaces: await listNamespaces(db) };
}

/** The event index writer built from `eventIndexInputs`. */
export function eventIndexWriter(inputs: EventIndexInputs): EventIndexWriter {
  return new EventIndexWriter(identityRules(inputs.descriptors, inputs.namespaces));
}
