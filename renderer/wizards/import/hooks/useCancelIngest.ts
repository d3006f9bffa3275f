// Cancels the running ingestion: the engine stops reading the file and aborts the batch, keeping nothing.
import { useCallback } from 'react';
import { useEngineCall } from '../../../app/useEngineCall';
import { useImportStores } from '../state/ImportWizardProvider';

export function useCancelIngest(sandbox: string) {
  const { wizard, data } = useImportStores();
  const cancel = useEngineCall('ingest-batch-cancel').run;

  return useCallback(async () => {
    const batchId = wizard.getState().batchId;
    if (!batchId) return;
    // The run loop sees the flag too: between files it aborts the batch instead of reading the next one.
    data.setState((state) => ({ progress: state.progress && { ...state.progress, isCancelling: true } }));
    await cancel({ sandbox, batchId });
  }, [wizard, data, cancel, sandbox]);
}
