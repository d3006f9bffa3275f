// `serve`'s background snapshot saver (electron/node/snapshot-saver.ts): what counts as a change, the
// interval setting, one save at a time, and a failed save retried on the next tick.
import { describe, expect, it } from 'vitest';
import { createEventBus } from '../../shared/engine/events';
import type { HandlerLookup } from '../../shared/contract/server';
import { memoryLogger } from '../../shared/util/logger';
import {
  BackgroundSaver,
  ChangeCounter,
  DEFAULT_SAVE_INTERVAL_S,
  parseSaveInterval,
} from '../../electron/node/snapshot-saver';
import { resolveSaveInterval } from '../../electron/node/cli/commands/serve';

describe('ChangeCounter', () => {
  const handlers: HandlerLookup = { get: () => async () => 'ok' };

  it('counts changing methods at start and end, not reads', async () => {
    const counter = new ChangeCounter();
    const wrapped = counter.wrap(handlers);
    await wrapped.get('profile-detail')?.({});
    await wrapped.get('streaming-inlet-log')?.({});
    await wrapped.get('sandbox-export')?.({});
    expect(counter.value).toBe(0);
    await wrapped.get('streaming-ingest')?.({});
    expect(counter.value).toBe(2);
    await wrapped.get('registry-schema-create')?.({});
    expect(counter.value).toBe(4);
  });

  it('counts a changing method that fails, and leaves unknown names alone', async () => {
    const counter = new ChangeCounter();
    const wrapped = counter.wrap({
      get: (name) =>
        name === 'sandbox-create'
          ? async () => {
              throw new Error('refused');
            }
          : undefined,
    });
    await expect(wrapped.get('sandbox-create')?.({})).rejects.toThrow('refused');
    expect(counter.value).toBe(2);
    expect(wrapped.get('no-such-method')).toBeUndefined();
  });

  it('counts background change events, not progress or derived ones', () => {
    const counter = new ChangeCounter();
    const events = createEventBus();
    const off = counter.watch(events);
    events.emit('engine-health', { state: 'ready' });
    events.emit('profile-changed', { sandbox: 'prod', reason: 'batch', batchId: 'b' } as never);
    expect(counter.value).toBe(0);
    events.emit('batch-finished', { sandbox: 'prod', batchId: 'b', status: 'success' });
    events.emit('streaming-received', {
      sandbox: 'prod',
      inletId: 'i',
      batchId: 'b',
      receivedTimeMs: 1,
      total: 0,
      messages: [],
    });
    expect(counter.value).toBe(2);
    off();
    events.emit('batch-finished', { sandbox: 'prod', batchId: 'c', status: 'success' });
    expect(counter.value).toBe(2);
  });
});

describe('save interval', () => {
  it.each([
    [undefined, DEFAULT_SAVE_INTERVAL_S],
    ['', DEFAULT_SAVE_INTERVAL_S],
    ['0', 0],
    ['5', 5],
    ['0.5', 0.5],
    [' 12 ', 12],
    ['-1', undefined],
    ['ten', undefined],
    ['1e3', undefined],
  ])('%j → %j', (text, seconds) => {
    expect(parseSaveInterval(text)).toBe(seconds);
  });

  it('takes the flag over the environment and names the bad one', () => {
    expect(resolveSaveInterval('2', '9')).toBe(2);
    expect(resolveSaveInterval(undefined, '9')).toBe(9);
    expect(resolveSaveInterval(undefined, undefined)).toBe(DEFAULT_SAVE_INTERVAL_S);
    expect(() => resolveSaveInterval('soon', undefined)).toThrow(/--save-interval must be .* got "soon"/);
    expect(() => resolveSaveInterval(undefined, '-3')).toThrow(
      /\$PROFILE_STAGER_SAVE_INTERVAL must be .* got "-3"/,
    );
  });
});

/** A save target whose saves the test resolves or fails by hand. */
function manualTarget() {
  let dirty = true;
  const calls: { resolve(): void; reject(error: Error): void }[] = [];
  return {
    calls,
    setDirty(value: boolean) {
      dirty = value;
    },
    isDirty: () => dirty,
    save: () =>
      new Promise<void>((resolve, reject) =>
        calls.push({
          resolve: () => {
            dirty = false;
            resolve();
          },
          reject,
        }),
      ),
  };
}

describe('BackgroundSaver', () => {
  it('saves only when something changed', async () => {
    const target = manualTarget();
    const saver = new BackgroundSaver(target, 1000, memoryLogger());
    target.setDirty(false);
    await saver.tick();
    expect(target.calls).toHaveLength(0);
    target.setDirty(true);
    const tick = saver.tick();
    expect(target.calls).toHaveLength(1);
    target.calls[0]?.resolve();
    await tick;
    await saver.tick();
    expect(target.calls).toHaveLength(1);
  });

  it('never runs two saves at once: a tick during a save waits for it', async () => {
    const target = manualTarget();
    const saver = new BackgroundSaver(target, 1000, memoryLogger());
    const first = saver.tick();
    const second = saver.tick();
    expect(target.calls).toHaveLength(1);
    target.calls[0]?.resolve();
    await Promise.all([first, second]);
    expect(target.calls).toHaveLength(1);
  });

  it('logs a failed save and tries again on the next tick', async () => {
    const target = manualTarget();
    const log = memoryLogger();
    const saver = new BackgroundSaver(target, 1000, log);
    const failing = saver.tick();
    target.calls[0]?.reject(new Error('disk full'));
    await failing;
    expect(saver.failures).toBe(1);
    expect(log.entries).toEqual([
      { level: 'error', message: expect.stringMatching(/background snapshot save failed/) },
    ]);
    const retry = saver.tick();
    expect(target.calls).toHaveLength(2);
    target.calls[1]?.resolve();
    await retry;
    expect(saver.failures).toBe(0);
    expect(log.entries).toContainEqual({ level: 'info', message: expect.stringMatching(/saved again/) });
  });

  it('stop waits for the save in progress', async () => {
    const target = manualTarget();
    const saver = new BackgroundSaver(target, 1000, memoryLogger());
    saver.start();
    void saver.tick();
    let stopped = false;
    const stopping = saver.stop().then(() => (stopped = true));
    await Promise.resolve();
    expect(stopped).toBe(false);
    target.calls[0]?.resolve();
    await stopping;
    expect(stopped).toBe(true);
  });
});
