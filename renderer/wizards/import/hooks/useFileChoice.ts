// Step 2's actions: add, replace or remove files and change how they are read; each one re-reads the previews.
import { useCallback } from 'react';
import type { PickedFile } from '../../../engine-client/desktop-files';
import type { ChosenFile, Overrides } from '../state/import-wizard-store';
import { useImportStores } from '../state/ImportWizardProvider';
import { usePreviewRunner } from './usePreviewRunner';

let nextFileId = 1;

export function useFileChoice(sandbox: string) {
  const { wizard, data } = useImportStores();
  const { preview } = usePreviewRunner(sandbox);

  /** Forgets what the engine said about files that are gone or will be read again. */
  const dropAnswers = useCallback(
    (ids: readonly string[]) => {
      data.setState((state) => {
        const previews = { ...state.previews };
        const pendingPreviews = { ...state.pendingPreviews };
        for (const id of ids) {
          delete previews[id];
          delete pendingPreviews[id];
        }
        return { previews, pendingPreviews, validation: undefined };
      });
    },
    [data],
  );

  /** A file with the name of one already chosen replaces it: a batch holds each file name once. */
  const add = useCallback(
    async (files: readonly PickedFile[]) => {
      const byName = new Map(files.map((file) => [file.name, file]));
      const entries: ChosenFile[] = [...byName.values()].map((file) => ({
        id: `file-${nextFileId++}`,
        file,
      }));
      const replaced = wizard.getState().files.filter((entry) => byName.has(entry.file.name));
      for (const entry of replaced) wizard.getState().removeFile(entry.id);
      dropAnswers(replaced.map((entry) => entry.id));
      wizard.getState().addFiles(entries);
      await preview(entries.filter((entry) => entry.file.size > 0));
    },
    [wizard, dropAnswers, preview],
  );

  const remove = useCallback(
    (id: string) => {
      wizard.getState().removeFile(id);
      dropAnswers([id]);
    },
    [wizard, dropAnswers],
  );

  /** A different format, layout, charset or delimiter changes the columns: start the mapping again. */
  const setOverride = useCallback(
    async <K extends keyof Overrides>(key: K, value: Overrides[K]) => {
      wizard.getState().setOverride(key, value);
      const { files } = wizard.getState();
      dropAnswers(files.map((entry) => entry.id));
      await preview(files.filter((entry) => entry.file.size > 0));
    },
    [wizard, dropAnswers, preview],
  );

  /** Reads every file again (another dataset means another schema, so other suggestions). */
  const rereadAll = useCallback(async () => {
    const { files } = wizard.getState();
    if (files.length === 0) return;
    dropAnswers(files.map((entry) => entry.id));
    await preview(files.filter((entry) => entry.file.size > 0));
  }, [wizard, dropAnswers, preview]);

  return { add, remove, setOverride, rereadAll };
}
