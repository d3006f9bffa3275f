// The chosen dataset's latest batches with status, rows and why one failed; any of them opens in the result step.
import { Button, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useFormat } from '../../../i18n/useFormat';
import { useT } from '../../../i18n/useT';
import { useImportData, useImportStores } from '../state/ImportWizardProvider';
import { BatchStatusBadge } from './BatchStatusBadge';
import classes from './RecentBatches.module.css';

export function RecentBatches({ datasetId }: { datasetId: string }) {
  const t = useT();
  const format = useFormat();
  const { wizard } = useImportStores();
  const recent = useImportData((state) =>
    state.recentBatches?.datasetId === datasetId ? state.recentBatches.batches : undefined,
  );
  if (!recent || recent.length === 0) return null;
  return (
    <section aria-labelledby="import-recent-batches" className={classes.section}>
      <Title order={3} fz="md" id="import-recent-batches" mb="xs">
        {t('wizards.import.recent.title')}
      </Title>
      <Table.ScrollContainer minWidth={640}>
        <Table verticalSpacing={8} className={classes.table}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('wizards.import.recent.batch')}</Table.Th>
              <Table.Th>{t('wizards.import.recent.status')}</Table.Th>
              <Table.Th ta="right">{t('wizards.import.recent.rows')}</Table.Th>
              <Table.Th>{t('wizards.import.recent.created')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('wizards.import.recent.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {recent.map((batch) => {
              const rows = batch.files.reduce((sum, file) => sum + file.rows, 0);
              return (
                <Table.Tr key={batch.id} data-batch={batch.id}>
                  <Table.Td>
                    <Text ff="monospace" size="xs" data-dynamic>
                      {batch.id.slice(0, 8)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <BatchStatusBadge status={batch.status} size="sm" />
                    {batch.failureReason ? (
                      <Text size="xs" c="dimmed" mt={4} className={classes.reason}>
                        {batch.failureReason}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td ta="right">
                    <Text size="sm" className={classes.number}>
                      {format.number(rows)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed" data-dynamic>
                      {format.dateTime(new Date(batch.created).toISOString())}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      onClick={() => wizard.getState().openBatch(batch.id)}
                      aria-label={t('wizards.import.recent.openLabel', { id: batch.id.slice(0, 8) })}
                    >
                      {t('wizards.import.recent.open')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </section>
  );
}
