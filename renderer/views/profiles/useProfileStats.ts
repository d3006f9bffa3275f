// Loads the sandbox's profile counts (`profile-stats`) and reloads them when a batch finishes or a stream arrives.
import { useCallback, useEffect, useState } from 'react';
import type { ProfileStats } from '../../../shared/contract';
import { useEngineCall } from '../../app/useEngineCall';
import { useEngineEvent } from '../../app/useEngineEvent';

export function useProfileStats(sandbox: string): ProfileStats | undefined {
  const [stats, setStats] = useState<ProfileStats | undefined>(undefined);
  const { run } = useEngineCall('profile-stats');
  const fetchStats = useCallback(() => run({ sandbox }), [run, sandbox]);
  const reload = useCallback(
    () =>
      fetchStats().then((answer) => {
        if (answer) setStats(answer);
      }),
    [fetchStats],
  );
  useEffect(() => {
    let isCurrent = true;
    void fetchStats().then((answer) => {
      if (isCurrent && answer) setStats(answer);
    });
    return () => {
      isCurrent = false;
    };
  }, [fetchStats]);
  useEngineEvent('batch-finished', (event) => {
    if (event.sandbox === sandbox) void reload();
  });
  // Streamed records are in Profile when the request returns.
  useEngineEvent('streaming-received', (event) => {
    if (event.sandbox === sandbox) void reload();
  });
  useEngineEvent('sandbox-changed', ({ changed }) => {
    if (changed === sandbox) void reload();
  });
  return stats;
}
