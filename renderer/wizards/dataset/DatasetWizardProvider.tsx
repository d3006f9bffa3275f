// Provides the dataset wizard's stores (one pair per app instance, sandbox and link) and selector hooks to read them.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useStores } from '../../state/StoresProvider';
import { instanceStores } from '../common/instance-stores';
import {
  createDatasetDraftStore,
  createDatasetWizardStore,
  type DatasetDraftState,
  type DatasetDraftStore,
  type DatasetWizardState,
  type DatasetWizardStore,
  type WizardLink,
} from './dataset-wizard-store';

export interface DatasetWizardStores {
  ui: DatasetWizardStore;
  draft: DatasetDraftStore;
  sandbox: string;
}

const DatasetWizardContext = createContext<DatasetWizardStores | null>(null);

/**
 * A link (`?schema=` a schema's `$id` or altId, `?dataset=` a dataset id) starts a wizard of its own with that
 * schema or dataset chosen.
 */
export function DatasetWizardProvider({
  sandbox,
  link,
  children,
}: {
  sandbox: string;
  link?: WizardLink;
  children: ReactNode;
}) {
  const key = `dataset-wizard:${sandbox}:${link?.schema ?? ''}:${link?.dataset ?? ''}`;
  const stores = instanceStores(useStores(), key, () => ({
    ui: createDatasetWizardStore(link),
    draft: createDatasetDraftStore(),
  }));
  const value = useMemo(() => ({ ...stores, sandbox }), [stores, sandbox]);
  return <DatasetWizardContext.Provider value={value}>{children}</DatasetWizardContext.Provider>;
}

export function useDatasetWizardStores(): DatasetWizardStores {
  const stores = useContext(DatasetWizardContext);
  if (!stores) throw new Error('useDatasetWizardStores must be used inside <DatasetWizardProvider>');
  return stores;
}

export function useDatasetWizard<T>(selector: (state: DatasetWizardState) => T): T {
  return useStore(useDatasetWizardStores().ui, selector);
}

export function useDatasetDraft<T>(selector: (state: DatasetDraftState) => T): T {
  return useStore(useDatasetWizardStores().draft, selector);
}
