// The schema wizard's stores: UI state (step, forms, dialogs) and the engine's last answer about the draft schema.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SchemaDetail } from '../../../shared/contract';
import type { Reason } from '../common/reasons';

export const SCHEMA_STEPS = ['class', 'fieldGroups', 'customFields', 'identities', 'review'] as const;
export type SchemaStepId = (typeof SCHEMA_STEPS)[number];
/** The step index once the schema is enabled. */
export const SCHEMA_FINISHED = SCHEMA_STEPS.length;

/** The two classes whose schemas can feed Profile (SPEC §1.5). */
export type ClassChoice = 'profile' | 'event';
export const CLASS_IDS: Record<ClassChoice, string> = {
  profile: 'https://ns.adobe.com/xdm/context/profile',
  event: 'https://ns.adobe.com/xdm/context/experienceevent',
};

/** Field types the wizard offers; `enum` is a string with allowed values. */
export const FIELD_TYPES = [
  'string',
  'enum',
  'number',
  'long',
  'int',
  'short',
  'byte',
  'boolean',
  'date',
  'date-time',
  'uri',
] as const;
export type FieldTypeChoice = (typeof FIELD_TYPES)[number];

export interface FieldForm {
  name: string;
  type: FieldTypeChoice;
  enumValues: string[];
  title: string;
  isRequired: boolean;
}

export interface IdentityForm {
  path: string | null;
  namespace: string | null;
  isPrimary: boolean;
}

export interface ChosenGroup {
  id: string;
  title: string;
}

const EMPTY_FIELD: FieldForm = { name: '', type: 'string', enumValues: [], title: '', isRequired: false };
const EMPTY_IDENTITY: IdentityForm = { path: null, namespace: null, isPrimary: false };

export interface SchemaWizardState {
  step: number;
  classChoice: ClassChoice | undefined;
  title: string;
  description: string;
  search: string;
  groups: ChosenGroup[];
  fieldForm: FieldForm;
  identityForm: IdentityForm;
  isNamespaceDialogOpen: boolean;
  isConfirmOpen: boolean;
  /** Why the last Next was refused; cleared by any change and by moving. */
  blocked: Reason[];
  /** True when this wizard created the draft (only then may Start over delete it). */
  isDraftOwned: boolean;
  markDraftOwned(): void;
  chooseClass(choice: ClassChoice): void;
  setTitle(title: string): void;
  setDescription(description: string): void;
  setSearch(search: string): void;
  toggleGroup(group: ChosenGroup): void;
  removeGroup(id: string): void;
  setFieldForm(patch: Partial<FieldForm>): void;
  clearFieldForm(): void;
  setIdentityForm(patch: Partial<IdentityForm>): void;
  clearIdentityForm(): void;
  setNamespaceDialogOpen(isOpen: boolean): void;
  setConfirmOpen(isOpen: boolean): void;
  goTo(step: number): void;
  block(reasons: Reason[]): void;
  /** Takes over an existing, not yet enabled schema (a link from the dataset wizard) and opens `step`. */
  resume(input: Pick<SchemaWizardState, 'classChoice' | 'title' | 'description' | 'groups' | 'step'>): void;
  reset(): void;
}

export type SchemaWizardStore = StoreApi<SchemaWizardState>;

function initialState() {
  return {
    step: 0,
    classChoice: undefined,
    title: '',
    description: '',
    search: '',
    groups: [],
    fieldForm: EMPTY_FIELD,
    identityForm: EMPTY_IDENTITY,
    isNamespaceDialogOpen: false,
    isConfirmOpen: false,
    blocked: [],
    isDraftOwned: false,
  };
}

export function createSchemaWizardStore(): SchemaWizardStore {
  return createStore<SchemaWizardState>()((set) => ({
    ...initialState(),
    chooseClass: (classChoice) => set({ classChoice, blocked: [] }),
    setTitle: (title) => set({ title, blocked: [] }),
    setDescription: (description) => set({ description }),
    setSearch: (search) => set({ search }),
    toggleGroup: (group) =>
      set(({ groups }) => ({
        groups: groups.some((g) => g.id === group.id)
          ? groups.filter((g) => g.id !== group.id)
          : [...groups, group],
        blocked: [],
      })),
    removeGroup: (id) => set(({ groups }) => ({ groups: groups.filter((g) => g.id !== id), blocked: [] })),
    setFieldForm: (patch) => set(({ fieldForm }) => ({ fieldForm: { ...fieldForm, ...patch }, blocked: [] })),
    clearFieldForm: () => set({ fieldForm: EMPTY_FIELD, blocked: [] }),
    setIdentityForm: (patch) =>
      set(({ identityForm }) => ({ identityForm: { ...identityForm, ...patch }, blocked: [] })),
    clearIdentityForm: () => set({ identityForm: EMPTY_IDENTITY, blocked: [] }),
    setNamespaceDialogOpen: (isNamespaceDialogOpen) => set({ isNamespaceDialogOpen }),
    setConfirmOpen: (isConfirmOpen) => set({ isConfirmOpen }),
    goTo: (step) => set({ step, blocked: [] }),
    block: (blocked) => set({ blocked }),
    resume: (input) => set({ ...input, blocked: [], isDraftOwned: false }),
    markDraftOwned: () => set({ isDraftOwned: true }),
    reset: () => set(initialState()),
  }));
}

/** Engine data of the wizard: the draft schema as the engine last returned it (written only from call results). */
export interface SchemaDraftState {
  schema: SchemaDetail | undefined;
  /** Counts the answers applied, so views of derived engine data (the checklist) know to ask again. */
  revision: number;
  apply(schema: SchemaDetail): void;
  clear(): void;
}

export type SchemaDraftStore = StoreApi<SchemaDraftState>;

export function createSchemaDraftStore(): SchemaDraftStore {
  return createStore<SchemaDraftState>()((set) => ({
    schema: undefined,
    revision: 0,
    apply: (schema) => set(({ revision }) => ({ schema, revision: revision + 1 })),
    clear: () => set(({ revision }) => ({ schema: undefined, revision: revision + 1 })),
  }));
}
