// Provides the engine session (client, host, engine data) to components through React context.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { EngineDataState, EngineSession } from '../state/engine-session';

const EngineContext = createContext<EngineSession | null>(null);

/** Wraps the app; tests pass a session over a real in-process engine or a fake client. */
export function EngineProvider({ session, children }: { session: EngineSession; children: ReactNode }) {
  return <EngineContext.Provider value={session}>{children}</EngineContext.Provider>;
}

export function useEngineSession(): EngineSession {
  const session = useContext(EngineContext);
  if (!session) throw new Error('useEngineSession must be used inside <EngineProvider>');
  return session;
}

/** Reads engine data (health, info, sandboxes) through a selector. */
export function useEngineData<T>(selector: (state: EngineDataState) => T): T {
  return useStore(useEngineSession().data, selector);
}
