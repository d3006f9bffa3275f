// Lets Mantine read and write the colour scheme through the persisted preferences store.
import type { MantineColorScheme, MantineColorSchemeManager } from '@mantine/core';
import type { PrefsStore } from '../state/prefs-store';

export function prefsColorSchemeManager(prefs: PrefsStore): MantineColorSchemeManager {
  let unsubscribe: (() => void) | undefined;
  return {
    get: () => prefs.getState().colorScheme,
    set: (value: MantineColorScheme) => prefs.getState().setColorScheme(value),
    subscribe: (onUpdate) => {
      unsubscribe?.();
      unsubscribe = prefs.subscribe((state, previous) => {
        if (state.colorScheme !== previous.colorScheme) onUpdate(state.colorScheme);
      });
    },
    unsubscribe: () => {
      unsubscribe?.();
      unsubscribe = undefined;
    },
    clear: () => prefs.getState().setColorScheme('auto'),
  };
}
