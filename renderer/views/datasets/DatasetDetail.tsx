// One dataset: its facts and switches, the engine's notes, its batches, and the ways on (wizards 2 and 3, batches).
import {
  Alert,
  Anchor,
  Button,
  Card,
  CloseButton,
  Group,
  List,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { BatchView, DatasetView } from '../../../shared/contract';
import { Icon } from '../../app/icons';
import { useT } from '../../i18n/useT';
import { BatchStatusBadge } from '../../wizards/import/components/BatchStatusBadge';
import { useUnits } from '../../wizards/import/hooks/useUnits';
import { useTime } from '../../wizards/verify/hooks/useTime';
import { DatasetSwitches } from './DatasetSwitches';

export function DatasetDetail({
  dataset,
  batches,
  onClose,
}: {
  dataset: DatasetView;
  batches: readonly BatchView[];
  onClose(): void;
}) {
  const t = useT();
  const units = useUnits();
  const time = useTime();
  return (
    <Card component="section" withBorder padding="lg" aria-labelledby="dataset-detail-title">
      <Group justify="space-between" wrap="nowrap" mb="md">
        <Stack gap={2}>
          <Title order={2} fz="lg" id="dataset-detail-title">
            {dataset.name}
          </Title>
          {dataset.description ? (
            <Text size="sm" c="dimmed">
              {dataset.description}
            </Text>
          ) : null}
        </Stack>
        <CloseButton aria-label={t('views.datasets.detail.close')} onClick={onClose} />
      </Group>
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" component="dl" m={0}>
          <Fact label={t('views.datasets.detail.id')} isDynamic mono>
            {dataset.id}
          </Fact>
          <Fact label={t('views.datasets.col.schema')}>{dataset.schemaTitle}</Fact>
          <Fact label={t('views.datasets.col.rows')}>
            {units.number(dataset.rowCount)}
            {dataset.rowsNotInProfile > 0
              ? ` · ${t('views.datasets.detail.notInProfile', { count: dataset.rowsNotInProfile })}`
              : ''}
          </Fact>
          <Fact label={t('views.datasets.col.created')} isDynamic>
            {time(dataset.created)}
          </Fact>
        </SimpleGrid>
        <div>
          <Text size="xs" c="dimmed" fw={600} mb={4}>
            {t('views.datasets.col.switches')}
          </Text>
          <DatasetSwitches dataset={dataset} />
          <Text size="sm" c="dimmed" mt={6}>
            {t(
              dataset.isProfileEnabled
                ? 'views.datasets.detail.profileOn'
                : 'views.datasets.detail.profileOff',
            )}
          </Text>
        </div>
        {dataset.notes.length > 0 ? (
          <Alert variant="light" color="blue" title={t('views.datasets.detail.notes')}>
            <List size="sm" spacing={4}>
              {dataset.notes.map((note) => (
                <List.Item key={note}>{note}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button
            component={Link}
            href={`/wizards/import-files?dataset=${encodeURIComponent(dataset.id)}`}
            rightSection={<Icon name="arrowRight" size={16} />}
          >
            {t('views.datasets.detail.import')}
          </Button>
          <Button
            variant="default"
            component={Link}
            href={`/wizards/configure-dataset?dataset=${encodeURIComponent(dataset.id)}`}
          >
            {t('views.datasets.detail.configure')}
          </Button>
          <Button
            variant="subtle"
            component={Link}
            href={`/batches?dataset=${encodeURIComponent(dataset.id)}`}
          >
            {t('views.datasets.detail.monitor')}
          </Button>
        </Group>
        <section aria-labelledby="dataset-batches-title">
          <Title order={3} fz="md" mb="sm" id="dataset-batches-title">
            {t('views.datasets.detail.batches', { count: batches.length })}
          </Title>
          {batches.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('views.datasets.detail.noBatches')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={640} mah={360}>
              <Table
                verticalSpacing={6}
                fz="sm"
                stickyHeader
                aria-label={t('views.datasets.detail.batchesLabel')}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('views.batches.col.batch')}</Table.Th>
                    <Table.Th>{t('views.batches.col.status')}</Table.Th>
                    <Table.Th ta="right">{t('views.batches.col.input')}</Table.Th>
                    <Table.Th ta="right">{t('views.batches.col.output')}</Table.Th>
                    <Table.Th ta="right">{t('views.batches.col.failed')}</Table.Th>
                    <Table.Th>{t('views.batches.col.created')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {batches.map((batch) => (
                    <Table.Tr key={batch.id} data-batch={batch.id}>
                      <Table.Td>
                        <Anchor
                          component={Link}
                          href={`/batches?batch=${encodeURIComponent(batch.id)}`}
                          ff="monospace"
                          fz="xs"
                          aria-label={t('views.batches.open', { id: batch.id })}
                          data-dynamic
                        >
                          {batch.id}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <BatchStatusBadge status={batch.status} size="sm" />
                      </Table.Td>
                      <Table.Td ta="right">{units.number(batch.metrics?.inputRecordCount ?? 0)}</Table.Td>
                      <Table.Td ta="right">{units.number(batch.metrics?.outputRecordCount ?? 0)}</Table.Td>
                      <Table.Td ta="right">{units.number(batch.metrics?.failedRecordCount ?? 0)}</Table.Td>
                      <Table.Td>
                        <Text span size="sm" data-dynamic>
                          {time(batch.created)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </section>
      </Stack>
    </Card>
  );
}

function Fact({
  label,
  children,
  isDynamic,
  mono,
}: {
  label: string;
  children: ReactNode;
  isDynamic?: boolean;
  mono?: boolean;
}) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text
        component="dd"
        m={0}
        size="sm"
        ff={mono ? 'monospace' : undefined}
        style={{ wordBreak: 'break-all' }}
        {...(isDynamic ? { 'data-dynamic': true } : {})}
      >
        {children}
      </Text>
    </div>
  );
}
