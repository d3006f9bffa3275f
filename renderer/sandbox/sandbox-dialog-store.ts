// Which sandbox dialog is open (create, rename, reset, delete): UI state shared by switcher and pages.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SandboxInfo } from '../../shared/contract';

/** `sandbox` is the sandbox as it was when the dialog opened; dialogs prefer the live list entry. */
export type SandboxDialog =
  { kind: 'create' } | { kind: 'rename' | 'reset' | 'delete'; sandbox: SandboxInfo };

export type SandboxDialogKind = SandboxDialog['kind'];

export interface SandboxDialogState {
  /** The last dialog opened; kept after closing so its content stays during the closing transition. */
  dialog: SandboxDialog | undefined;
  isOpen: boolean;
  /** Counts openings, so each opening starts with a fresh form. */
  openCount: number;
  open(dialog: SandboxDialog): void;
  close(): void;
}

export type SandboxDialogStore = StoreApi<SandboxDialogState>;

export function createSandboxDialogStore(): SandboxDialogStore {
  return createStore<SandboxDialogState>()((set) => ({
    dialog: undefined,
    isOpen: false,
    openCount: 0,
    open: (dialog) => set(({ openCount }) => ({ dialog, isOpen: true, openCount: openCount + 1 })),
    close: () => set({ isOpen: false }),
  }));
}
