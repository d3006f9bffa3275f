// The engine-data layer without React: health from answers and events, the list kept by events, never polled.
import { describe, expect, it, vi } from 'vitest';
import {
  EngineError,
  type EngineClient,
  type EngineEvents,
  type EventName,
  type SandboxInfo,
} from '../../shared/contract';
import { createEngineSession } from '../../renderer/state/engine-session';
import { testEngine } from '../engine/helpers';

function sandbox(name: string, isDefault = false): SandboxInfo {
  return {
    name,
    title: name,
    type: isDefault ? 'production' : 'development',
    isDefault,
    tenantId: 'stager',
    createdAt: '2026-01-15T09:00:00.000Z',
    updatedAt: '2026-01-15T09:00:00.000Z',
    rowCount: 0,
  };
}

/** A client whose answers the test releases by hand, and whose events the test fires. */
function scriptedClient() {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const answers = new Map<string, { resolve(value: unknown): void; reject(error: unknown): void }>();
  const calls: string[] = [];
  const client: EngineClient = {
    call: (method) => {
      calls.push(method);
      return new Promise((resolve, reject) =>
        answers.set(method, { resolve: resolve as (value: unknown) => void, reject }),
      );
    },
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener as (payload: unknown) => void);
      return () => set.delete(listener as (payload: unknown) => void);
    },
    close: () => {},
    isClosed: false,
  };
  return {
    client,
    calls,
    answer: (method: string, value: unknown) => answers.get(method)?.resolve(value),
    fail: (method: string, error: unknown) => answers.get(method)?.reject(error),
    fire: <E extends EventName>(event: E, payload: EngineEvents[E]) =>
      listeners.get(event)?.forEach((listener) => listener(payload)),
    listenerCount: () => [...listeners.values()].reduce((sum, set) => sum + set.size, 0),
  };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('engine session', () => {
  it('is connecting until engine-info answers, then ready with the info and the list', async () => {
    const { client } = await testEngine();
    const session = createEngineSession({ client, host: 'web' });
    expect(session.data.getState().health).toBe('connecting');
    session.start();
    await vi.waitFor(() => expect(session.data.getState().sandboxes).toBeDefined());
    expect(session.data.getState()).toMatchObject({ health: 'ready', info: { version: '0.0.0-test' } });
    expect(session.data.getState().sandboxes?.map((s) => s.name)).toEqual(['prod']);
  });

  it('keeps the list current from sandbox-changed events', async () => {
    const { client } = await testEngine();
    const session = createEngineSession({ client, host: 'web' });
    session.start();
    await vi.waitFor(() => expect(session.data.getState().sandboxes).toBeDefined());
    await client.call('sandbox-create', { name: 'b-side' });
    await client.call('sandbox-create', { name: 'a-side' });
    await vi.waitFor(() =>
      expect(session.data.getState().sandboxes?.map((s) => s.name)).toEqual(['prod', 'a-side', 'b-side']),
    );
  });

  it('never lets an older sandbox-list answer overwrite a newer event', async () => {
    const script = scriptedClient();
    const session = createEngineSession({ client: script.client, host: 'web' });
    session.start();
    script.fire('sandbox-changed', { sandboxes: [sandbox('prod', true), sandbox('new')], changed: 'new' });
    script.answer('sandbox-list', [sandbox('prod', true)]);
    await flush();
    expect(session.data.getState().sandboxes?.map((s) => s.name)).toEqual(['prod', 'new']);
  });

  it('marks the engine down when a call fails with host-unavailable, and reports the load failures', async () => {
    const script = scriptedClient();
    const onBackgroundError = vi.fn();
    const session = createEngineSession({ client: script.client, host: 'desktop', onBackgroundError });
    session.start();
    script.fail('engine-info', new EngineError('host-unavailable', 'The engine is not available: crashed'));
    await flush();
    expect(session.data.getState()).toMatchObject({
      health: 'down',
      healthReason: 'The engine is not available: crashed',
    });
    expect(onBackgroundError).toHaveBeenCalledWith(
      expect.objectContaining({ code: 'host-unavailable' }),
      'engine-info',
    );
  });

  it('turns non-engine errors into internal EngineErrors for callers', async () => {
    const script = scriptedClient();
    const session = createEngineSession({ client: script.client, host: 'web' });
    const pending = session.call('sandbox-reset', { name: 'prod' });
    script.fail('sandbox-reset', new TypeError('boom'));
    await expect(pending).rejects.toMatchObject({ name: 'EngineError', code: 'internal', message: 'boom' });
    expect(session.data.getState().health).toBe('connecting');
  });

  it('follows engine-health events and reloads everything when the engine is ready again', async () => {
    const script = scriptedClient();
    const session = createEngineSession({ client: script.client, host: 'desktop' });
    session.start();
    expect(script.calls).toEqual(['engine-info', 'sandbox-list']);
    script.fire('engine-health', { state: 'restarting', reason: 'engine window crashed' });
    expect(session.data.getState()).toMatchObject({
      health: 'restarting',
      healthReason: 'engine window crashed',
    });
    script.fire('engine-health', { state: 'ready' });
    expect(session.data.getState().health).toBe('ready');
    expect(script.calls).toEqual(['engine-info', 'sandbox-list', 'engine-info', 'sandbox-list']);
  });

  it('applies answers at once and unsubscribes on dispose', async () => {
    const script = scriptedClient();
    const session = createEngineSession({ client: script.client, host: 'web' });
    session.start();
    session.start();
    expect(script.listenerCount()).toBe(2);
    session.applySandbox(sandbox('zeta'));
    session.applySandbox(sandbox('prod', true));
    expect(session.data.getState().sandboxes?.map((s) => s.name)).toEqual(['prod', 'zeta']);
    session.forgetSandbox('zeta');
    expect(session.data.getState().sandboxes?.map((s) => s.name)).toEqual(['prod']);
    session.dispose();
    expect(script.listenerCount()).toBe(0);
  });
});
