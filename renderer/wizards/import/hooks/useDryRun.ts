// Step 4: validates a sample of every file with the mapping, without writing anything.
import { useCallback } from 'react';
import { useEngineCall } from '../../../app/useEngineCall';
import type { FileDryRun } from '../state/import-data-store';
import { mappingEntries } from '../state/import-wizard-store';
import { useImportStores } from '../state/ImportWizardProvider';
import { isFlat, validationKey } from '../state/step-rules';
import { readOptions } from './usePreviewRunner';

export function useDryRun(sandbox: string) {
  const { wizard, data } = useImportStores();
  const call = useEngineCall('ingest-dry-run');
  const run = call.run;

  const validate = useCallback(async (): Promise<boolean> => {
    const state = wizard.getState();
    if (!state.datasetId) return false;
    const key = validationKey(state);
    const isCsv = isFlat(state, data.getState());
    const mapping = isCsv ? mappingEntries(state.mapping) : [];
    const answers: FileDryRun[] = [];
    for (const entry of state.files) {
      const headers = data.getState().previews[entry.id]?.result.headers ?? [];
      const own = mapping.filter((m) => headers.includes(m.sourceAttribute));
      const result = await run({
        sandbox,
        datasetId: state.datasetId,
        name: entry.file.name,
        file: entry.file,
        sample: state.options.sampleSize,
        ...readOptions(state),
        ...(own.length > 0 ? { mapping: own } : {}),
      });
      if (!result) return false;
      answers.push({ fileId: entry.id, name: entry.file.name, key, result });
    }
    // Settings changed while the sample was read: this answer is for an earlier question.
    if (validationKey(wizard.getState()) !== key) return false;
    data.setState({ validation: { key, files: answers } });
    return true;
  }, [wizard, data, run, sandbox]);

  return { validate, isValidating: call.isPending };
}
