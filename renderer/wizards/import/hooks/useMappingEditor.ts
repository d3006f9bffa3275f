// Changing a column's destination: updates the mapping, remembers it per file name and refreshes the preview.
import { useCallback } from 'react';
import { useImportStores } from '../state/ImportWizardProvider';
import { usePreviewRunner } from './usePreviewRunner';

export function useMappingEditor(sandbox: string) {
  const { wizard, data, memory } = useImportStores();
  const { refreshWithMapping } = usePreviewRunner(sandbox);

  /** Remembers the current destinations of each CSV file's columns under the file's name. */
  const rememberAll = useCallback(() => {
    const { files, mapping } = wizard.getState();
    const pathOf = new Map(mapping.map((entry) => [entry.column, entry.path]));
    for (const entry of files) {
      const headers = data.getState().previews[entry.id]?.result.headers ?? [];
      if (headers.length === 0) continue;
      memory
        .getState()
        .remember(
          entry.file.name,
          Object.fromEntries(headers.map((column) => [column, pathOf.get(column) ?? null])),
        );
    }
  }, [wizard, data, memory]);

  const mapColumn = useCallback(
    async (column: string, path: string | null) => {
      wizard.getState().mapColumn(column, path);
      rememberAll();
      await refreshWithMapping();
    },
    [wizard, rememberAll, refreshWithMapping],
  );

  return { mapColumn, rememberAll };
}
