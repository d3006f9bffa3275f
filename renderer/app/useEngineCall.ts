// The one way components call the engine: pending state, and errors either shown inline or reported.
import { useCallback, useState } from 'react';
import type {
  EngineError,
  EngineErrorCode,
  MethodName,
  MethodRequest,
  MethodResponse,
} from '../../shared/contract';
import { toEngineError } from '../state/error-store';
import { useStores } from '../state/StoresProvider';
import { useEngineSession } from './EngineProvider';

export interface EngineCallOptions {
  /**
   * Error codes the component shows next to its own fields (e.g. a name the engine refused).
   * Every other error goes to the ErrorCenter, so nothing fails silently.
   */
  inlineCodes?: readonly EngineErrorCode[];
}

export interface EngineCall<M extends MethodName> {
  /** Resolves to the engine's answer, or undefined when the call failed (the error is already shown). */
  run(args: MethodRequest<M>): Promise<MethodResponse<M> | undefined>;
  isPending: boolean;
  /** The last failure with one of `inlineCodes`, for the component to show. */
  inlineError: EngineError | undefined;
  clearError(): void;
}

export function useEngineCall<M extends MethodName>(
  method: M,
  options: EngineCallOptions = {},
): EngineCall<M> {
  const session = useEngineSession();
  const { errors } = useStores();
  const [isPending, setPending] = useState(false);
  const [inlineError, setInlineError] = useState<EngineError | undefined>(undefined);
  // Callers pass the codes as a literal array; a string keeps `run` stable across renders.
  const inlineCodes = (options.inlineCodes ?? []).join(' ');

  const run = useCallback(
    async (args: MethodRequest<M>): Promise<MethodResponse<M> | undefined> => {
      setPending(true);
      setInlineError(undefined);
      try {
        return await session.call(method, args);
      } catch (error) {
        const engineError = toEngineError(error);
        if (inlineCodes.split(' ').includes(engineError.code)) setInlineError(engineError);
        else errors.getState().report(engineError, method);
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [session, errors, method, inlineCodes],
  );
  const clearError = useCallback(() => setInlineError(undefined), []);
  return { run, isPending, inlineError, clearError };
}
