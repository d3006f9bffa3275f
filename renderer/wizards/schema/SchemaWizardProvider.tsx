// Provides the schema wizard's stores (one pair per app instance and sandbox) and selector hooks to read them.
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useStores } from '../../state/StoresProvider';
import { instanceStores } from '../common/instance-stores';
import {
  createSchemaDraftStore,
  createSchemaWizardStore,
  type SchemaDraftState,
  type SchemaDraftStore,
  type SchemaWizardState,
  type SchemaWizardStore,
} from './schema-wizard-store';

export interface SchemaWizardStores {
  ui: SchemaWizardStore;
  draft: SchemaDraftStore;
  /** The sandbox the wizard works in (its name) and its tenant id (custom fields live under `_{tenantId}`). */
  sandbox: string;
  tenantId: string;
}

const SchemaWizardContext = createContext<SchemaWizardStores | null>(null);

/** `resume` (a schema's altId or `$id` from `?schema=`) gives that schema a wizard of its own. */
export function SchemaWizardProvider({
  sandbox,
  tenantId,
  resume,
  children,
}: {
  sandbox: string;
  tenantId: string;
  resume?: string;
  children: ReactNode;
}) {
  const stores = instanceStores(useStores(), `schema-wizard:${sandbox}:${resume ?? ''}`, () => ({
    ui: createSchemaWizardStore(),
    draft: createSchemaDraftStore(),
  }));
  const value = useMemo(() => ({ ...stores, sandbox, tenantId }), [stores, sandbox, tenantId]);
  return <SchemaWizardContext.Provider value={value}>{children}</SchemaWizardContext.Provider>;
}

/** The stores themselves, for actions in event handlers (`getState()`). */
export function useSchemaWizardStores(): SchemaWizardStores {
  const stores = useContext(SchemaWizardContext);
  if (!stores) throw new Error('useSchemaWizardStores must be used inside <SchemaWizardProvider>');
  return stores;
}

export function useSchemaWizard<T>(selector: (state: SchemaWizardState) => T): T {
  return useStore(useSchemaWizardStores().ui, selector);
}

export function useSchemaDraft<T>(selector: (state: SchemaDraftState) => T): T {
  return useStore(useSchemaWizardStores().draft, selector);
}
