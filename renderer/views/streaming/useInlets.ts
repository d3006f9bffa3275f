// The sandbox's streaming inlets and datasets, reloaded when the sandbox's contents change.
import { useCallback, useEffect, useState } from 'react';
import type { DatasetView, InletView } from '../../../shared/contract';
import { useEngineCall } from '../../app/useEngineCall';
import { useEngineEvent } from '../../app/useEngineEvent';

export function useInlets(sandbox: string) {
  const [inlets, setInlets] = useState<InletView[] | undefined>(undefined);
  const [datasets, setDatasets] = useState<DatasetView[] | undefined>(undefined);
  const listInlets = useEngineCall('streaming-inlet-list').run;
  const listDatasets = useEngineCall('catalog-dataset-list').run;
  const fetchAll = useCallback(
    () => Promise.all([listInlets({ sandbox }), listDatasets({ sandbox })]),
    [listInlets, listDatasets, sandbox],
  );
  const apply = useCallback(([i, d]: Awaited<ReturnType<typeof fetchAll>>) => {
    if (i) setInlets(i);
    if (d) setDatasets(d);
  }, []);
  const reload = useCallback(() => fetchAll().then(apply), [fetchAll, apply]);
  useEffect(() => {
    let isCurrent = true;
    void fetchAll().then((answers) => {
      if (isCurrent) apply(answers);
    });
    return () => {
      isCurrent = false;
    };
  }, [fetchAll, apply]);
  useEngineEvent('sandbox-changed', ({ changed }) => {
    if (changed === sandbox) void reload();
  });
  return { inlets, datasets, reload };
}
