// Loads the sandbox's datasets, and the schema fields and recent batches of the chosen one; kept current by events.
import { useCallback, useEffect } from 'react';
import { useEngineCall } from '../../../app/useEngineCall';
import { useEngineEvent } from '../../../app/useEngineEvent';
import { useImportStores, useWizard, useImportData } from '../state/ImportWizardProvider';

/** Recent batches listed for the chosen dataset. */
export const RECENT_BATCHES = 5;

export function useDatasetCatalog(sandbox: string) {
  const { data } = useImportStores();
  const datasetId = useWizard((state) => state.datasetId);
  const schemaId = useImportData(
    (state) => state.datasets?.find((dataset) => dataset.id === datasetId)?.schemaRef.id,
  );
  const listDatasets = useEngineCall('catalog-dataset-list').run;
  const listBatches = useEngineCall('ingest-batch-list', { inlineCodes: ['not-found'] }).run;
  const showSchema = useEngineCall('registry-schema-show').run;

  const loadDatasets = useCallback(async () => {
    const datasets = await listDatasets({ sandbox });
    if (datasets) data.setState({ datasets });
  }, [listDatasets, sandbox, data]);

  const loadBatches = useCallback(
    async (id: string) => {
      const batches = await listBatches({ sandbox, datasetId: id });
      if (batches)
        data.setState({ recentBatches: { datasetId: id, batches: batches.slice(0, RECENT_BATCHES) } });
    },
    [listBatches, sandbox, data],
  );

  // Engine data for what is on screen: the list once, the chosen dataset's schema and batches when it changes.
  useEffect(() => {
    void loadDatasets();
  }, [loadDatasets]);
  useEffect(() => {
    if (datasetId) void loadBatches(datasetId);
  }, [datasetId, loadBatches]);
  useEffect(() => {
    if (!schemaId) return;
    void showSchema({ sandbox, ref: schemaId }).then((schema) => {
      if (schema) data.setState({ schema: { id: schema.$id, title: schema.title, fields: schema.fields } });
    });
  }, [schemaId, sandbox, showSchema, data]);

  useEngineEvent('sandbox-changed', ({ changed }) => {
    if (changed === sandbox) void loadDatasets();
  });
  useEngineEvent('batch-finished', (event) => {
    if (event.sandbox !== sandbox) return;
    void loadDatasets();
    if (datasetId) void loadBatches(datasetId);
  });

  return { reloadBatches: loadBatches };
}
