// Runs the preview dry runs (first rows, detection, suggested mapping) when files, overrides or mapping change.
import { useCallback } from 'react';
import type { DryRunResult, MappingEntry, MethodRequest } from '../../../../shared/contract';
import { useEngineCall } from '../../../app/useEngineCall';
import type { ChosenFile, ColumnMapping, ImportWizardState } from '../state/import-wizard-store';
import { mappingEntries } from '../state/import-wizard-store';
import { useImportStores } from '../state/ImportWizardProvider';
import { formatOf } from '../state/step-rules';

/** Rows the preview table shows per file. */
export const PREVIEW_ROWS = 200;

let nextToken = 1;

/** The read options the user chose (format, layout, charset, delimiter) as dry-run arguments. */
export function readOptions(
  wizard: Pick<ImportWizardState, 'overrides'>,
): Partial<MethodRequest<'ingest-dry-run'>> {
  const { format, jsonLayout, charset, delimiter } = wizard.overrides;
  return {
    ...(format !== 'auto' ? { format } : {}),
    ...(jsonLayout !== 'auto' ? { isMultiLineJson: jsonLayout === 'multiLine' } : {}),
    ...(charset !== 'auto' ? { charset } : {}),
    ...(delimiter !== 'auto' ? { delimiter } : {}),
  };
}

function sameEntries(a: readonly MappingEntry[], b: readonly MappingEntry[]): boolean {
  const key = (entries: readonly MappingEntry[]) =>
    entries
      .map((e) => `${e.sourceAttribute}\u0000${e.destinationXdmPath}`)
      .sort()
      .join('\u0001');
  return key(a) === key(b);
}

export function usePreviewRunner(sandbox: string) {
  const { wizard, data, memory } = useImportStores();
  const dryRun = useEngineCall('ingest-dry-run');
  const run = dryRun.run;

  /** One dry run of one file; stores the answer unless a newer request for the file went out meanwhile. */
  const ask = useCallback(
    async (entry: ChosenFile, mapping: MappingEntry[] | undefined): Promise<DryRunResult | undefined> => {
      const state = wizard.getState();
      if (!state.datasetId) return undefined;
      const token = String(nextToken++);
      data.setState((current) => ({ pendingPreviews: { ...current.pendingPreviews, [entry.id]: token } }));
      const result = await run({
        sandbox,
        datasetId: state.datasetId,
        name: entry.file.name,
        file: entry.file,
        sample: PREVIEW_ROWS,
        ...readOptions(state),
        ...(mapping && mapping.length > 0 ? { mapping } : {}),
      });
      if (data.getState().pendingPreviews[entry.id] !== token) return undefined;
      data.setState((current) => {
        const { [entry.id]: _done, ...pendingPreviews } = current.pendingPreviews;
        if (!result) return { pendingPreviews };
        return {
          pendingPreviews,
          previews: {
            ...current.previews,
            [entry.id]: { fileId: entry.id, name: entry.file.name, key: '', result },
          },
        };
      });
      return result;
    },
    [wizard, data, run, sandbox],
  );

  /** Columns a CSV file brought: a remembered destination for its name wins over the engine's suggestion. */
  const learnColumns = useCallback(
    (entry: ChosenFile, result: DryRunResult) => {
      const remembered = memory.getState().byFile[entry.file.name];
      const suggested = new Map(result.mapping.map((m) => [m.sourceAttribute, m.destinationXdmPath]));
      const columns: ColumnMapping[] = result.headers.map((column) =>
        remembered && column in remembered
          ? { column, path: remembered[column] ?? null, origin: 'remembered' }
          : { column, path: suggested.get(column) ?? null, origin: 'suggested' },
      );
      wizard.getState().addColumns(columns);
    },
    [memory, wizard],
  );

  /**
   * Previews files. A CSV file is first read without a mapping (detection and suggestions), then again
   * with the wizard's mapping when that differs, so the preview always shows what would be stored.
   */
  const preview = useCallback(
    async (entries: readonly ChosenFile[]) => {
      await Promise.all(
        entries.map(async (entry) => {
          const first = await ask(entry, undefined);
          if (!first) return;
          const isCsv = formatOf(wizard.getState(), data.getState(), entry.id) === 'csv';
          if (!isCsv) return;
          learnColumns(entry, first);
          const chosen = mappingEntries(wizard.getState().mapping).filter((m) =>
            first.headers.includes(m.sourceAttribute),
          );
          if (!sameEntries(chosen, first.mapping)) await ask(entry, chosen.length > 0 ? chosen : undefined);
        }),
      );
    },
    [ask, learnColumns, wizard, data],
  );

  /** Reads every chosen file again with the current mapping (after the user changed a destination). */
  const refreshWithMapping = useCallback(async () => {
    const state = wizard.getState();
    const entries = mappingEntries(state.mapping);
    await Promise.all(
      state.files.map((entry) => {
        const headers = data.getState().previews[entry.id]?.result.headers ?? [];
        return ask(
          entry,
          entries.filter((m) => headers.includes(m.sourceAttribute)),
        );
      }),
    );
  }, [ask, wizard, data]);

  return { preview, refreshWithMapping };
}
