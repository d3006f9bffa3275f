// The node host's streaming write-ahead log. The node host keeps IndexedDB in memory (fake-indexeddb)
// and writes the snapshot file only when asked (`serve` on shutdown), so an accepted streaming request
// is appended here, and synced to disk, before the reply. One file per sandbox next to the snapshot
// (`FILE.<sandbox>.wal`), JSON Lines with a checksum per line:
//
//   {"sum":"<16 hex of sha256(id \n entry)>","id":"<request id>","entry":{…JournalEntry…}}
//
// On start the entries are read back (a torn last line, from a crash in the middle of a write, is cut
// off with a warning) and replayed; the engine skips what the snapshot already holds. After a
// successful snapshot save the entries that were committed before it are dropped from the file.
import { createHash } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fdatasync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { JournalEntry, StreamingJournal } from '../../shared/engine/streaming/journal';
import type { Logger } from '../../shared/util/logger';

const SUFFIX = '.wal';
const ENTRY_KEY = ',"entry":';

/** The WAL file of one sandbox next to a snapshot. */
export function walPath(snapshotPath: string, sandbox: string): string {
  return `${snapshotPath}.${encodeURIComponent(sandbox)}${SUFFIX}`;
}

function checksum(id: string, json: string): string {
  return createHash('sha256').update(id).update('\n').update(json).digest('hex').slice(0, 16);
}

/** One journal line (with its newline). */
export function encodeLine(entry: JournalEntry): string {
  const json = JSON.stringify(entry);
  return `{"sum":"${checksum(entry.requestId, json)}","id":${JSON.stringify(entry.requestId)}${ENTRY_KEY}${json}}\n`;
}

/** The entry of a line, or a reason it is not a whole, intact line. */
export function decodeLine(line: string): { entry: JournalEntry } | { problem: string } {
  const head = /^\{"sum":"([0-9a-f]{16})","id":("(?:[^"\\]|\\.)*")/.exec(line);
  if (!head || !line.endsWith('}')) return { problem: 'not a complete journal line' };
  if (!line.startsWith(ENTRY_KEY, head[0].length)) return { problem: 'not a complete journal line' };
  const json = line.slice(head[0].length + ENTRY_KEY.length, -1);
  let id: string;
  try {
    id = JSON.parse(head[2] ?? '""') as string;
  } catch {
    return { problem: 'unreadable request id' };
  }
  if (checksum(id, json) !== head[1]) return { problem: 'checksum mismatch' };
  try {
    const entry = JSON.parse(json) as JournalEntry;
    if (entry.requestId !== id) return { problem: 'request id mismatch' };
    return { entry };
  } catch {
    return { problem: 'unreadable entry' };
  }
}

function idOf(line: string): string | undefined {
  const head = /^\{"sum":"[0-9a-f]{16}","id":("(?:[^"\\]|\\.)*")/.exec(line);
  try {
    return head ? (JSON.parse(head[1] ?? '""') as string) : undefined;
  } catch {
    return undefined;
  }
}

/** Syncs the directory holding `path`, so a rename in it survives a power cut. */
export function syncDir(path: string): void {
  try {
    const fd = openSync(dirname(path), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems refuse to sync a directory; the rename itself still happened.
  }
}

interface Waiter {
  line: string;
  resolve(): void;
  reject(error: unknown): void;
}

interface SandboxLog {
  path: string;
  fd: number | undefined;
  pending: Waiter[];
  scheduled: boolean;
  /** Every operation on the file (flush, compaction) runs after the one before. */
  chain: Promise<void>;
  /** Requests whose writes are committed to the database (since the last compaction). */
  applied: Set<string>;
}

/** Requests committed before a snapshot export, per sandbox: what a compaction may drop. */
export type JournalCut = Map<string, Set<string>>;

export class FileStreamingJournal implements StreamingJournal {
  private readonly logs = new Map<string, SandboxLog>();

  constructor(
    private readonly snapshotPath: string,
    private readonly log: Logger,
  ) {}

  /**
   * Reads every sandbox's WAL, oldest entry first. A torn or corrupt line is reported and left out;
   * a torn tail is cut off the file so new lines start on a line of their own.
   */
  load(): JournalEntry[] {
    const dir = dirname(this.snapshotPath);
    const prefix = `${basename(this.snapshotPath)}.`;
    if (!existsSync(dir)) return [];
    const entries: JournalEntry[] = [];
    for (const name of readdirSync(dir).sort()) {
      if (!name.startsWith(prefix) || !name.endsWith(SUFFIX)) continue;
      const path = join(dir, name);
      const text = readFileSync(path, 'utf8');
      const lines = text.split('\n');
      let offset = 0;
      let goodEnd = 0;
      for (const [i, line] of lines.entries()) {
        const isLast = i === lines.length - 1;
        const bytes = Buffer.byteLength(line) + (isLast ? 0 : 1);
        if (line !== '') {
          const decoded = decodeLine(line);
          if ('entry' in decoded) {
            entries.push(decoded.entry);
            this.sandboxLog(decoded.entry.sandbox);
            if (!isLast) goodEnd = offset + bytes;
          } else if (isLast) {
            this.log.warn('streaming WAL: ignoring a torn last line (the process stopped while writing it)', {
              file: path,
              line: i + 1,
              problem: decoded.problem,
            });
          } else {
            this.log.warn('streaming WAL: ignoring a corrupt line', {
              file: path,
              line: i + 1,
              problem: decoded.problem,
            });
            goodEnd = offset + bytes;
          }
        } else if (!isLast) goodEnd = offset + bytes;
        offset += bytes;
      }
      if (goodEnd < Buffer.byteLength(text)) truncateSync(path, goodEnd);
    }
    return entries;
  }

  append(entry: JournalEntry): Promise<void> {
    const log = this.sandboxLog(entry.sandbox);
    const line = encodeLine(entry);
    return new Promise<void>((resolve, reject) => {
      log.pending.push({ line, resolve, reject });
      this.schedule(log);
    });
  }

  applied(sandbox: string, requestId: string): void {
    this.sandboxLog(sandbox).applied.add(requestId);
  }

  /** Call before exporting the snapshot: the requests it is sure to contain. */
  checkpoint(): JournalCut {
    return new Map([...this.logs].map(([sandbox, log]) => [sandbox, new Set(log.applied)]));
  }

  /** Call after the snapshot is safely written: drops the lines of the requests in `cut`. */
  async compact(cut: JournalCut): Promise<void> {
    await Promise.all(
      [...cut].map(([sandbox, ids]) => {
        const log = this.logs.get(sandbox);
        if (!log || ids.size === 0) return Promise.resolve();
        return this.locked(log, () => {
          this.closeFd(log);
          if (existsSync(log.path)) {
            const kept = readFileSync(log.path, 'utf8')
              .split('\n')
              .filter((line) => line !== '' && !ids.has(idOf(line) ?? ''));
            if (kept.length === 0) rmSync(log.path, { force: true });
            else {
              const temp = `${log.path}.tmp`;
              const fd = openSync(temp, 'w');
              try {
                writeSync(fd, kept.map((l) => `${l}\n`).join(''));
                fsyncSync(fd);
              } finally {
                closeSync(fd);
              }
              renameSync(temp, log.path);
            }
            syncDir(log.path);
          }
          for (const id of ids) log.applied.delete(id);
        });
      }),
    );
  }

  /** Waits for writes in progress, then closes the files. */
  async close(): Promise<void> {
    await Promise.all([...this.logs.values()].map((log) => this.locked(log, () => this.closeFd(log))));
  }

  private sandboxLog(sandbox: string): SandboxLog {
    let log = this.logs.get(sandbox);
    if (!log) {
      log = {
        path: walPath(this.snapshotPath, sandbox),
        fd: undefined,
        pending: [],
        scheduled: false,
        chain: Promise.resolve(),
        applied: new Set(),
      };
      this.logs.set(sandbox, log);
    }
    return log;
  }

  /** Group commit: everything appended while a sync is in progress goes out in the next write + sync. */
  private schedule(log: SandboxLog): void {
    if (log.scheduled) return;
    log.scheduled = true;
    void this.locked(log, async () => {
      log.scheduled = false;
      const waiting = log.pending.splice(0);
      if (waiting.length === 0) return;
      try {
        if (log.fd === undefined) {
          log.fd = openSync(log.path, 'a');
          syncDir(log.path);
        }
        const fd = log.fd;
        const size = fstatSync(fd).size;
        try {
          writeSync(fd, waiting.map((w) => w.line).join(''));
        } catch (error) {
          ftruncateSync(fd, size); // no half line for the next append to run into
          throw error;
        }
        await new Promise<void>((resolve, reject) =>
          fdatasync(fd, (error) => (error ? reject(error) : resolve())),
        );
        for (const w of waiting) w.resolve();
      } catch (error) {
        this.log.error('streaming WAL: write failed', { file: log.path, error: String(error) });
        for (const w of waiting) w.reject(error);
      }
    });
  }

  private locked(log: SandboxLog, op: () => void | Promise<void>): Promise<void> {
    const next = log.chain.then(op);
    log.chain = next.catch(() => {});
    return next;
  }

  private closeFd(log: SandboxLog): void {
    if (log.fd !== undefined) closeSync(log.fd);
    log.fd = undefined;
  }
}
