// The format files will be read as (chosen, else detected), reactive to both the choices and the engine's answers.
import type { InputFormatName } from '../../../../shared/contract';
import { useImportData, useWizard } from '../state/ImportWizardProvider';

/** One file's format; undefined until the engine detected it (unless the user chose one). */
export function useFileFormat(fileId: string | undefined): InputFormatName | undefined {
  const chosen = useWizard((state) => state.overrides.format);
  const detected = useImportData((state) =>
    fileId ? (state.previews[fileId]?.result.detected.format ?? undefined) : undefined,
  );
  if (!fileId) return undefined;
  return chosen === 'auto' ? detected : chosen;
}

/** The batch's format when every file agrees on one. */
export function useBatchFormat(): InputFormatName | undefined {
  const chosen = useWizard((state) => state.overrides.format);
  const ids = useWizard((state) => state.files.map((entry) => entry.id).join(' '));
  const detected = useImportData((state) =>
    ids
      .split(' ')
      .filter(Boolean)
      .map((id) => state.previews[id]?.result.detected.format ?? '?')
      .join(' '),
  );
  if (chosen !== 'auto') return chosen;
  const formats = new Set(detected.split(' ').filter(Boolean));
  const [only] = formats;
  return formats.size === 1 && (only === 'csv' || only === 'json' || only === 'parquet') ? only : undefined;
}
