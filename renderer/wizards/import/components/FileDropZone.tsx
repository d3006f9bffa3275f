// A drop zone that is also a labelled file input: drop files on it, or focus it and press Enter or Space.
import { Stack, Text, ThemeIcon } from '@mantine/core';
import { useId, useState, type DragEvent } from 'react';
import { Icon } from '../../../app/icons';
import { desktopFilePicker, type PickedFile } from '../../../engine-client/desktop-files';
import { useT } from '../../../i18n/useT';
import { useStores } from '../../../state/StoresProvider';
import classes from './FileDropZone.module.css';

/** What the file picker offers first; any file can still be chosen and is sniffed by content. */
export const ACCEPTED_FILES = '.csv,.tsv,.txt,.json,.jsonl,.ndjson,.parquet';

export function FileDropZone({
  onFiles,
  isDisabled = false,
}: {
  onFiles(files: PickedFile[]): void;
  isDisabled?: boolean;
}) {
  const t = useT();
  // Desktop host: files come through main (its open dialog, or the paths of dropped files).
  const desktop = desktopFilePicker();
  const { errors } = useStores();
  const reportPickError = (error: unknown) => errors.getState().report(error, 'files');
  const take = (files: File[]) => {
    if (!desktop) return onFiles(files);
    void desktop.fromDrop(files).then((picked) => picked.length > 0 && onFiles(picked), reportPickError);
  };
  const hintId = useId();
  const [isOver, setOver] = useState(false);

  const onDragOver = (event: DragEvent<HTMLLabelElement>) => {
    if (isDisabled || !event.dataTransfer.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDrop = (event: DragEvent<HTMLLabelElement>) => {
    event.preventDefault();
    setOver(false);
    if (isDisabled) return;
    const files = [...event.dataTransfer.files];
    if (files.length > 0) take(files);
  };

  return (
    <label
      className={classes.zone}
      data-over={isOver || undefined}
      data-disabled={isDisabled || undefined}
      onDragOver={onDragOver}
      onDragEnter={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <input
        type="file"
        multiple
        accept={ACCEPTED_FILES}
        className={classes.input}
        aria-label={t('wizards.import.files.input')}
        aria-describedby={hintId}
        disabled={isDisabled}
        onClick={(event) => {
          if (!desktop) return;
          event.preventDefault();
          void desktop.open().then((picked) => picked.length > 0 && onFiles(picked), reportPickError);
        }}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Clear the input so choosing the same file again still counts as a change.
          event.currentTarget.value = '';
          if (files.length > 0) take(files);
        }}
      />
      <Stack align="center" gap={6}>
        <ThemeIcon size={44} radius="xl" variant="light">
          <Icon name="import" size={22} />
        </ThemeIcon>
        <Text fw={600}>{t(isOver ? 'wizards.import.files.dropNow' : 'wizards.import.files.drop')}</Text>
        <Text size="sm" c="dimmed" id={hintId} ta="center">
          {t('wizards.import.files.dropHint')}
        </Text>
      </Stack>
    </label>
  );
}
