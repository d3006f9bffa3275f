// Step 6: the batch, its row diagnostics, the failed-rows download and "Revert batch".
import { useCallback, useEffect } from 'react';
import { useEngineCall } from '../../../app/useEngineCall';
import { useEngineEvent } from '../../../app/useEngineEvent';
import type { BatchDiagnostic } from '../state/import-data-store';
import { useImportStores, useWizard } from '../state/ImportWizardProvider';

/** Diagnostics shown on screen; the download fetches all of them, page by page. */
export const SHOWN_DIAGNOSTICS = 1000;
const DOWNLOAD_PAGE = 5000;

export function useBatchResult(sandbox: string) {
  const { data } = useImportStores();
  const batchId = useWizard((state) => state.batchId);
  const show = useEngineCall('ingest-batch-show', { inlineCodes: ['not-found'] });
  const errors = useEngineCall('ingest-batch-errors').run;
  const revertCall = useEngineCall('ingest-batch-revert');
  const showBatch = show.run;

  const loadBatch = useCallback(
    async (id: string) => {
      const batch = await showBatch({ sandbox, batchId: id });
      if (batch) data.setState({ batch });
    },
    [showBatch, sandbox, data],
  );

  const loadDiagnostics = useCallback(
    async (id: string) => {
      const rows = await errors({ sandbox, batchId: id, limit: SHOWN_DIAGNOSTICS + 1 });
      if (rows)
        data.setState({
          diagnostics: {
            batchId: id,
            rows: rows.slice(0, SHOWN_DIAGNOSTICS),
            isComplete: rows.length <= SHOWN_DIAGNOSTICS,
          },
        });
    },
    [errors, sandbox, data],
  );

  // The result of a batch opened by link (`?batch=`) or just finished: load what is not in the store yet.
  useEffect(() => {
    if (!batchId) return;
    const state = data.getState();
    if (state.batch?.id !== batchId) void loadBatch(batchId);
    if (state.diagnostics?.batchId !== batchId) void loadDiagnostics(batchId);
  }, [batchId, data, loadBatch, loadDiagnostics]);

  useEngineEvent('batch-finished', (event) => {
    if (event.sandbox === sandbox && event.batchId === batchId) void loadBatch(event.batchId);
  });

  const revert = useCallback(async () => {
    if (!batchId) return;
    const batch = await revertCall.run({ sandbox, batchId });
    if (batch) data.setState({ batch });
  }, [revertCall, batchId, sandbox, data]);

  /** Every diagnostic of the batch as JSON Lines (one failed row per line). */
  const failedRowsFile = useCallback(async (): Promise<Blob | undefined> => {
    if (!batchId) return undefined;
    const lines: string[] = [];
    for (let offset = 0; ; offset += DOWNLOAD_PAGE) {
      const page: BatchDiagnostic[] | undefined = await errors({
        sandbox,
        batchId,
        offset,
        limit: DOWNLOAD_PAGE,
      });
      if (!page) return undefined;
      for (const row of page) lines.push(JSON.stringify(row));
      if (page.length < DOWNLOAD_PAGE) break;
    }
    return new Blob(lines.length ? [lines.join('\n') + '\n'] : [], { type: 'application/x-ndjson' });
  }, [errors, sandbox, batchId]);

  return { revert, isReverting: revertCall.isPending, failedRowsFile, notFound: show.inlineError };
}
