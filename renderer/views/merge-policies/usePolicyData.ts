// The sandbox's merge policies, datasets and namespaces; reloaded when the sandbox's contents change.
import { useCallback, useEffect, useState } from 'react';
import type { DatasetView, MergePolicy, NamespaceInfo } from '../../../shared/contract';
import { useEngineCall } from '../../app/useEngineCall';
import { useEngineEvent } from '../../app/useEngineEvent';

export interface PolicyData {
  policies: MergePolicy[] | undefined;
  datasets: DatasetView[] | undefined;
  namespaces: NamespaceInfo[] | undefined;
  reload(): Promise<void>;
}

export function usePolicyData(sandbox: string): PolicyData {
  const [policies, setPolicies] = useState<MergePolicy[] | undefined>(undefined);
  const [datasets, setDatasets] = useState<DatasetView[] | undefined>(undefined);
  const [namespaces, setNamespaces] = useState<NamespaceInfo[] | undefined>(undefined);
  const listPolicies = useEngineCall('profile-policy-list').run;
  const listDatasets = useEngineCall('catalog-dataset-list').run;
  const listNamespaces = useEngineCall('registry-namespace-list').run;

  const fetchAll = useCallback(
    () => Promise.all([listPolicies({ sandbox }), listDatasets({ sandbox }), listNamespaces({ sandbox })]),
    [listPolicies, listDatasets, listNamespaces, sandbox],
  );
  const apply = useCallback(([p, d, n]: Awaited<ReturnType<typeof fetchAll>>) => {
    if (p) setPolicies(p);
    if (d) setDatasets(d);
    if (n) setNamespaces(n);
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
  return { policies, datasets, namespaces, reload };
}
