// UI preferences (theme, language, current sandbox): a zustand store persisted in localStorage.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';

export type ColorSchemePreference = 'light' | 'dark' | 'auto';
export type Language = 'en' | 'nl';

export const COLOR_SCHEMES: readonly ColorSchemePreference[] = ['light', 'dark', 'auto'];
export const LANGUAGES: readonly Language[] = ['en', 'nl'];
export const DEFAULT_SANDBOX_NAME = 'prod';
/** The localStorage key; bump `version` below when the stored shape changes incompatibly. */
export const PREFS_STORAGE_KEY = 'profile-stager.prefs';

export interface Prefs {
  colorScheme: ColorSchemePreference;
  language: Language;
  /** Name of the sandbox the user works in; resolved against the engine's list when shown. */
  currentSandbox: string;
}

export interface PrefsState extends Prefs {
  setColorScheme(colorScheme: ColorSchemePreference): void;
  setLanguage(language: Language): void;
  setCurrentSandbox(name: string): void;
}

export type PrefsStore = StoreApi<PrefsState>;

export interface PrefsStoreOptions {
  /** Where preferences are kept; localStorage by default, an in-memory storage in tests. */
  storage?: StateStorage;
  /** Overrides the stored and default values (tests). */
  initial?: Partial<Prefs>;
}

/** The browser's preferred language if we have a catalogue for it, else English. */
export function preferredLanguage(
  languages: readonly string[] = globalThis.navigator?.languages ?? [],
): Language {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'en' || base === 'nl') return base;
  }
  return 'en';
}

const isColorScheme = (value: unknown): value is ColorSchemePreference =>
  typeof value === 'string' && (COLOR_SCHEMES as readonly string[]).includes(value);
const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** Keeps only valid stored values, so a hand-edited or stale entry cannot break the app. */
function mergeStored(stored: unknown, current: PrefsState): PrefsState {
  if (typeof stored !== 'object' || stored === null) return current;
  const value = stored as Record<string, unknown>;
  return {
    ...current,
    ...(isColorScheme(value.colorScheme) ? { colorScheme: value.colorScheme } : {}),
    ...(isLanguage(value.language) ? { language: value.language } : {}),
    ...(typeof value.currentSandbox === 'string' && value.currentSandbox
      ? { currentSandbox: value.currentSandbox }
      : {}),
  };
}

/** A fresh preferences store; hydrates synchronously from `storage`. */
export function createPrefsStore(options: PrefsStoreOptions = {}): PrefsStore {
  const storage = options.storage ?? globalThis.localStorage;
  const store = createStore<PrefsState>()(
    persist(
      (set) => ({
        colorScheme: 'auto',
        language: preferredLanguage(),
        currentSandbox: DEFAULT_SANDBOX_NAME,
        setColorScheme: (colorScheme) => set({ colorScheme }),
        setLanguage: (language) => set({ language }),
        setCurrentSandbox: (currentSandbox) => set({ currentSandbox }),
      }),
      {
        name: PREFS_STORAGE_KEY,
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: ({ colorScheme, language, currentSandbox }): Prefs => ({
          colorScheme,
          language,
          currentSandbox,
        }),
        merge: (stored, current) => mergeStored(stored, current),
      },
    ),
  );
  if (options.initial) store.setState(options.initial);
  return store;
}

/** Storage that lives only as long as the page: for tests and for hosts without localStorage. */
export function memoryStorage(): StateStorage {
  const values = new Map<string, string>();
  return {
    getItem: (name) => values.get(name) ?? null,
    setItem: (name, value) => void values.set(name, value),
    removeItem: (name) => void values.delete(name),
  };
}
