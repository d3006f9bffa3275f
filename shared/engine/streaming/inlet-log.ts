// The recent-messages log of each streaming inlet (what `streaming-inlet-log` answers): every message's
// verdict, oldest first, at most INLET_LOG_SIZE per inlet. It lives in memory; a host that keeps its
// data in snapshot files (node) stores it in the sandbox's settings before each save (`persist`), and
// rebuilds the entries of requests replayed from its journal (`journaledLog`), so a restart keeps it.
import type Dexie from 'dexie';
import { EngineError } from '../../contract/errors';
import type { MessageVerdict, StreamedMessage } from '../../contract/streaming-types';
import type { JournalEntry, JournalLogFailure } from './journal';

/** Messages kept per inlet in the recent-messages log. */
export const INLET_LOG_SIZE = 200;
/** Settings key prefix of a persisted inlet log (`streaming-inlet-log:<inletId>`). */
export const INLET_LOG_SETTING = 'streaming-inlet-log:';

/** Why an accepted message still failed (asynchronous validation): its causes and the first one. */
export interface LoggedFailure {
  causes: number;
  message: string;
}

type RequestFacts = { receivedTimeMs: number; batchId: string; syncValidation: boolean };

/** The log entry of one message of a request, from its verdict. */
export function loggedMessage(
  request: RequestFacts,
  index: number,
  verdict: MessageVerdict,
  datasetId: unknown,
  failure?: LoggedFailure,
): StreamedMessage {
  const reason =
    failure ??
    (verdict.ok
      ? undefined
      : { causes: verdict.report?._streamingValidation.length ?? 1, message: verdict.message });
  return {
    index,
    status: reason ? 'fail' : 'pass',
    causes: reason?.causes ?? 0,
    statusCode: verdict.ok ? 200 : verdict.statusCode,
    ...(reason ? { message: reason.message } : {}),
    ...(verdict.ok ? { xactionId: verdict.xactionId } : {}),
    ...(typeof datasetId === 'string' ? { datasetId } : {}),
    receivedTimeMs: request.receivedTimeMs,
    batchId: request.batchId,
    syncValidation: request.syncValidation,
  };
}

/** What a journal entry keeps of a request's log: the entries that did not pass, among the last ones. */
export function notPassedOf(logged: StreamedMessage[]): JournalLogFailure[] {
  return logged
    .slice(-INLET_LOG_SIZE)
    .filter((m) => m.status === 'fail')
    .map(({ receivedTimeMs: _t, batchId: _b, syncValidation: _s, ...rest }) => rest);
}

/**
 * The log entries of a journaled request's last INLET_LOG_SIZE messages, as the live request logged
 * them: passing messages from the accepted rows (`r` = index + 1), the others as journaled. An entry
 * from an older log without `notPassed` rebuilds failed rows from their diagnostics.
 */
export function journaledLog(entry: JournalEntry): StreamedMessage[] {
  const request: RequestFacts = {
    receivedTimeMs: entry.receivedTimeMs,
    batchId: entry.batchId,
    syncValidation: entry.syncValidation === true,
  };
  const first = Math.max(0, entry.messages - INLET_LOG_SIZE);
  const byIndex = new Map<number, StreamedMessage>();
  for (const group of entry.groups) {
    for (const row of group.rows) {
      const index = row.r - 1;
      if (index >= first)
        byIndex.set(
          index,
          loggedMessage(request, index, { ok: true, xactionId: xaction(entry, index) }, group.datasetId),
        );
    }
    if (entry.notPassed) continue;
    for (const diagnostic of group.failed) {
      const index = diagnostic.row - 1;
      if (index >= first)
        byIndex.set(
          index,
          loggedMessage(request, index, { ok: true, xactionId: xaction(entry, index) }, group.datasetId, {
            causes: Math.max(1, diagnostic.errors?.length ?? 0),
            message: diagnostic.errors?.[0]?.message ?? diagnostic.message,
          }),
        );
    }
  }
  for (const failure of entry.notPassed ?? []) byIndex.set(failure.index, { ...failure, ...request });
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

const xaction = (entry: JournalEntry, index: number) => `${entry.batchId}:${index}`;
const keyOf = (m: StreamedMessage) => `${m.batchId}:${m.index}`;

/** Checks a `streaming-inlet-log` limit: a whole number from 1 to INLET_LOG_SIZE. */
export function checkLogLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1 || limit > INLET_LOG_SIZE)
    throw new EngineError(
      'invalid-argument',
      `"limit" must be a whole number from 1 to ${INLET_LOG_SIZE}; got ${JSON.stringify(limit)}.`,
    );
}

interface Kept {
  sandbox: string;
  messages: StreamedMessage[];
  /** The sandbox's persisted log has been merged in (older entries first). */
  isLoaded: boolean;
}

interface PersistedLog {
  key: string;
  messages: StreamedMessage[];
}

export class InletLog {
  /** Recent messages per inlet id, oldest first, at most INLET_LOG_SIZE. */
  private readonly recent = new Map<string, Kept>();

  constructor(private readonly dbOf: (sandbox: string) => Promise<Dexie>) {}

  /** Appends a request's messages (in order) to the inlet's log, dropping the oldest past the cap. */
  remember(sandbox: string, inletId: string, messages: StreamedMessage[]): void {
    const kept = this.kept(sandbox, inletId);
    kept.messages = capped([...kept.messages, ...messages.slice(-INLET_LOG_SIZE)]);
  }

  /** The inlet's newest `limit` messages, newest first. */
  async newest(sandbox: string, inletId: string, limit: number): Promise<StreamedMessage[]> {
    const kept = await this.loaded(sandbox, inletId);
    return kept.messages.slice(-limit).reverse();
  }

  /**
   * Writes every inlet's log into its sandbox's settings, where snapshots carry it. Logs of inlets that
   * are gone (their sandbox was reset or deleted) are dropped instead.
   */
  async persist(): Promise<void> {
    const inlets = new Map<string, Set<string> | undefined>();
    for (const [inletId, { sandbox }] of [...this.recent]) {
      if (!inlets.has(sandbox)) inlets.set(sandbox, await this.inletIds(sandbox));
      if (!inlets.get(sandbox)?.has(inletId)) {
        this.recent.delete(inletId);
        continue;
      }
      const kept = await this.loaded(sandbox, inletId);
      const row: PersistedLog = { key: `${INLET_LOG_SETTING}${inletId}`, messages: kept.messages };
      await (await this.dbOf(sandbox)).table('settings').put(row);
    }
  }

  /** The inlet ids of a sandbox, or undefined when the sandbox is gone. */
  private async inletIds(sandbox: string): Promise<Set<string> | undefined> {
    try {
      const rows = (await (await this.dbOf(sandbox)).table('inlets').toArray()) as { inletId: string }[];
      return new Set(rows.map((r) => r.inletId));
    } catch (error) {
      if (error instanceof EngineError && error.code === 'not-found') return undefined;
      throw error;
    }
  }

  private kept(sandbox: string, inletId: string): Kept {
    let kept = this.recent.get(inletId);
    if (!kept) this.recent.set(inletId, (kept = { sandbox, messages: [], isLoaded: false }));
    return kept;
  }

  /** The inlet's log with the persisted entries merged in front of those remembered since the start. */
  private async loaded(sandbox: string, inletId: string): Promise<Kept> {
    const kept = this.kept(sandbox, inletId);
    if (kept.isLoaded) return kept;
    const db = await this.dbOf(sandbox);
    const row = (await db.table('settings').get(`${INLET_LOG_SETTING}${inletId}`)) as
      PersistedLog | undefined;
    if (!kept.isLoaded) {
      const seen = new Set(kept.messages.map(keyOf));
      const older = (row?.messages ?? []).filter((m) => !seen.has(keyOf(m)));
      kept.messages = capped([...older, ...kept.messages]);
      kept.isLoaded = true;
    }
    return kept;
  }
}

function capped(messages: StreamedMessage[]): StreamedMessage[] {
  return messages.length > INLET_LOG_SIZE ? messages.slice(-INLET_LOG_SIZE) : messages;
}
