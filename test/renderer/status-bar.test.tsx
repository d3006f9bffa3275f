// The status bar: host, engine health (connecting, ready, restarting, down) and engine version.
import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EngineError, type EngineClient } from '../../shared/contract';
import { renderApp, statusBar } from './render-app';

/** A client whose calls never answer: an engine that is still starting. */
function silentClient(): EngineClient {
  return { call: () => new Promise(() => {}), on: () => () => {}, close: () => {}, isClosed: false };
}

/** A client whose host is gone: every call fails the way a dead transport fails it. */
function deadClient(): EngineClient {
  return {
    call: () =>
      Promise.reject(
        new EngineError('host-unavailable', 'The engine is not available: the engine host stopped'),
      ),
    on: () => () => {},
    close: () => {},
    isClosed: true,
  };
}

describe('status bar', () => {
  it('says which host runs the engine, that it is ready, and its version', async () => {
    await renderApp({ host: 'web' });
    const bar = statusBar();
    expect(await bar.findByRole('status', { name: 'Engine status' })).toHaveTextContent('Ready');
    expect(bar.getByTestId('engine-host')).toHaveTextContent('Web (browser worker)');
    expect(bar.getByTestId('engine-version')).toHaveTextContent('0.0.0-test');
  });

  it('names the desktop host', async () => {
    await renderApp({ host: 'desktop' });
    expect(statusBar().getByTestId('engine-host')).toHaveTextContent('Desktop');
  });

  it('shows connecting until the engine first answers, without a version', async () => {
    await renderApp({ client: silentClient() });
    expect(statusBar().getByRole('status', { name: 'Engine status' })).toHaveTextContent('Connecting…');
    expect(statusBar().getByTestId('engine-version')).toHaveTextContent('—');
  });

  it('follows engine-health events: restarting with the reason, then ready again', async () => {
    const app = await renderApp();
    const status = statusBar().getByRole('status', { name: 'Engine status' });
    expect(status).toHaveTextContent('Ready');

    await act(async () =>
      app.engine?.engine.events.emit('engine-health', {
        state: 'restarting',
        reason: 'the engine window crashed',
      }),
    );
    expect(status).toHaveTextContent('Restarting…');
    expect(status).toHaveTextContent('the engine window crashed');

    await act(async () => app.engine?.engine.events.emit('engine-health', { state: 'ready' }));
    expect(await screen.findByRole('status', { name: 'Engine status' })).toHaveTextContent(/^Ready$/);
  });

  it('says down when a call fails with host-unavailable, and says what to do in the error area', async () => {
    await renderApp({ client: deadClient() });
    expect(await statusBar().findByText('Down')).toBeInTheDocument();
    expect(statusBar().getByRole('status', { name: 'Engine status' })).toHaveTextContent(
      'the engine host stopped',
    );
    const errors = screen.getByRole('region', { name: 'Engine errors' });
    const alert = await screen.findByRole('alert');
    expect(errors).toContainElement(alert);
    expect(alert).toHaveTextContent('The engine is not available');
    expect(alert).toHaveTextContent('What to do next: Reload the window.');
  });
});
