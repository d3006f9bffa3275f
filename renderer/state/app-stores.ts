// The UI-state stores of one app instance, created together and provided through StoresProvider.
import { createSandboxDialogStore, type SandboxDialogStore } from '../sandbox/sandbox-dialog-store';
import { createErrorStore, type ErrorStore } from './error-store';
import { createPrefsStore, type PrefsStoreOptions, type PrefsStore } from './prefs-store';

export interface AppStores {
  prefs: PrefsStore;
  errors: ErrorStore;
  sandboxDialog: SandboxDialogStore;
}

export function createAppStores(prefs: PrefsStoreOptions = {}): AppStores {
  return {
    prefs: createPrefsStore(prefs),
    errors: createErrorStore(),
    sandboxDialog: createSandboxDialogStore(),
  };
}
