// Group commit of streamed messages: one writer per (sandbox, dataset). The first request is written
// at once; requests that arrive while a write is in progress wait for it and are then written together
// as one batch. Under load batches grow without a timer, and a lone request is never delayed.
import type { JournalEntry, JournalGroup } from './journal';

/** One request's messages for one dataset, waiting to be written. */
export interface Pending {
  entry: JournalEntry;
  group: JournalGroup;
}

/** Rows written in one batch at most; more waiting requests go into the next write. */
export const MAX_ROWS_PER_COMMIT = 20_000;

interface Waiting extends Pending {
  resolve(): void;
  reject(error: unknown): void;
}

type Writer = (sandbox: string, datasetId: string, items: Pending[]) => Promise<void>;

export class GroupCommit {
  private readonly queues = new Map<string, Waiting[]>();
  /** Writes in progress (not the loops waiting at the gate). */
  private readonly writing = new Set<Promise<void>>();
  private gate: Promise<void> | undefined;

  constructor(private readonly writer: Writer) {}

  /** Resolves once the group is committed (in a batch shared with other requests, maybe). */
  add(sandbox: string, datasetId: string, pending: Pending): Promise<void> {
    const key = `${sandbox}\u0000${datasetId}`;
    return new Promise<void>((resolve, reject) => {
      const queue = this.queues.get(key);
      if (queue) {
        queue.push({ ...pending, resolve, reject });
        return;
      }
      this.queues.set(key, [{ ...pending, resolve, reject }]);
      void this.drain(key, sandbox, datasetId);
    });
  }

  /** Runs `fn` with no write in progress; writes asked for meanwhile wait until it is done. */
  async paused<T>(fn: () => Promise<T>): Promise<T> {
    while (this.gate) await this.gate;
    let open = () => {};
    this.gate = new Promise<void>((resolve) => (open = resolve));
    try {
      await Promise.allSettled([...this.writing]);
      return await fn();
    } finally {
      this.gate = undefined;
      open();
    }
  }

  private async drain(key: string, sandbox: string, datasetId: string): Promise<void> {
    for (;;) {
      while (this.gate) await this.gate;
      const queue = this.queues.get(key) ?? [];
      if (queue.length === 0) {
        this.queues.delete(key);
        return;
      }
      let rows = 0;
      let take = 0;
      while (take < queue.length && (take === 0 || rows < MAX_ROWS_PER_COMMIT)) {
        const group = queue[take]?.group;
        rows += (group?.rows.length ?? 0) + (group?.failed.length ?? 0);
        take++;
      }
      const items = queue.splice(0, take);
      const write = this.writer(sandbox, datasetId, items);
      this.writing.add(write);
      try {
        await write;
        for (const item of items) item.resolve();
      } catch (error) {
        for (const item of items) item.reject(error);
      } finally {
        this.writing.delete(write);
      }
    }
  }
}
