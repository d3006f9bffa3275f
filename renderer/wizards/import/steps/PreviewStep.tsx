// Step 3: the first rows of each file as the engine parses them and, for CSV, the column → XDM mapping.
import { Group, Loader, SegmentedControl, Stack, Text } from '@mantine/core';
import { useT } from '../../../i18n/useT';
import { MappingTable } from '../components/MappingTable';
import { PreviewTable } from '../components/PreviewTable';
import { StepHeading } from '../../common/StepHeading';
import { useBatchFormat, useFileFormat } from '../hooks/useBatchShape';
import { useMappingEditor } from '../hooks/useMappingEditor';
import { PREVIEW_ROWS } from '../hooks/usePreviewRunner';
import { useImportData, useImportStores, useWizard } from '../state/ImportWizardProvider';

export function PreviewStep({ sandbox }: { sandbox: string }) {
  const t = useT();
  const { wizard } = useImportStores();
  const { mapColumn } = useMappingEditor(sandbox);
  const files = useWizard((state) => state.files);
  const previewFileId = useWizard((state) => state.previewFileId);
  const isCsv = useBatchFormat() === 'csv';
  const shown = files.find((entry) => entry.id === previewFileId) ?? files[0];
  const preview = useImportData((data) => (shown ? data.previews[shown.id] : undefined));
  const isPending = useImportData((data) => (shown ? data.pendingPreviews[shown.id] !== undefined : false));
  const format = useFileFormat(shown?.id);

  return (
    <>
      <StepHeading
        mb="lg"
        title={t(isCsv ? 'wizards.import.preview.titleCsv' : 'wizards.import.preview.title')}
        description={t(isCsv ? 'wizards.import.preview.introCsv' : 'wizards.import.preview.intro')}
      />
      <Stack gap="xl">
        {isCsv ? <MappingTable onMap={(column, path) => void mapColumn(column, path)} /> : null}
        <section aria-labelledby="import-preview-rows">
          <Group justify="space-between" align="center" mb="sm" gap="md">
            <Group gap="sm">
              <Text fw={600} id="import-preview-rows" component="h3" fz="md" m={0}>
                {t('wizards.import.preview.rowsTitle')}
              </Text>
              {isPending ? <Loader size={14} aria-label={t('wizards.import.preview.refreshing')} /> : null}
            </Group>
            {files.length > 1 ? (
              <SegmentedControl
                size="xs"
                aria-label={t('wizards.import.preview.fileLabel')}
                value={shown?.id ?? ''}
                onChange={(id) => wizard.getState().setPreviewFile(id)}
                data={files.map((entry) => ({ value: entry.id, label: entry.file.name }))}
              />
            ) : null}
          </Group>
          {preview ? (
            <>
              <Text size="xs" c="dimmed" mb={6}>
                {t('wizards.import.preview.rowsIntro', {
                  count: preview.result.rows.length,
                  limit: PREVIEW_ROWS,
                })}
              </Text>
              <PreviewTable
                rows={preview.result.rows}
                label={t('wizards.import.preview.tableLabel', { name: preview.name })}
                hasRawText={format !== 'parquet'}
              />
            </>
          ) : (
            <Group gap="sm" py="lg">
              <Loader size="sm" />
              <Text size="sm" c="dimmed">
                {t('wizards.import.files.detecting')}
              </Text>
            </Group>
          )}
        </section>
      </Stack>
    </>
  );
}
