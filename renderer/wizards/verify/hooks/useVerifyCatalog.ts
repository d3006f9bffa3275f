// Loads what the wizard chooses from (batches, datasets, namespaces, merge policies); kept current by engine events.
import { useCallback, useEffect } from 'react';
import { useEngineCall } from '../../../app/useEngineCall';
import { useEngineEvent } from '../../../app/useEngineEvent';
import type { BatchView } from '../../../../shared/contract';
import { useVerifyStores } from '../state/VerifyWizardProvider';

/** Batches per page of the batch list. */
export const BATCH_PAGE_SIZE = 8;
/** Namespace the lookup form starts with when the sandbox has it. */
const PREFERRED_NAMESPACE = 'Email';

/** Newest first: by creation time, then by id so equal times keep one order. */
export function newestFirst(batches: readonly BatchView[]): BatchView[] {
  return [...batches].sort((a, b) => b.created - a.created || b.id.localeCompare(a.id));
}

export function useVerifyCatalog(sandbox: string) {
  const { data, wizard } = useVerifyStores();
  const listDatasets = useEngineCall('catalog-dataset-list').run;
  const listBatches = useEngineCall('ingest-batch-list').run;
  const listNamespaces = useEngineCall('registry-namespace-list').run;
  const listPolicies = useEngineCall('profile-policy-list').run;

  const loadData = useCallback(async () => {
    const [datasets, batches] = await Promise.all([listDatasets({ sandbox }), listBatches({ sandbox })]);
    if (datasets) data.setState({ datasets });
    if (!batches) return;
    const sorted = newestFirst(batches);
    const isFirstLoad = data.getState().batches === undefined;
    data.setState({ batches: sorted });
    // A batch preselected by link is shown on its page of the list.
    const { batchId } = wizard.getState();
    const index = sorted.findIndex((batch) => batch.id === batchId);
    if (isFirstLoad && index >= 0) wizard.getState().setBatchPage(Math.floor(index / BATCH_PAGE_SIZE) + 1);
  }, [listDatasets, listBatches, sandbox, data, wizard]);

  const loadChoices = useCallback(async () => {
    const [namespaces, policies] = await Promise.all([
      listNamespaces({ sandbox }),
      listPolicies({ sandbox }),
    ]);
    if (namespaces) data.setState({ namespaces });
    if (policies) data.setState({ policies });
    const namespace =
      namespaces?.find((ns) => ns.code === PREFERRED_NAMESPACE)?.code ?? namespaces?.[0]?.code;
    const mergePolicyId = policies?.find((policy) => policy.default)?.id;
    wizard
      .getState()
      .applyDefaults({ ...(namespace ? { namespace } : {}), ...(mergePolicyId ? { mergePolicyId } : {}) });
  }, [listNamespaces, listPolicies, sandbox, data, wizard]);

  // What the wizard offers, loaded once; engine events keep it current afterwards.
  useEffect(() => {
    void loadData();
    void loadChoices();
  }, [loadData, loadChoices]);

  useEngineEvent('batch-finished', (event) => {
    if (event.sandbox === sandbox) void loadData();
  });
  useEngineEvent('sandbox-changed', ({ changed }) => {
    if (changed !== sandbox) return;
    void loadData();
    void loadChoices();
  });
}
