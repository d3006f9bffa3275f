// The Batches view: a live, virtualised monitor of the sandbox's batches with filters, an outcome chart and a
// detail panel (errors by code, failed rows, revert). `?batch=` opens a batch, `?dataset=` filters by dataset.
import { Button, Card, Group, Select, Skeleton, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import type { BatchStatus } from '../../../shared/contract';
import { PageHeader } from '../../app/PageHeader';
import { useT } from '../../i18n/useT';
import { useCurrentSandbox } from '../../state/useCurrentSandbox';
import { BATCH_STATUSES, batchOutcomes, filterBatches } from './batch-outcomes';
import { BatchDetail } from './BatchDetail';
import { BatchTable } from './BatchTable';
import { OutcomeChart } from './OutcomeChart';
import { useBatchMonitor } from './useBatchMonitor';

export function BatchesPage() {
  const t = useT();
  const sandbox = useCurrentSandbox();
  return (
    <>
      <PageHeader title={t('route.batches.title')} description={t('route.batches.summary')} />
      {sandbox ? (
        <BatchMonitorView key={sandbox.name} sandbox={sandbox.name} />
      ) : (
        <Skeleton height={420} radius="md" />
      )}
    </>
  );
}

function isStatus(value: string | null): value is BatchStatus {
  return value !== null && (BATCH_STATUSES as readonly string[]).includes(value);
}

function BatchMonitorView({ sandbox }: { sandbox: string }) {
  const t = useT();
  const monitor = useBatchMonitor(sandbox);
  const [location, navigate] = useLocation();
  const [params] = useSearchParams();
  const selectedId = params.get('batch') ?? undefined;
  const statusParam = params.get('status');
  const status = isStatus(statusParam) ? statusParam : undefined;
  const datasetId = params.get('dataset') ?? undefined;

  /** Sets one query parameter; an explicit `?` also clears the last one under hash routing. */
  const setParam = (name: 'batch' | 'status' | 'dataset', value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    navigate(`${location}?${next.toString()}`, { replace: name !== 'batch' });
  };

  const datasetNames = useMemo(
    () => new Map((monitor.datasets ?? []).map((dataset) => [dataset.id, dataset.name])),
    [monitor.datasets],
  );
  const shown = useMemo(
    () => (monitor.batches ? filterBatches(monitor.batches, { status, datasetId }) : undefined),
    [monitor.batches, status, datasetId],
  );
  const isFiltered = status !== undefined || datasetId !== undefined;
  const total = monitor.batches?.length ?? 0;

  return (
    <Stack gap="lg">
      <Group gap="md" align="flex-end" wrap="wrap">
        <Select
          label={t('views.batches.filter.status')}
          data={[
            { value: '', label: t('views.batches.filter.allStatuses') },
            ...BATCH_STATUSES.map((value) => ({ value, label: t(`wizards.import.status.${value}`) })),
          ]}
          value={status ?? ''}
          onChange={(value) => setParam('status', value || undefined)}
          allowDeselect={false}
          w={200}
        />
        <Select
          label={t('views.batches.filter.dataset')}
          data={[
            { value: '', label: t('views.batches.filter.allDatasets') },
            ...(monitor.datasets ?? []).map((dataset) => ({ value: dataset.id, label: dataset.name })),
          ]}
          value={datasetId ?? ''}
          onChange={(value) => setParam('dataset', value || undefined)}
          allowDeselect={false}
          searchable
          w={260}
        />
        {isFiltered ? (
          <Button
            variant="subtle"
            onClick={() => {
              const next = new URLSearchParams(params);
              next.delete('status');
              next.delete('dataset');
              navigate(`${location}?${next.toString()}`, { replace: true });
            }}
          >
            {t('views.batches.filter.clear')}
          </Button>
        ) : null}
        <Text size="sm" c="dimmed" ml="auto" aria-live="polite" role="status">
          {monitor.batches
            ? isFiltered
              ? t('views.batches.count.filtered', { count: shown?.length ?? 0, total })
              : t('views.batches.count.all', { count: total })
            : t('views.batches.loading')}
        </Text>
      </Group>
      <BatchTable
        batches={shown}
        datasetNames={datasetNames}
        progress={monitor.progress}
        selectedId={selectedId}
        onOpen={(id) => setParam('batch', id)}
        empty={total === 0 ? t('views.batches.empty.none') : t('views.batches.empty.filtered')}
      />
      {total === 0 && monitor.batches ? (
        <Group>
          <Button component={Link} href="/wizards/import-files" variant="light">
            {t('views.batches.empty.import')}
          </Button>
        </Group>
      ) : null}
      {selectedId ? (
        <BatchDetail
          key={selectedId}
          sandbox={sandbox}
          batchId={selectedId}
          datasetNames={datasetNames}
          onClose={() => setParam('batch', undefined)}
        />
      ) : null}
      <Card withBorder padding="lg" mih={360} maw={760}>
        {shown ? (
          <OutcomeChart
            bars={batchOutcomes(shown)}
            title={t(isFiltered ? 'views.batches.chart.shownTitle' : 'views.batches.chart.allTitle')}
          />
        ) : (
          <Skeleton height={300} />
        )}
      </Card>
    </Stack>
  );
}
