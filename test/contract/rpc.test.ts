import { describe, expect, it } from 'vitest';
import {
  createEngineClient,
  EngineError,
  inProcessPair,
  messagePortEndpoint,
  serveEngine,
  type PortLike,
} from '../../shared/contract';
import { createEventBus } from '../../shared/engine/events';
import { createHandlerRegistry } from '../../shared/engine/handlers';

function registryWith(handlers: Record<string, (args: unknown) => Promise<unknown>>) {
  const registry = createHandlerRegistry();
  registry.register(handlers as never);
  return registry;
}

describe('engine contract', () => {
  it('matches replies to calls by id even when answers arrive out of order', async () => {
    const [server, clientEnd] = inProcessPair();
    let releaseSlow: () => void = () => {};
    serveEngine(
      server,
      registryWith({
        'sandbox-list': () => new Promise((resolve) => (releaseSlow = () => resolve(['slow']))),
        'engine-info': async () => ({ fast: true }),
      }),
    );
    const client = createEngineClient(clientEnd);
    const slow = client.call('sandbox-list', {});
    const fast = await client.call('engine-info', {});
    expect(fast).toEqual({ fast: true });
    releaseSlow();
    expect(await slow).toEqual(['slow']);
  });

  it('turns thrown EngineErrors into the same code and message on the client', async () => {
    const [server, clientEnd] = inProcessPair();
    serveEngine(
      server,
      registryWith({
        'sandbox-reset': async () => {
          throw new EngineError('not-found', 'No sandbox named "x".', { name: 'x' });
        },
        'sandbox-list': async () => {
          throw new TypeError('boom');
        },
      }),
    );
    const client = createEngineClient(clientEnd);
    await expect(client.call('sandbox-reset', { name: 'x' })).rejects.toMatchObject({
      code: 'not-found',
      message: 'No sandbox named "x".',
      details: { name: 'x' },
    });
    await expect(client.call('sandbox-list', {})).rejects.toMatchObject({
      code: 'internal',
      message: 'boom',
    });
  });

  it('answers an unknown method with unknown-method', async () => {
    const [server, clientEnd] = inProcessPair();
    serveEngine(server, registryWith({}));
    const client = createEngineClient(clientEnd);
    await expect(client.call('no-such' as never, {} as never)).rejects.toMatchObject({
      code: 'unknown-method',
    });
  });

  it('refuses to register a method twice', () => {
    const registry = createHandlerRegistry();
    registry.register({ 'engine-info': async () => ({}) as never });
    expect(() => registry.register({ 'engine-info': async () => ({}) as never })).toThrow(/registered twice/);
  });

  it('rejects every pending call when the host dies, and refuses new ones', async () => {
    const [server, clientEnd] = inProcessPair();
    serveEngine(server, registryWith({ 'sandbox-list': () => new Promise(() => {}) }));
    const client = createEngineClient(clientEnd);
    const pending = [client.call('sandbox-list', {}), client.call('sandbox-list', {})];
    server.kill('engine window crashed');
    for (const call of pending) {
      await expect(call).rejects.toMatchObject({
        code: 'host-unavailable',
        message: expect.stringContaining('engine window crashed'),
      });
    }
    await expect(client.call('sandbox-list', {})).rejects.toMatchObject({ code: 'host-unavailable' });
    expect(client.isClosed).toBe(true);
  });

  it('delivers events to subscribers until they unsubscribe', async () => {
    const [server, clientEnd] = inProcessPair();
    const bus = createEventBus();
    serveEngine(server, registryWith({}), bus);
    const client = createEngineClient(clientEnd);
    const seen: string[] = [];
    const off = client.on('sandbox-changed', (p) => seen.push(p.changed));
    bus.emit('sandbox-changed', { sandboxes: [], changed: 'a' });
    await new Promise((r) => setTimeout(r, 0));
    off();
    bus.emit('sandbox-changed', { sandboxes: [], changed: 'b' });
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual(['a']);
  });

  it('works over a real MessagePort and notices when the peer port closes', async () => {
    const channel = new MessageChannel();
    const serverEnd = messagePortEndpoint(channel.port1 as unknown as PortLike);
    serveEngine(
      serverEnd,
      registryWith({
        'engine-info': async () => ({ bytes: new Uint8Array([1, 2, 3]) }),
        'sandbox-list': () => new Promise(() => {}),
      }),
    );
    const clientEnd = messagePortEndpoint(channel.port2 as unknown as PortLike);
    const client = createEngineClient(clientEnd);
    expect(await client.call('engine-info', {})).toEqual({ bytes: new Uint8Array([1, 2, 3]) });
    const hanging = client.call('sandbox-list', {});
    clientEnd.kill('peer gone');
    await expect(hanging).rejects.toMatchObject({ code: 'host-unavailable' });
    channel.port1.close();
    channel.port2.close();
  });
});
