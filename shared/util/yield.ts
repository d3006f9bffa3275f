// Lets queued events (messages, I/O callbacks, timers) run before the caller goes on: a macrotask
// turn, not a microtask, which would run before any of them. Long in-memory work awaits it now and
// then so a file worker's messages are answered while it runs.

/** Resolves on a later turn of the event loop. */
export function yieldToEvents(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Work between two turns of the event loop, in ms. Queued events wait at most about this long; in the
 * node host each step of an IndexedDB transaction (fake-indexeddb) takes a turn, so a file worker's
 * page stores go on while Profile applies the previous batch instead of one step per applied page.
 */
export const SLICE_MS = 4;

/**
 * Cuts long in-memory work into slices of about `SLICE_MS`: `isSpent` says when to give the event loop a
 * turn (it reads the clock every 16th call only), `pause` gives it and starts the next slice. The clock
 * decides scheduling only, never a result.
 */
export class TimeSlices {
  private calls = 0;
  private ends: number;

  constructor(
    private readonly ms = SLICE_MS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.ends = now() + ms;
  }

  readonly isSpent = (): boolean => (++this.calls & 15) === 0 && this.now() >= this.ends;

  async pause(): Promise<void> {
    await yieldToEvents();
    this.ends = this.now() + this.ms;
  }
}
