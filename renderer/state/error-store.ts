// The one place engine errors go: a small queue the ErrorCenter shows, with the code and message.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { EngineError, serializeError, type EngineErrorCode } from '../../shared/contract';

export interface ReportedError {
  id: number;
  code: EngineErrorCode;
  message: string;
  /** The engine method that failed, when known. */
  method?: string;
  /** How many times the same error was reported since it was last dismissed. */
  count: number;
}

export interface ErrorState {
  errors: ReportedError[];
  report(error: unknown, method?: string): void;
  dismiss(id: number): void;
  clear(): void;
}

export type ErrorStore = StoreApi<ErrorState>;

/** At most this many errors are shown; older ones drop off. */
export const MAX_SHOWN_ERRORS = 4;

/** Turns anything thrown into an EngineError; unexpected errors become `internal`. */
export function toEngineError(error: unknown): EngineError {
  if (error instanceof EngineError) return error;
  const wire = serializeError(error);
  return new EngineError(wire.code, wire.message);
}

export function createErrorStore(): ErrorStore {
  let nextId = 1;
  return createStore<ErrorState>()((set) => ({
    errors: [],
    report(error, method) {
      const { code, message } = toEngineError(error);
      set(({ errors }) => {
        const same = errors.find((entry) => entry.code === code && entry.message === message);
        const others = errors.filter((entry) => entry !== same);
        const entry: ReportedError = same
          ? { ...same, count: same.count + 1 }
          : { id: nextId++, code, message, count: 1, ...(method ? { method } : {}) };
        return { errors: [entry, ...others].slice(0, MAX_SHOWN_ERRORS) };
      });
    },
    dismiss: (id) => set(({ errors }) => ({ errors: errors.filter((entry) => entry.id !== id) })),
    clear: () => set({ errors: [] }),
  }));
}
