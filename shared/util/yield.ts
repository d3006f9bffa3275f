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
