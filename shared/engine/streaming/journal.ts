// The streaming journal port: where a host makes an accepted streaming request durable before the
// engine replies. The node host keeps IndexedDB in memory (fake-indexeddb) and saves snapshot files
// only now and then, so it implements this port as a write-ahead log on disk
// (electron/node/streaming-wal.ts) and replays it on start. The web and desktop hosts write to real
// IndexedDB, whose committed transactions are already durable before the reply, so they pass none.
import type { StreamedMessage } from '../../contract/streaming-types';
import type { StoredDiagnostic, StoredRow } from '../ingest/pages';

/** What one dataset gets from one request: accepted rows and (asynchronous validation) failed ones. */
export interface JournalGroup {
  datasetId: string;
  /** Rows numbered by the message's position in its request (`r` = index + 1). */
  rows: StoredRow[];
  failed: StoredDiagnostic[];
}

/** One accepted streaming request, as written before the reply and replayed after a crash. */
export interface JournalEntry {
  /** Unique per request; with the dataset id it makes replay idempotent. */
  requestId: string;
  sandbox: string;
  inletId: string;
  receivedTimeMs: number;
  /** The request's batch id as the collection API returned it (xactionIds are `batchId:index`). */
  batchId: string;
  /** How many messages the request carried (accepted, failed and refused). */
  messages: number;
  groups: JournalGroup[];
  /** Whether the request asked for synchronous validation (for the inlet log; absent in older logs). */
  syncValidation?: boolean;
  /**
   * The inlet-log entries of the request's messages that did not pass (refused, or accepted but invalid),
   * among its last INLET_LOG_SIZE; the passing ones follow from `groups`. Absent in older logs.
   */
  notPassed?: JournalLogFailure[];
  /** Set on the entry of an inlet's creation (no messages): the inlet as stored. */
  inlet?: JournalInlet;
}

/** An inlet-log entry without what the request's other fields already say. */
export type JournalLogFailure = Omit<StreamedMessage, 'receivedTimeMs' | 'batchId' | 'syncValidation'>;

/** A streaming inlet as the sandbox stores it (journaled so producers' inlet ids survive a crash). */
export interface JournalInlet {
  id: string;
  inletId: string;
  name: string;
  sourceId: string;
  authenticationRequired: boolean;
  dataType: 'xdm';
  state: 'enabled';
  created: number;
}

export interface StreamingJournal {
  /** Resolves once the entry would survive a crash or kill of the process (written and synced). */
  append(entry: JournalEntry): Promise<void>;
  /** Every group of the entry is committed to the sandbox's database. */
  applied(sandbox: string, requestId: string): void;
}
