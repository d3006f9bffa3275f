// Replay of the streaming journal after a restart (the node host's write-ahead log): every (request,
// dataset) group not already in the sandbox's batches is written again, so nothing accepted is lost and
// nothing is applied twice. Inlet creations are restored when the inlet is missing, and every request's
// messages go back into its inlet's recent-messages log.
import type { RegistryCore } from '../registry/service';
import type { JournalEntry, JournalGroup, JournalInlet, StreamingJournal } from './journal';

export interface ReplayResult {
  /** Requests (and inlet creations) written again. */
  requests: number;
  /** Messages of those requests (accepted and failed rows). */
  messages: number;
  /** Entries whose sandbox or dataset is gone, or whose write failed. */
  skipped: number;
}

/** What replay needs from the streaming service. */
export interface ReplayTarget {
  registry: RegistryCore;
  journal?: StreamingJournal;
  /** Commits the groups of an entry as a live request would (and tells the journal). */
  apply(entry: JournalEntry, groups: JournalGroup[]): Promise<void>;
  /** Puts the entry's messages back into its inlet's recent-messages log (every replayed entry, in order). */
  restoreLog(entry: JournalEntry): void;
  /** Announces a replayed request once its groups are written. */
  replayed(entry: JournalEntry): void;
}

/** The (request id, dataset id) pairs already written to the sandbox's batches. */
async function appliedGroups(registry: RegistryCore, sandbox: string): Promise<Set<string>> {
  const db = await registry.db(sandbox);
  const marks = new Set<string>();
  await db.table('batches').each((batch: { datasetId: string; streamRequests?: string[] }) => {
    for (const id of batch.streamRequests ?? []) marks.add(`${id}\u0000${batch.datasetId}`);
  });
  return marks;
}

/**
 * Re-applies journaled requests, oldest first. Entries whose sandbox is gone, or whose write fails (the
 * dataset was deleted, say), are skipped with a warning.
 */
export async function replayJournal(target: ReplayTarget, entries: JournalEntry[]): Promise<ReplayResult> {
  const { registry, journal } = target;
  const done = new Map<string, Set<string>>();
  const result: ReplayResult = { requests: 0, messages: 0, skipped: 0 };
  const known = new Set((await registry.sandboxes.list()).map((s) => s.name));
  const applying: Promise<void>[] = [];
  for (const entry of entries) {
    if (!known.has(entry.sandbox)) {
      registry.ctx.log.warn('streaming journal: sandbox is gone; entry skipped', {
        sandbox: entry.sandbox,
        requestId: entry.requestId,
      });
      result.skipped++;
      continue;
    }
    if (entry.inlet) {
      if (await restoreInlet(registry, entry.sandbox, entry.inlet)) result.requests++;
      journal?.applied(entry.sandbox, entry.requestId);
      continue;
    }
    target.restoreLog(entry);
    let marks = done.get(entry.sandbox);
    if (!marks) done.set(entry.sandbox, (marks = await appliedGroups(registry, entry.sandbox)));
    const missing = entry.groups.filter((g) => !marks.has(`${entry.requestId}\u0000${g.datasetId}`));
    if (missing.length === 0) {
      journal?.applied(entry.sandbox, entry.requestId);
      continue;
    }
    for (const g of missing) marks.add(`${entry.requestId}\u0000${g.datasetId}`);
    result.requests++;
    result.messages += missing.reduce((n, g) => n + g.rows.length + g.failed.length, 0);
    applying.push(
      target
        .apply(entry, missing)
        .then(() => target.replayed(entry))
        .catch((error: unknown) => {
          result.skipped++;
          registry.ctx.log.warn('streaming journal: entry could not be applied; skipped', {
            sandbox: entry.sandbox,
            requestId: entry.requestId,
            error: String((error as Error)?.message ?? error),
          });
        }),
    );
  }
  await Promise.all(applying);
  return result;
}

/** Adds a journaled inlet unless the sandbox has it already; true when it was added. */
async function restoreInlet(registry: RegistryCore, sandbox: string, inlet: JournalInlet): Promise<boolean> {
  const db = await registry.db(sandbox);
  const exists = ((await db.table('inlets').toArray()) as JournalInlet[]).some(
    (i) => i.inletId === inlet.inletId,
  );
  if (exists) return false;
  await db.table('inlets').add(inlet);
  return true;
}
