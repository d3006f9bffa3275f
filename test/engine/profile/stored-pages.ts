// Changing a sandbox's stored pages behind the engine's back: what a test does to see which of a page's
// rows and its event index Profile read.
import type { PageEventIndex } from '../../../shared/engine/ingest/pages';
import type { TestEngine } from '../helpers';
import { sandbox } from '../registry/builders';

export interface EditablePage {
  rows: string;
  ix?: PageEventIndex;
  plans?: object;
}

/** Changes every stored page of the sandbox; an engine reading them afterwards sees the change. */
export async function editPages(world: Pick<TestEngine, 'engine'>, edit: (page: EditablePage) => void) {
  const db = await world.engine.sandboxes.db(sandbox);
  await db.table('batchPages').toCollection().modify(edit);
}

/**
 * An event index (`ix`) with every value `from` (an identity value or `_id`) made `to`. Values sit in
 * `v` one after the other when shorter than 13 characters, else in `w`, each one's length in `e` (see
 * EventIndexWriter), so each value is read in order and the lists written again.
 */
export function replaceIndexValue(
  ix: PageEventIndex | undefined,
  from: string,
  to: string,
): PageEventIndex | undefined {
  if (ix === undefined) return undefined;
  const e = new Float64Array(ix.e.slice().buffer);
  const { v } = ix;
  const w = JSON.parse(ix.w) as string[];
  let short = '';
  const long: string[] = [];
  let value = 0;
  let next = 0;
  const take = (lengthAt: number) => {
    const length = e[lengthAt] as number;
    let text: string;
    if (length < 13) text = v.slice(value, (value += length));
    else text = w[next++] as string;
    if (text === from) text = to;
    e[lengthAt] = text.length;
    if (text.length < 13) short += text;
    else long.push(text);
  };
  for (let at = 0; at < e.length;) {
    at += 2;
    const head = e[at++] as number;
    for (let j = 0; j < head >> 1; j++, at += 2) take(at + 1);
    take(at++);
    if ((head & 1) === 1) at++;
  }
  return { k: ix.k, ns: ix.ns, e: new Uint8Array(e.buffer), v: short, w: JSON.stringify(long) };
}
