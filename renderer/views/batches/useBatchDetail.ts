// One batch for the detail panel: the batch, its row diagnostics, accepted rows by page, revert and the failed-rows file.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AcceptedRow, BatchView } from '../../../shared/contract';
import { useEngineCall } from '../../app/useEngineCall';
import { useEngineEvent } from '../../app/useEngineEvent';
import type { BatchDiagnostic } from '../../wizards/import/state/import-data-store';
import { SUMMARY_CODES } from './batch-outcomes';

/** Diagnostics shown on screen; the download fetches all of them, page by page. */
export const SHOWN_DIAGNOSTICS = 1000;
export const ROWS_PAGE = 25;
/** Rows fetched per code the first diagnostics do not cover. */
const ROWS_PER_CODE = 100;
const DOWNLOAD_PAGE = 5000;

export interface Diagnostics {
  rows: BatchDiagnostic[];
  isComplete: boolean;
  /** Every diagnostic of the batch, when the engine reports it. */
  total?: number;
}

/** The engine answers with the rows, or (newer engines) with `{ rows, total }`. */
function rowsOf(page: unknown): BatchDiagnostic[] {
  if (Array.isArray(page)) return page as BatchDiagnostic[];
  const rows = (page as { rows?: unknown } | undefined)?.rows;
  return Array.isArray(rows) ? (rows as BatchDiagnostic[]) : [];
}

function totalOf(page: unknown): number | undefined {
  const total = (page as { total?: unknown } | undefined)?.total;
  return typeof total === 'number' ? total : undefined;
}

export function useBatchDetail(sandbox: string, batchId: string) {
  const show = useEngineCall('ingest-batch-show', { inlineCodes: ['not-found'] });
  const errorsCall = useEngineCall('ingest-batch-errors').run;
  const rowsCall = useEngineCall('ingest-batch-rows');
  const revertCall = useEngineCall('ingest-batch-revert');
  const showBatch = show.run;
  const loadRowsPage = rowsCall.run;
  const [batch, setBatch] = useState<BatchView | undefined>(undefined);
  const [diagnostics, setDiagnostics] = useState<Diagnostics | undefined>(undefined);
  const [rowsPage, setRowsPage] = useState(1);
  const [rows, setRows] = useState<{ page: number; rows: AcceptedRow[] } | undefined>(undefined);
  /** Bumped when the batch changes state (a revert empties its rows). */
  const [rowsVersion, setRowsVersion] = useState(0);

  const fetchBatch = useCallback(() => showBatch({ sandbox, batchId }), [showBatch, sandbox, batchId]);
  const applyBatch = useCallback((found: BatchView | undefined) => {
    if (found) setBatch(found);
  }, []);
  const fetchDiagnostics = useCallback(
    (): Promise<unknown> => errorsCall({ sandbox, batchId, limit: SHOWN_DIAGNOSTICS + 1 }),
    [errorsCall, sandbox, batchId],
  );
  const applyDiagnostics = useCallback((page: unknown) => {
    if (page === undefined) return;
    const all = rowsOf(page);
    const total = totalOf(page);
    setDiagnostics({
      rows: all.slice(0, SHOWN_DIAGNOSTICS),
      isComplete: all.length <= SHOWN_DIAGNOSTICS,
      ...(total !== undefined ? { total } : {}),
    });
  }, []);
  // A big batch's first diagnostics may all have one code: the other codes' rows come by the code filter.
  const missingCodes = useMemo(() => {
    if (!batch || !diagnostics || diagnostics.isComplete) return [];
    const shown = new Set(diagnostics.rows.map((row) => row.code));
    return (batch.errors ?? [])
      .map((error) => error.code)
      .filter((code) => !SUMMARY_CODES.has(code) && !shown.has(code));
  }, [batch, diagnostics]);
  const missingKey = missingCodes.join(' ');
  useEffect(() => {
    if (!missingKey) return;
    let isCurrent = true;
    void Promise.all(
      missingKey
        .split(' ')
        .map((code): Promise<unknown> => errorsCall({ sandbox, batchId, code, limit: ROWS_PER_CODE })),
    ).then((pages) => {
      if (!isCurrent) return;
      const extra = pages.flatMap((page) => rowsOf(page));
      if (extra.length > 0)
        setDiagnostics((current) => (current ? { ...current, rows: [...current.rows, ...extra] } : current));
    });
    return () => {
      isCurrent = false;
    };
  }, [missingKey, errorsCall, sandbox, batchId]);

  const loadBatch = useCallback(() => fetchBatch().then(applyBatch), [fetchBatch, applyBatch]);
  const loadDiagnostics = useCallback(
    () => fetchDiagnostics().then(applyDiagnostics),
    [fetchDiagnostics, applyDiagnostics],
  );

  useEffect(() => {
    let isCurrent = true;
    void Promise.all([fetchBatch(), fetchDiagnostics()]).then(([found, page]) => {
      if (!isCurrent) return;
      applyBatch(found);
      applyDiagnostics(page);
    });
    return () => {
      isCurrent = false;
    };
  }, [fetchBatch, fetchDiagnostics, applyBatch, applyDiagnostics]);

  useEffect(() => {
    let isCurrent = true;
    void loadRowsPage({ sandbox, batchId, offset: (rowsPage - 1) * ROWS_PAGE, limit: ROWS_PAGE }).then(
      (page) => {
        if (page && isCurrent) setRows({ page: rowsPage, rows: page });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [loadRowsPage, sandbox, batchId, rowsPage, rowsVersion]);

  useEngineEvent('batch-finished', (event) => {
    if (event.sandbox !== sandbox || event.batchId !== batchId) return;
    void loadBatch();
    void loadDiagnostics();
    setRowsVersion((version) => version + 1);
  });

  const revert = useCallback(async () => {
    const reverted = await revertCall.run({ sandbox, batchId });
    if (reverted) {
      setBatch(reverted);
      setRowsVersion((version) => version + 1);
    }
  }, [revertCall, sandbox, batchId]);

  /** Every diagnostic of the batch as JSON Lines (one failed row per line). */
  const failedRowsFile = useCallback(async (): Promise<Blob | undefined> => {
    const lines: string[] = [];
    for (let offset = 0; ; offset += DOWNLOAD_PAGE) {
      const page: unknown = await errorsCall({ sandbox, batchId, offset, limit: DOWNLOAD_PAGE });
      if (page === undefined) return undefined;
      const pageRows = rowsOf(page);
      for (const row of pageRows) lines.push(JSON.stringify(row));
      if (pageRows.length < DOWNLOAD_PAGE) break;
    }
    return new Blob(lines.length ? [lines.join('\n') + '\n'] : [], { type: 'application/x-ndjson' });
  }, [errorsCall, sandbox, batchId]);

  return {
    batch,
    diagnostics,
    rows: rows?.page === rowsPage ? rows.rows : undefined,
    rowsPage,
    setRowsPage,
    isLoadingRows: rowsCall.isPending,
    revert,
    isReverting: revertCall.isPending,
    failedRowsFile,
    notFound: show.inlineError,
  };
}
