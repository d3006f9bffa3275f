// Step 5: creates the batch, streams each file into it, completes it; progress comes from engine events.
import { useCallback, useRef } from 'react';
import type { IngestProgress } from '../../../../shared/contract';
import { useEngineCall } from '../../../app/useEngineCall';
import { useEngineEvent } from '../../../app/useEngineEvent';
import type { IngestProgressView } from '../state/import-data-store';
import { mappingEntries } from '../state/import-wizard-store';
import { useImportStores } from '../state/ImportWizardProvider';
import { bytesDone, bytesPerRow } from '../state/progress-estimate';
import { batchFormat, isMultiLineJson } from '../state/step-rules';

/** The progress bar changes at most this often, whatever the engine sends. */
export const PROGRESS_INTERVAL_MS = 100;

interface RunState {
  batchId: string;
  fileIndex: number;
  fileCount: number;
  /** Bytes of the files before the current one. */
  doneBytes: number;
  doneRows: number;
  doneFailed: number;
  totalBytes: number;
  startedAt: number;
  lastCommit: number;
  latest: IngestProgress | undefined;
  /** Average bytes per row of each file's sample, when it has raw text (see progress-estimate). */
  perRow: (number | undefined)[];
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Whether Cancel was repeated once the engine was seen reading (a first Cancel can arrive before the file). */
  isCancelRepeated: boolean;
}

export function useIngestRun(sandbox: string, onFinished: () => void) {
  const { wizard, data } = useImportStores();
  const create = useEngineCall('ingest-batch-create').run;
  const addFile = useEngineCall('ingest-batch-add-file', { inlineCodes: ['cancelled'] }).run;
  const complete = useEngineCall('ingest-batch-complete').run;
  const abort = useEngineCall('ingest-batch-abort', { inlineCodes: ['failed-precondition'] }).run;
  const show = useEngineCall('ingest-batch-show').run;
  const cancel = useEngineCall('ingest-batch-cancel').run;
  const run = useRef<RunState | undefined>(undefined);

  /** Writes the newest progress to the store; events in between are dropped, not queued. */
  const commit = useCallback(() => {
    const current = run.current;
    if (!current?.latest) return;
    if (current.timer !== undefined) clearTimeout(current.timer);
    current.timer = undefined;
    current.lastCommit = performance.now();
    const { latest } = current;
    data.setState((state) => ({
      progress: {
        file: latest.file,
        fileIndex: current.fileIndex,
        fileCount: current.fileCount,
        phase: latest.phase,
        bytesRead: current.doneBytes + latest.bytesRead,
        bytesDone: current.doneBytes + bytesDone(latest, current.perRow[current.fileIndex]),
        totalBytes: current.totalBytes,
        rowsRead: current.doneRows + latest.rowsRead,
        rowsFailed: current.doneFailed + latest.rowsFailed,
        elapsedMs: current.lastCommit - current.startedAt,
        isCancelling: state.progress?.isCancelling ?? false,
      },
    }));
  }, [data]);

  useEngineEvent('ingest-progress', (progress) => {
    const current = run.current;
    if (!current || progress.batchId !== current.batchId || progress.sandbox !== sandbox) return;
    current.latest = progress;
    if (data.getState().progress?.isCancelling && !current.isCancelRepeated) {
      current.isCancelRepeated = true;
      void cancel({ sandbox, batchId: current.batchId });
    }
    const wait = PROGRESS_INTERVAL_MS - (performance.now() - current.lastCommit);
    if (wait <= 0 || progress.phase === 'done') commit();
    else current.timer ??= setTimeout(commit, wait);
  });

  const finish = useCallback(
    async (batchId: string) => {
      if (run.current?.timer !== undefined) clearTimeout(run.current.timer);
      run.current = undefined;
      const batch = await show({ sandbox, batchId });
      data.setState((state) => ({
        ...(batch ? { batch } : {}),
        diagnostics: undefined,
        progress: state.progress && { ...state.progress, isCancelling: false },
      }));
      wizard.getState().goTo('result');
      onFinished();
    },
    [show, sandbox, data, wizard, onFinished],
  );

  const start = useCallback(async () => {
    const state = wizard.getState();
    const format = batchFormat(state, data.getState());
    if (!state.datasetId || !format) return;
    const { isPartial, partialPercent, isDiagnostics } = state.options;
    const batch = await create({
      sandbox,
      datasetId: state.datasetId,
      inputFormat: {
        format,
        ...(format === 'json' ? { isMultiLineJson: isMultiLineJson(state, data.getState()) } : {}),
      },
      enableErrorDiagnostics: isDiagnostics || isPartial,
      ...(isPartial ? { partialIngestionPercent: partialPercent } : {}),
      ...(format === 'csv' ? { mapping: mappingEntries(state.mapping) } : {}),
    });
    if (!batch) return;
    const totalBytes = state.files.reduce((sum, entry) => sum + entry.file.size, 0);
    const now = performance.now();
    run.current = {
      batchId: batch.id,
      fileIndex: 0,
      fileCount: state.files.length,
      doneBytes: 0,
      doneRows: 0,
      doneFailed: 0,
      totalBytes,
      startedAt: now,
      lastCommit: now,
      latest: undefined,
      perRow: state.files.map((entry) => {
        const { validation, previews } = data.getState();
        const sample = validation?.files.find((file) => file.fileId === entry.id) ?? previews[entry.id];
        return bytesPerRow(sample?.result.rows);
      }),
      timer: undefined,
      isCancelRepeated: false,
    };
    const first: IngestProgressView = {
      file: state.files[0]?.file.name ?? '',
      fileIndex: 0,
      fileCount: state.files.length,
      phase: 'reading',
      bytesRead: 0,
      bytesDone: 0,
      totalBytes,
      rowsRead: 0,
      rowsFailed: 0,
      elapsedMs: 0,
      isCancelling: false,
    };
    data.setState({ batch, progress: first, diagnostics: undefined });
    wizard.getState().startBatch(batch.id);

    const { charset, delimiter } = state.overrides;
    for (const [index, entry] of state.files.entries()) {
      const current = run.current;
      if (!current) return;
      if (data.getState().progress?.isCancelling) {
        await abort({ sandbox, batchId: batch.id });
        return finish(batch.id);
      }
      current.fileIndex = index;
      const added = await addFile({
        sandbox,
        batchId: batch.id,
        name: entry.file.name,
        file: entry.file,
        ...(charset !== 'auto' ? { charset } : {}),
        ...(delimiter !== 'auto' ? { delimiter } : {}),
      });
      // Cancelled (the engine aborted the batch) or failed (the error is already shown): show what is left.
      if (!added) return finish(batch.id);
      const file = added.files[added.files.length - 1];
      current.doneBytes += entry.file.size;
      current.doneRows += file?.rows ?? 0;
      current.doneFailed += file?.failedRows ?? 0;
      current.latest = undefined;
    }
    if (data.getState().progress?.isCancelling) {
      await abort({ sandbox, batchId: batch.id });
      return finish(batch.id);
    }
    data.setState((s) => ({
      progress: s.progress && {
        ...s.progress,
        phase: 'finishing',
        bytesRead: totalBytes,
        bytesDone: totalBytes,
      },
    }));
    await complete({ sandbox, batchId: batch.id });
    return finish(batch.id);
  }, [wizard, data, create, addFile, abort, complete, finish, sandbox]);

  return { start };
}
