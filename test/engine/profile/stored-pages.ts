// Changing a sandbox's stored pages behind the engine's back: what a test does to see which of a page's
// rows and its event index Profile read.
import type { TestEngine } from '../helpers';
import { sandbox } from '../registry/builders';

export interface EditablePage {
  rows: string;
  ix?: string;
  plans?: object;
}

/** Changes every stored page of the sandbox; an engine reading them afterwards sees the change. */
export async function editPages(world: Pick<TestEngine, 'engine'>, edit: (page: EditablePage) => void) {
  const db = await world.engine.sandboxes.db(sandbox);
  await db.table('batchPages').toCollection().modify(edit);
}
