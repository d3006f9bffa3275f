// Provides the UI-state stores through context and typed selector hooks to read them.
import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { SandboxDialogState } from '../sandbox/sandbox-dialog-store';
import type { AppStores } from './app-stores';
import type { ErrorState } from './error-store';
import type { PrefsState } from './prefs-store';

const StoresContext = createContext<AppStores | null>(null);

export function StoresProvider({ stores, children }: { stores: AppStores; children: ReactNode }) {
  return <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>;
}

/** The stores themselves, for actions outside render (event handlers read `getState()`). */
export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores must be used inside <StoresProvider>');
  return stores;
}

export function usePrefs<T>(selector: (state: PrefsState) => T): T {
  return useStore(useStores().prefs, selector);
}

export function useErrorState<T>(selector: (state: ErrorState) => T): T {
  return useStore(useStores().errors, selector);
}

export function useSandboxDialog<T>(selector: (state: SandboxDialogState) => T): T {
  return useStore(useStores().sandboxDialog, selector);
}
