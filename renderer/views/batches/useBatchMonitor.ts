// The batches of a sandbox and their datasets, kept current by engine events (never polled).
import { useCallback, useEffect, useState } from 'react';
import type { BatchView, DatasetView, IngestProgress } from '../../../shared/contract';
import { useEngineCall } from '../../app/useEngineCall';
import { useEngineEvent } from '../../app/useEngineEvent';
import { newestFirst } from './batch-outcomes';

export interface BatchMonitor {
  /** Undefined until the first answer. */
  batches: BatchView[] | undefined;
  datasets: DatasetView[] | undefined;
  /** Live progress of batches being read, by batch id. */
  progress: Readonly<Record<string, IngestProgress>>;
  reload(): Promise<void>;
}

export function useBatchMonitor(sandbox: string): BatchMonitor {
  const listBatches = useEngineCall('ingest-batch-list').run;
  const listDatasets = useEngineCall('catalog-dataset-list').run;
  const [batches, setBatches] = useState<BatchView[] | undefined>(undefined);
  const [datasets, setDatasets] = useState<DatasetView[] | undefined>(undefined);
  const [progress, setProgress] = useState<Record<string, IngestProgress>>({});

  const fetchAll = useCallback(
    () => Promise.all([listBatches({ sandbox }), listDatasets({ sandbox })]),
    [listBatches, listDatasets, sandbox],
  );
  const apply = useCallback(([batchList, datasetList]: Awaited<ReturnType<typeof fetchAll>>) => {
    if (batchList) setBatches(newestFirst(batchList));
    if (datasetList) setDatasets(datasetList);
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

  useEngineEvent('batch-finished', (event) => {
    if (event.sandbox !== sandbox) return;
    setProgress(({ [event.batchId]: _done, ...rest }) => rest);
    void reload();
  });
  useEngineEvent('sandbox-changed', ({ changed }) => {
    if (changed === sandbox) void reload();
  });
  useEngineEvent('ingest-progress', (event) => {
    if (event.sandbox !== sandbox) return;
    setProgress((current) => ({ ...current, [event.batchId]: event }));
    // A batch created by another window shows up as soon as it starts reading.
    if (batches && !batches.some((batch) => batch.id === event.batchId) && !progress[event.batchId])
      void reload();
  });

  return { batches, datasets, progress, reload };
}
