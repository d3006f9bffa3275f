// The sandbox's batches newest first, one page at a time, chosen with radio buttons (arrow keys move between them).
import { Radio, Table, Text } from '@mantine/core';
import type { BatchView } from '../../../../shared/contract';
import { useFormat } from '../../../i18n/useFormat';
import { useT } from '../../../i18n/useT';
import { useDatasetNames } from '../hooks/useDatasetNames';
import { useTime } from '../hooks/useTime';
import { BATCH_PAGE_SIZE } from '../hooks/useVerifyCatalog';
import { BatchStatus } from './BatchStatus';
import { Pager } from './Pager';
import classes from '../VerifyWizard.module.css';

export interface BatchPickerProps {
  batches: readonly BatchView[];
  value: string | null;
  onChange(batchId: string): void;
  page: number;
  onPageChange(page: number): void;
}

export function datasetOf(batch: BatchView): string {
  return batch.relatedObjects[0]?.id ?? '';
}

export function BatchPicker({ batches, value, onChange, page, onPageChange }: BatchPickerProps) {
  const t = useT();
  const format = useFormat();
  const time = useTime();
  const datasetName = useDatasetNames();
  const pageCount = Math.max(1, Math.ceil(batches.length / BATCH_PAGE_SIZE));
  const shown = batches.slice((page - 1) * BATCH_PAGE_SIZE, page * BATCH_PAGE_SIZE);

  return (
    <Radio.Group
      value={value}
      onChange={onChange}
      label={t('wizards.verify.batches.label')}
      description={t('wizards.verify.batches.hint')}
    >
      <Table.ScrollContainer minWidth={640} mt="xs">
        <Table verticalSpacing={6} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={36}>
                <span className={classes.visuallyHidden}>{t('wizards.verify.batches.choose')}</span>
              </Table.Th>
              <Table.Th>{t('wizards.verify.batches.batch')}</Table.Th>
              <Table.Th>{t('wizards.verify.batches.dataset')}</Table.Th>
              <Table.Th>{t('wizards.verify.batches.status')}</Table.Th>
              <Table.Th ta="right">{t('wizards.verify.batches.records')}</Table.Th>
              <Table.Th>{t('wizards.verify.batches.created')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((batch) => (
              <Table.Tr
                key={batch.id}
                className={classes.pickRow}
                data-selected={batch.id === value || undefined}
                onClick={() => onChange(batch.id)}
              >
                <Table.Td>
                  <Radio
                    value={batch.id}
                    aria-label={t('wizards.verify.batches.radio', {
                      id: batch.id,
                      dataset: datasetName(datasetOf(batch)),
                    })}
                  />
                </Table.Td>
                <Table.Td>
                  <Text className={classes.mono} data-dynamic>
                    {batch.id}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{datasetName(datasetOf(batch))}</Text>
                </Table.Td>
                <Table.Td>
                  <BatchStatus status={batch.status} />
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{format.number(batch.metrics?.outputRecordCount ?? 0)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed" data-dynamic>
                    {time(batch.created)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pageCount > 1 ? (
        <Pager
          label={t('wizards.verify.batches.pages')}
          page={page}
          pageCount={pageCount}
          onChange={onPageChange}
        />
      ) : null}
    </Radio.Group>
  );
}
