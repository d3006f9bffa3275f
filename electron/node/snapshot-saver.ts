// Saving the node host's snapshot while it runs: which engine calls change data (a change counter over
// the handler registry and the engine's background events), and `serve`'s background saver, which
// writes the snapshot every interval when something changed, one save at a time, retrying failed ones.
import type { EventName } from '../../shared/contract/events';
import type { MethodName } from '../../shared/contract/methods';
import type { EventSource, HandlerLookup } from '../../shared/contract/server';
import type { Logger } from '../../shared/util/logger';

/** Default seconds between background saves of `serve --snapshot`. */
export const DEFAULT_SAVE_INTERVAL_S = 30;
export const SAVE_INTERVAL_ENV = 'PROFILE_STAGER_SAVE_INTERVAL';

/**
 * Methods that only read. Every other method counts as a change (a new method is a change until it is
 * listed here), so a missing entry costs an unneeded save, never a lost one.
 */
const READ_ONLY_METHODS = new Set<MethodName>([
  'engine-info',
  'sandbox-list',
  'sandbox-export',
  'registry-library-list',
  'registry-library-show',
  'registry-schema-list',
  'registry-schema-show',
  'registry-schema-locks',
  'registry-union-show',
  'registry-namespace-list',
  'registry-validate',
  'catalog-dataset-list',
  'catalog-dataset-show',
  'ingest-batch-show',
  'ingest-batch-list',
  'ingest-batch-errors',
  'ingest-batch-rows',
  'ingest-dry-run',
  'profile-entity-get',
  'profile-entities',
  'profile-detail',
  'profile-events',
  'profile-graph',
  'profile-batch',
  'profile-stats',
  'profile-diagnose',
  'profile-policy-list',
  'profile-policy-show',
  'profile-policy-preview',
  'identity-config-show',
  'streaming-inlet-list',
  'streaming-inlet-show',
  'streaming-inlet-log',
]);

/**
 * Events of work that ends after its method returned (a batch finishing in the background, a replayed
 * streaming request). The others follow a method call, report progress, or describe derived data.
 */
const CHANGE_EVENTS = new Set<EventName>(['batch-finished', 'dataset-changed', 'streaming-received']);

/** Counts changes to the engine's data: calls of changing methods (at start and end) and change events. */
export class ChangeCounter {
  private count = 0;

  /** The handlers, wrapped so that a changing method bumps the counter when it starts and when it ends. */
  wrap(handlers: HandlerLookup): HandlerLookup {
    return {
      get: (name) => {
        const handler = handlers.get(name);
        if (!handler || READ_ONLY_METHODS.has(name as MethodName)) return handler;
        return async (args) => {
          this.count++;
          try {
            return await handler(args);
          } finally {
            this.count++;
          }
        };
      },
    };
  }

  /** Counts the engine's change events; returns the unsubscribe function. */
  watch(events: EventSource): () => void {
    return events.subscribeAll((event) => {
      if (CHANGE_EVENTS.has(event)) this.count++;
    });
  }

  /** Marks a change made outside the handlers (a journal replay at start, say). */
  bump(): void {
    this.count++;
  }

  get value(): number {
    return this.count;
  }
}

/**
 * Seconds between background saves: `--save-interval`, else $PROFILE_STAGER_SAVE_INTERVAL, else 30. A
 * number ≥ 0 (fractions allowed); 0 saves only on shutdown. Returns undefined for anything else, so the
 * caller can name the bad value.
 */
export function parseSaveInterval(value: string | undefined): number | undefined {
  if (value === undefined || value.trim() === '') return DEFAULT_SAVE_INTERVAL_S;
  const text = value.trim();
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const seconds = Number(text);
  return Number.isFinite(seconds) ? seconds : undefined;
}

export interface SaverTarget {
  /** True when data changed since the last successful save (or the start replayed a write-ahead log). */
  isDirty(): boolean;
  /** Writes the snapshot (atomically) and trims the write-ahead log; saves run one at a time. */
  save(): Promise<void>;
}

/**
 * Saves in the background: every `intervalMs`, when something changed since the last successful save.
 * A tick during a save does nothing; a failed save is logged and the next tick tries again — the
 * write-ahead log is only trimmed after a save that succeeded.
 */
export class BackgroundSaver {
  private timer: ReturnType<typeof setInterval> | undefined;
  private running: Promise<void> | undefined;
  /** Consecutive failed saves (reset by a success). */
  failures = 0;

  constructor(
    private readonly target: SaverTarget,
    private readonly intervalMs: number,
    private readonly log: Logger,
  ) {}

  start(): void {
    if (this.intervalMs <= 0 || this.timer) return;
    this.timer = setInterval(() => void this.tick(), this.intervalMs);
    this.timer.unref?.();
  }

  /** One tick: saves when something changed and no save is running; resolves when that save ends. */
  tick(): Promise<void> {
    if (this.running) return this.running;
    if (!this.target.isDirty()) return Promise.resolve();
    this.running = this.target
      .save()
      .then(() => {
        if (this.failures > 0)
          this.log.info('snapshot saved again after failed saves', { failures: this.failures });
        this.failures = 0;
        this.log.debug('snapshot saved in the background');
      })
      .catch((error: unknown) => {
        this.failures++;
        this.log.error('background snapshot save failed; the write-ahead log is kept and the save retried', {
          error: String((error as Error)?.message ?? error),
          failures: this.failures,
        });
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  /** Stops the timer and waits for a save in progress (the caller saves one last time itself). */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
