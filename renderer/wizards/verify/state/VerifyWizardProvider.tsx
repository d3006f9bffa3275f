// Creates the verify wizard's stores once per mount and provides them through context with selector hooks.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createVerifyDataStore, type VerifyDataState, type VerifyDataStore } from './verify-data-store';
import {
  createVerifyWizardStore,
  type VerifyWizardInit,
  type VerifyWizardState,
  type VerifyWizardStore,
} from './verify-wizard-store';

export interface VerifyStores {
  wizard: VerifyWizardStore;
  data: VerifyDataStore;
}

const VerifyStoresContext = createContext<VerifyStores | null>(null);

export function VerifyWizardProvider({ init, children }: { init: VerifyWizardInit; children: ReactNode }) {
  const [stores] = useState<VerifyStores>(() => ({
    wizard: createVerifyWizardStore(init),
    data: createVerifyDataStore(),
  }));
  return <VerifyStoresContext.Provider value={stores}>{children}</VerifyStoresContext.Provider>;
}

/** The stores themselves, for handlers that read `getState()` at the moment they run. */
export function useVerifyStores(): VerifyStores {
  const stores = useContext(VerifyStoresContext);
  if (!stores) throw new Error('useVerifyStores must be used inside <VerifyWizardProvider>');
  return stores;
}

export function useVerifyWizard<T>(selector: (state: VerifyWizardState) => T): T {
  return useStore(useVerifyStores().wizard, selector);
}

export function useVerifyData<T>(selector: (state: VerifyDataState) => T): T {
  return useStore(useVerifyStores().data, selector);
}
