// Column → XDM path mappings remembered per source file name, persisted in localStorage.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createJSONStorage, persist, type StateStorage } from 'zustand/middleware';

export const MAPPING_STORAGE_KEY = 'profile-stager.import-mappings';
/** The oldest entries are forgotten beyond this many file names. */
export const MAX_REMEMBERED_FILES = 200;

export interface MappingMemoryState {
  /** File name → the mapping last used for it (column → path; null = left out on purpose). */
  byFile: Record<string, Record<string, string | null>>;
  remember(fileName: string, columns: Record<string, string | null>): void;
  forget(fileName: string): void;
}

export type MappingMemory = StoreApi<MappingMemoryState>;

function isColumnMap(value: unknown): value is Record<string, string | null> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((path) => path === null || typeof path === 'string');
}

/** Keeps only well-formed entries, so a hand-edited or stale value cannot break the wizard. */
function mergeStored(stored: unknown, current: MappingMemoryState): MappingMemoryState {
  const byFile = (stored as { byFile?: unknown } | null)?.byFile;
  if (typeof byFile !== 'object' || byFile === null) return current;
  const clean: Record<string, Record<string, string | null>> = {};
  for (const [name, columns] of Object.entries(byFile)) if (isColumnMap(columns)) clean[name] = columns;
  return { ...current, byFile: clean };
}

export function createMappingMemory(storage: StateStorage = globalThis.localStorage): MappingMemory {
  return createStore<MappingMemoryState>()(
    persist(
      (set) => ({
        byFile: {},
        remember: (fileName, columns) =>
          set(({ byFile }) => {
            const { [fileName]: _previous, ...others } = byFile;
            const names = Object.keys(others);
            const kept =
              names.length >= MAX_REMEMBERED_FILES
                ? names.slice(names.length - MAX_REMEMBERED_FILES + 1)
                : names;
            return {
              byFile: {
                ...Object.fromEntries(kept.map((name) => [name, others[name] ?? {}])),
                [fileName]: columns,
              },
            };
          }),
        forget: (fileName) =>
          set(({ byFile }) => {
            const { [fileName]: _forgotten, ...others } = byFile;
            return { byFile: others };
          }),
      }),
      {
        name: MAPPING_STORAGE_KEY,
        version: 1,
        storage: createJSONStorage(() => storage),
        partialize: ({ byFile }) => ({ byFile }),
        merge: (stored, current) => mergeStored(stored, current),
      },
    ),
  );
}
