// Creates the import wizard's stores once per mount and provides them through context with selector hooks.
import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createImportDataStore, type ImportDataState, type ImportDataStore } from './import-data-store';
import {
  createImportWizardStore,
  type ImportWizardInit,
  type ImportWizardState,
  type ImportWizardStore,
} from './import-wizard-store';
import { createMappingMemory, type MappingMemory, type MappingMemoryState } from './mapping-memory';

export interface ImportStores {
  wizard: ImportWizardStore;
  data: ImportDataStore;
  memory: MappingMemory;
}

const ImportStoresContext = createContext<ImportStores | null>(null);

export function ImportWizardProvider({ init, children }: { init: ImportWizardInit; children: ReactNode }) {
  const [stores] = useState<ImportStores>(() => ({
    wizard: createImportWizardStore(init),
    data: createImportDataStore(),
    memory: createMappingMemory(),
  }));
  return <ImportStoresContext.Provider value={stores}>{children}</ImportStoresContext.Provider>;
}

/** The stores themselves, for handlers that read `getState()` at the moment they run. */
export function useImportStores(): ImportStores {
  const stores = useContext(ImportStoresContext);
  if (!stores) throw new Error('useImportStores must be used inside <ImportWizardProvider>');
  return stores;
}

export function useWizard<T>(selector: (state: ImportWizardState) => T): T {
  return useStore(useImportStores().wizard, selector);
}

export function useImportData<T>(selector: (state: ImportDataState) => T): T {
  return useStore(useImportStores().data, selector);
}

export function useMappingMemory<T>(selector: (state: MappingMemoryState) => T): T {
  return useStore(useImportStores().memory, selector);
}
