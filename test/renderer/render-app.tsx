// Test builder: the whole app over a real in-process engine (fake-indexeddb), memory routing, test env.
import { act, configure, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, vi } from 'vitest';
import { memoryLocation } from 'wouter/memory-location';
import type {
  EngineClient,
  HostKind,
  MethodName,
  MethodRequest,
  MethodResponse,
} from '../../shared/contract';
import { App } from '../../renderer/app/App';
import { createAppStores, type AppStores } from '../../renderer/state/app-stores';
import { createEngineSession, type EngineSession } from '../../renderer/state/engine-session';
import { memoryStorage, type Prefs } from '../../renderer/state/prefs-store';
import type { StateStorage } from 'zustand/middleware';
import { testEngine, type TestEngine } from '../engine/helpers';

// A real engine over fake-indexeddb answers in milliseconds, but whole-app tests on a loaded
// two-core machine can take seconds; these limits apply to every test file that renders the app.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 30_000 });

/** Engine calls of rendered apps that have not settled yet. */
const inFlight = new Set<Promise<unknown>>();

/** `client`, with each call noted in `inFlight` until it settles. */
function tracked(client: EngineClient): EngineClient {
  return {
    call: ((method, args) => {
      const call = client.call(method, args);
      inFlight.add(call);
      const done = () => inFlight.delete(call);
      call.then(done, done);
      return call;
    }) as EngineClient['call'],
    on: (event, listener) => client.on(event, listener),
    close: (reason) => client.close(reason),
    get isClosed() {
      return client.isClosed;
    },
  };
}

// A call still running when a test ends would answer after the test environment is gone, and the
// component's state update would then throw (React reads `window`). So a test ends once the calls its
// app made have settled, or after 2 s (a fake client that never answers).
afterEach(async () => {
  const until = Date.now() + 2000;
  while (inFlight.size > 0 && Date.now() < until)
    await Promise.race([
      Promise.allSettled([...inFlight]),
      new Promise((resolve) => setTimeout(resolve, 50)),
    ]);
});

export interface RenderAppOptions {
  /** A client to use instead of a fresh real engine (fakes for connecting / down states). */
  client?: EngineClient;
  host?: HostKind;
  path?: string;
  prefs?: Partial<Prefs>;
  storage?: StateStorage;
  /** Wait for the first engine-info and sandbox-list answers; default: yes unless a client was given. */
  awaitFirstLoad?: boolean;
}

export interface RenderedApp {
  user: ReturnType<typeof userEvent.setup>;
  stores: AppStores;
  session: EngineSession;
  client: EngineClient;
  /** The real engine behind the client, when the test did not pass its own client. */
  engine: TestEngine | undefined;
  /** Calls the engine directly (as another window or the CLI would), inside act(). */
  call<M extends MethodName>(method: M, args: MethodRequest<M>): Promise<MethodResponse<M>>;
  navigate(path: string): void;
  unmount(): void;
}

export async function renderApp(options: RenderAppOptions = {}): Promise<RenderedApp> {
  let engine: TestEngine | undefined;
  let client: EngineClient;
  if (options.client) client = tracked(options.client);
  else {
    engine = await testEngine();
    client = tracked(engine.client);
  }
  const stores = createAppStores({
    storage: options.storage ?? memoryStorage(),
    // A fixed language and theme unless the test brings its own stored preferences.
    initial: options.storage ? options.prefs : { language: 'en', colorScheme: 'light', ...options.prefs },
  });
  const session = createEngineSession({
    client,
    host: options.host ?? 'web',
    onBackgroundError: (error, method) => stores.errors.getState().report(error, method),
  });
  session.start();
  const location = memoryLocation({ path: options.path ?? '/' });
  const user = userEvent.setup();
  const view = render(<App stores={stores} engine={session} locationHook={location.hook} env="test" />);
  if (options.awaitFirstLoad ?? !options.client) await act(() => firstLoad(session));
  return {
    user,
    stores,
    session,
    client,
    engine,
    call: (method, args) => act(() => client.call(method, args)),
    navigate: (path) => act(() => location.navigate(path)),
    unmount: () => {
      view.unmount();
      session.dispose();
    },
  };
}

/** Resolves once the session has the sandbox list (or knows the engine is down). */
function firstLoad(session: EngineSession): Promise<void> {
  return new Promise((resolve) => {
    const isLoaded = () => {
      const { sandboxes, info, health } = session.data.getState();
      return (sandboxes !== undefined && info !== undefined) || health === 'down';
    };
    if (isLoaded()) return resolve();
    const unsubscribe = session.data.subscribe(() => {
      if (!isLoaded()) return;
      unsubscribe();
      resolve();
    });
  });
}

/** The status bar (the page's contentinfo landmark). */
export function statusBar() {
  return within(screen.getByRole('contentinfo'));
}

/** Waits until the engine answered and the switcher shows the current sandbox's title. */
export async function findSwitcher(title = 'Production') {
  return screen.findByRole('button', { name: new RegExp(`^Sandbox\\s*${title}`) });
}
