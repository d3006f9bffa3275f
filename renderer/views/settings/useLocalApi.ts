// The desktop host's local HTTP API as the Settings page sees it: status from main (kept live), and the
// user's changes. Undefined in the web host, where the API runs only in the desktop app or the CLI.
import { useCallback, useEffect, useState } from 'react';
import type { DesktopApi, LocalApiStatus } from '../../../shared/contract/desktop-api';
import { useStores } from '../../state/StoresProvider';

export interface LocalApi {
  status: LocalApiStatus | undefined;
  isPending: boolean;
  configure(change: { enabled?: boolean; port?: number }): Promise<LocalApiStatus | undefined>;
  regenerateToken(): Promise<LocalApiStatus | undefined>;
}

export function useLocalApi(
  api: DesktopApi['api'] | undefined = globalThis.window?.profileStager?.api,
): LocalApi | undefined {
  const { errors } = useStores();
  const [status, setStatus] = useState<LocalApiStatus | undefined>(undefined);
  const [isPending, setPending] = useState(false);

  useEffect(() => {
    if (!api) return undefined;
    let isLive = true;
    const off = api.onStatus((next) => isLive && setStatus(next));
    api.status().then(
      (next) => isLive && setStatus(next),
      (error: unknown) => errors.getState().report(error, 'local-api'),
    );
    return () => {
      isLive = false;
      off();
    };
  }, [api, errors]);

  const run = useCallback(
    async (work: () => Promise<LocalApiStatus>) => {
      setPending(true);
      try {
        const next = await work();
        setStatus(next);
        return next;
      } catch (error) {
        errors.getState().report(error, 'local-api');
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [errors],
  );

  const configure = useCallback(
    (change: { enabled?: boolean; port?: number }) => run(() => (api as DesktopApi['api']).configure(change)),
    [api, run],
  );
  const regenerateToken = useCallback(
    () => run(() => (api as DesktopApi['api']).regenerateToken()),
    [api, run],
  );

  if (!api) return undefined;
  return { status, isPending, configure, regenerateToken };
}
