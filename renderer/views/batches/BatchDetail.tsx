// The detail panel of one batch: status, metrics, outcome chart, errors by code with their rows, accepted rows,
// the failed-rows download and "Revert batch" behind a confirmation.
import {
  Alert,
  Button,
  Card,
  Code,
  CloseButton,
  Group,
  Loader,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { BatchView } from '../../../shared/contract';
import { Icon } from '../../app/icons';
import { useT } from '../../i18n/useT';
import { BatchErrors } from '../../wizards/import/components/BatchErrors';
import { BatchStatusBadge } from '../../wizards/import/components/BatchStatusBadge';
import { useUnits } from '../../wizards/import/hooks/useUnits';
import { Pager } from '../../wizards/verify/components/Pager';
import { useTime } from '../../wizards/verify/hooks/useTime';
import { batchOutcomes, datasetOf } from './batch-outcomes';
import { OutcomeChart } from './OutcomeChart';
import { RevertBatchDialog } from './RevertBatchDialog';
import { ROWS_PAGE, useBatchDetail } from './useBatchDetail';

export interface BatchDetailProps {
  sandbox: string;
  batchId: string;
  datasetNames: ReadonlyMap<string, string>;
  onClose(): void;
}

export function BatchDetail({ sandbox, batchId, datasetNames, onClose }: BatchDetailProps) {
  const t = useT();
  const detail = useBatchDetail(sandbox, batchId);
  const { batch } = detail;

  return (
    <Card component="section" aria-labelledby="batch-detail-title" withBorder padding="lg" mih={420}>
      <Group justify="space-between" wrap="nowrap" mb="md">
        <Group gap="sm" wrap="nowrap">
          <Title order={2} fz="lg" id="batch-detail-title">
            {t('views.batches.detail.title')}{' '}
            <Text span ff="monospace" fz="md" data-dynamic>
              {batchId}
            </Text>
          </Title>
          {batch ? (
            <BatchStatusBadge
              status={batch.status}
              size="lg"
              aria-label={t('views.batches.detail.statusLabel', {
                status: t(`wizards.import.status.${batch.status}`),
              })}
            />
          ) : null}
        </Group>
        <CloseButton aria-label={t('views.batches.detail.close')} onClick={onClose} />
      </Group>
      {detail.notFound ? (
        <Alert
          color="red"
          variant="light"
          icon={<Icon name="alert" size={18} />}
          title={t('views.batches.detail.notFound')}
        >
          {detail.notFound.message}
        </Alert>
      ) : batch ? (
        <LoadedBatch batch={batch} detail={detail} datasetNames={datasetNames} />
      ) : (
        <Stack gap="sm" aria-busy>
          <Skeleton height={20} width="40%" />
          <Skeleton height={64} />
          <Skeleton height={200} />
        </Stack>
      )}
    </Card>
  );
}

function LoadedBatch({
  batch,
  detail,
  datasetNames,
}: {
  batch: BatchView;
  detail: ReturnType<typeof useBatchDetail>;
  datasetNames: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const units = useUnits();
  const time = useTime();
  const [isRevertOpen, revertDialog] = useDisclosure(false);
  const metrics = batch.metrics;
  const failedCount = metrics?.failedRecordCount ?? 0;
  const datasetId = datasetOf(batch);
  const hasDiagnostics = Boolean(batch.tags.acp_enableErrorDiagnostics);

  const download = async () => {
    const blob = await detail.failedRowsFile();
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `batch-${batch.id}-failed-rows.jsonl`;
    link.click();
    // Give the browser the moment it needs to start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <Stack gap="lg">
      <Group gap="xl" wrap="wrap">
        <Fact label={t('views.batches.col.dataset')}>
          {datasetId ? (datasetNames.get(datasetId) ?? datasetId) : '—'}
        </Fact>
        <Fact label={t('views.batches.col.format')}>
          {t(`views.batches.format.${batch.inputFormat.format}`)}
        </Fact>
        <Fact label={t('views.batches.col.created')} isDynamic>
          {time(batch.created)}
        </Fact>
        <Fact label={t('views.batches.detail.completed')} isDynamic>
          {batch.completed ? time(batch.completed) : '—'}
        </Fact>
        <Fact label={t('views.batches.detail.files')}>
          {batch.files.map((file) => file.name).join(', ') || '—'}
        </Fact>
      </Group>
      <StatusAlert batch={batch} />
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md" component="dl" m={0}>
        <Metric
          label={t('views.batches.metric.input')}
          value={units.number(metrics?.inputRecordCount ?? 0)}
        />
        <Metric
          label={t('views.batches.metric.output')}
          value={units.number(metrics?.outputRecordCount ?? 0)}
        />
        <Metric label={t('views.batches.metric.failed')} value={units.number(failedCount)} />
        <Metric
          label={t('views.batches.metric.notInProfile')}
          value={units.number(batch.identitySkippedCount)}
        />
        <Metric label={t('views.batches.metric.bytes')} value={units.bytes(metrics?.inputByteSize ?? 0)} />
      </SimpleGrid>
      <Group gap="sm">
        {batch.status === 'success' ? (
          <Button
            component={Link}
            href={`/wizards/verify-upload?batch=${encodeURIComponent(batch.id)}`}
            rightSection={<Icon name="arrowRight" size={16} />}
          >
            {t('views.batches.detail.verify')}
          </Button>
        ) : null}
        <Button
          variant="default"
          onClick={() => void download()}
          disabled={failedCount === 0 || !hasDiagnostics}
          title={failedCount > 0 && !hasDiagnostics ? t('views.batches.detail.noDiagnostics') : undefined}
        >
          {t('views.batches.detail.download')}
        </Button>
        {batch.status === 'success' ? (
          <Button variant="default" color="red" onClick={revertDialog.open} loading={detail.isReverting}>
            {t('views.batches.detail.revert')}
          </Button>
        ) : null}
        {datasetId ? (
          <Button
            variant="subtle"
            component={Link}
            href={`/wizards/import-files?dataset=${encodeURIComponent(datasetId)}`}
            ml="auto"
          >
            {t('views.batches.detail.importMore')}
          </Button>
        ) : null}
      </Group>
      <OutcomeChart bars={batchOutcomes([batch])} title={t('views.batches.chart.batchTitle')} />
      <Tabs defaultValue="errors" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="errors">
            {t('views.batches.detail.errorsTab', { count: detail.diagnostics?.total ?? failedCount })}
          </Tabs.Tab>
          <Tabs.Tab value="rows">{t('views.batches.detail.rowsTab')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="errors" pt="md">
          {failedCount === 0 && (batch.errors ?? []).length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('views.batches.detail.noErrors')}
            </Text>
          ) : detail.diagnostics ? (
            <section aria-label={t('views.batches.detail.errorsLabel')}>
              <BatchErrors
                batch={batch}
                diagnostics={detail.diagnostics.rows}
                isComplete={detail.diagnostics.isComplete}
              />
            </section>
          ) : (
            <Loader size="sm" />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="rows" pt="md">
          <AcceptedRows batch={batch} detail={detail} />
        </Tabs.Panel>
      </Tabs>
      <RevertBatchDialog
        batchId={batch.id}
        rows={metrics?.outputRecordCount ?? 0}
        isOpen={isRevertOpen}
        onClose={revertDialog.close}
        onConfirm={() => {
          revertDialog.close();
          void detail.revert();
        }}
      />
    </Stack>
  );
}

function StatusAlert({ batch }: { batch: BatchView }) {
  const t = useT();
  const units = useUnits();
  const failed = batch.metrics?.failedRecordCount ?? 0;
  if (batch.status === 'inactive')
    return (
      <Alert color="gray" variant="light" title={t('views.batches.alert.revertedTitle')}>
        {t('views.batches.alert.reverted')}
      </Alert>
    );
  if (batch.failureReason || batch.status === 'failed' || batch.status === 'aborted')
    return (
      <Alert
        color={batch.status === 'aborted' ? 'orange' : 'red'}
        variant="light"
        icon={<Icon name="alert" size={18} />}
        title={t(
          batch.status === 'aborted' ? 'views.batches.alert.abortedTitle' : 'views.batches.alert.failedTitle',
        )}
      >
        {batch.failureReason ?? t('views.batches.alert.noRows')}
      </Alert>
    );
  if (batch.status === 'success' && failed > 0)
    return (
      <Alert
        color="yellow"
        variant="light"
        icon={<Icon name="alert" size={18} />}
        title={t('views.batches.alert.partialTitle')}
      >
        {t('views.batches.alert.partial', {
          count: failed,
          ingested: units.number(batch.metrics?.outputRecordCount ?? 0),
        })}
      </Alert>
    );
  if (batch.status === 'loading' || batch.status === 'staging')
    return (
      <Alert color="blue" variant="light" title={t('views.batches.alert.loadingTitle')}>
        {t('views.batches.alert.loading')}
      </Alert>
    );
  return null;
}

function AcceptedRows({ batch, detail }: { batch: BatchView; detail: ReturnType<typeof useBatchDetail> }) {
  const t = useT();
  const output = batch.status === 'success' ? (batch.metrics?.outputRecordCount ?? 0) : 0;
  const pageCount = Math.max(1, Math.ceil(output / ROWS_PAGE));
  if (output === 0 && detail.rows?.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('views.batches.rows.none')}
      </Text>
    );
  return (
    <div>
      <Table.ScrollContainer minWidth={640} mah={420}>
        <Table
          verticalSpacing={6}
          fz="sm"
          stickyHeader
          aria-label={t('views.batches.rows.label')}
          aria-busy={!detail.rows}
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={64}>{t('views.batches.rows.row')}</Table.Th>
              <Table.Th w={64}>{t('views.batches.rows.line')}</Table.Th>
              <Table.Th w={150}>{t('views.batches.rows.profile')}</Table.Th>
              <Table.Th>{t('views.batches.rows.record')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(detail.rows ?? []).map((row) => (
              <Table.Tr key={`${row.f}:${row.r}`}>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{row.r}</Table.Td>
                <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{row.l ?? '—'}</Table.Td>
                <Table.Td>
                  {row.s
                    ? t(
                        row.s === 'identity'
                          ? 'views.batches.rows.skippedIdentity'
                          : 'views.batches.rows.skippedSize',
                      )
                    : t('views.batches.rows.inProfile')}
                </Table.Td>
                <Table.Td>
                  <Code block fz="xs" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                    {JSON.stringify(row.v)}
                  </Code>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {pageCount > 1 ? (
        <Pager
          label={t('views.batches.rows.pages')}
          page={detail.rowsPage}
          pageCount={pageCount}
          onChange={detail.setRowsPage}
          isBusy={detail.isLoadingRows}
        />
      ) : null}
    </div>
  );
}

function Fact({ label, children, isDynamic }: { label: string; children: ReactNode; isDynamic?: boolean }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text size="sm" {...(isDynamic ? { 'data-dynamic': true } : {})}>
        {children}
      </Text>
    </div>
  );
}

function Metric({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} mt={2} fz="xl" fw={650} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </div>
  );
}
