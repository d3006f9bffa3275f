// Loads one engine answer for as long as a component shows it; reload() asks again after a change.
import { useCallback, useEffect, useState } from 'react';
import type { MethodName, MethodRequest, MethodResponse } from '../../../shared/contract';
import { useEngineSession } from '../../app/EngineProvider';
import { toEngineError } from '../../state/error-store';
import { useStores } from '../../state/StoresProvider';

export interface EngineQuery<M extends MethodName> {
  /** The last answer for these arguments; undefined until the first one arrives (or when it failed). */
  data: MethodResponse<M> | undefined;
  /** True while an answer for the current arguments and revision is on its way. */
  isLoading: boolean;
  /** True when the last attempt failed (the ErrorCenter says why). */
  isFailed: boolean;
  reload(): void;
}

interface Settled<T> {
  key: string;
  /** Which revision and reload round the answer belongs to. */
  round: string;
  data: T | undefined;
  isFailed: boolean;
}

/**
 * Asks the engine once per distinct `args` (skipped while `args` is undefined) and again whenever
 * `revision` changes (e.g. after the thing asked about was changed) or `reload()` is called. While a
 * newer answer is on its way the previous one for the same arguments stays, so views do not flash.
 * Failures go to the ErrorCenter like every other engine error; answers for older arguments are dropped.
 */
export function useEngineQuery<M extends MethodName>(
  method: M,
  args: MethodRequest<M> | undefined,
  revision: string | number = 0,
): EngineQuery<M> {
  const session = useEngineSession();
  const { errors } = useStores();
  const key = args === undefined ? undefined : JSON.stringify(args);
  const [reloads, setReloads] = useState(0);
  const round = `${revision}:${reloads}`;
  const [settled, setSettled] = useState<Settled<MethodResponse<M>> | undefined>(undefined);

  useEffect(() => {
    if (key === undefined) return;
    let isCurrent = true;
    session.call(method, JSON.parse(key) as MethodRequest<M>).then(
      (data) => {
        if (isCurrent) setSettled({ key, round, data, isFailed: false });
      },
      (error: unknown) => {
        if (!isCurrent) return;
        errors.getState().report(toEngineError(error), method);
        setSettled((previous) => ({
          key,
          round,
          data: previous?.key === key ? previous.data : undefined,
          isFailed: true,
        }));
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [session, errors, method, key, round]);

  const reload = useCallback(() => setReloads((value) => value + 1), []);
  const isSameKey = settled !== undefined && settled.key === key;
  return {
    data: isSameKey ? settled.data : undefined,
    isLoading: key !== undefined && !(isSameKey && settled.round === round),
    isFailed: isSameKey && settled.isFailed && settled.round === round,
    reload,
  };
}
