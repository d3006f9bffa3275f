// The Datasets view: every dataset of the sandbox with its schema, Profile / Identity / upsert switches, batches and
// rows; `?dataset=` opens one with its batches and the links to wizards 2 and 3.
import { Anchor, Badge, Card, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import type { BatchView, DatasetView } from '../../../shared/contract';
import { PageHeader } from '../../app/PageHeader';
import { useEngineCall } from '../../app/useEngineCall';
import { useEngineEvent } from '../../app/useEngineEvent';
import { useT } from '../../i18n/useT';
import { useCurrentSandbox } from '../../state/useCurrentSandbox';
import { useUnits } from '../../wizards/import/hooks/useUnits';
import { useTime } from '../../wizards/verify/hooks/useTime';
import { datasetOf, newestFirst } from '../batches/batch-outcomes';
import { DatasetDetail } from './DatasetDetail';
import { DatasetSwitches } from './DatasetSwitches';

export function DatasetsPage() {
  const t = useT();
  const sandbox = useCurrentSandbox();
  return (
    <>
      <PageHeader title={t('route.datasets.title')} description={t('route.datasets.summary')} />
      {sandbox ? (
        <DatasetsView key={sandbox.name} sandbox={sandbox.name} />
      ) : (
        <Skeleton height={320} radius="md" />
      )}
    </>
  );
}

/** The sandbox's datasets and batches, kept current by engine events. */
function useDatasetCatalog(sandbox: string) {
  const listDatasets = useEngineCall('catalog-dataset-list').run;
  const listBatches = useEngineCall('ingest-batch-list').run;
  const [datasets, setDatasets] = useState<DatasetView[] | undefined>(undefined);
  const [batches, setBatches] = useState<BatchView[] | undefined>(undefined);
  const fetchAll = useCallback(
    () => Promise.all([listDatasets({ sandbox }), listBatches({ sandbox })]),
    [listDatasets, listBatches, sandbox],
  );
  const apply = useCallback(([datasetList, batchList]: Awaited<ReturnType<typeof fetchAll>>) => {
    if (datasetList) setDatasets([...datasetList].sort((a, b) => a.name.localeCompare(b.name)));
    if (batchList) setBatches(newestFirst(batchList));
  }, []);
  const reload = useCallback(() => fetchAll().then(apply), [fetchAll, apply]);
  useEffect(() => {
    let isCurrent = true;
    void fetchAll().then((answers) => {
      if (isCurrent) apply(answers);
    });
    return () => {
      isCurrent = false;
    };
  }, [fetchAll, apply]);
  useEngineEvent('batch-finished', (event) => {
    if (event.sandbox === sandbox) void reload();
  });
  useEngineEvent('sandbox-changed', ({ changed }) => {
    if (changed === sandbox) void reload();
  });
  return { datasets, batches };
}

function DatasetsView({ sandbox }: { sandbox: string }) {
  const t = useT();
  const units = useUnits();
  const time = useTime();
  const { datasets, batches } = useDatasetCatalog(sandbox);
  const [location, navigate] = useLocation();
  const [params] = useSearchParams();
  const selectedId = params.get('dataset') ?? undefined;
  const open = (id: string | undefined) => {
    const next = new URLSearchParams(params);
    if (id) next.set('dataset', id);
    else next.delete('dataset');
    navigate(`${location}?${next.toString()}`);
  };
  const batchesByDataset = useMemo(() => {
    const map = new Map<string, BatchView[]>();
    for (const batch of batches ?? []) {
      const id = datasetOf(batch);
      if (id) map.set(id, [...(map.get(id) ?? []), batch]);
    }
    return map;
  }, [batches]);
  const selected = datasets?.find((dataset) => dataset.id === selectedId);

  return (
    <Stack gap="lg">
      <Card withBorder padding={0} mih={datasets ? undefined : 200}>
        <Table.ScrollContainer minWidth={880}>
          <Table
            verticalSpacing="sm"
            highlightOnHover
            aria-label={t('views.datasets.tableLabel')}
            aria-busy={!datasets}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('views.datasets.col.name')}</Table.Th>
                <Table.Th>{t('views.datasets.col.schema')}</Table.Th>
                <Table.Th>{t('views.datasets.col.switches')}</Table.Th>
                <Table.Th ta="right">{t('views.datasets.col.batches')}</Table.Th>
                <Table.Th ta="right">{t('views.datasets.col.rows')}</Table.Th>
                <Table.Th>{t('views.datasets.col.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {datasets === undefined
                ? Array.from({ length: 3 }, (_, index) => (
                    <Table.Tr key={index}>
                      <Table.Td colSpan={6}>
                        <Skeleton height={16} />
                      </Table.Td>
                    </Table.Tr>
                  ))
                : datasets.map((dataset) => {
                    const isSelected = dataset.id === selectedId;
                    return (
                      <Table.Tr
                        key={dataset.id}
                        aria-selected={isSelected}
                        bg={isSelected ? 'var(--mantine-primary-color-light)' : undefined}
                        data-dataset={dataset.name}
                      >
                        <Table.Td>
                          <Anchor
                            component="button"
                            type="button"
                            fw={600}
                            ta="left"
                            aria-current={isSelected || undefined}
                            aria-label={t('views.datasets.open', { name: dataset.name })}
                            onClick={() => open(dataset.id)}
                          >
                            {dataset.name}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{dataset.schemaTitle}</Text>
                          <Text size="xs" c="dimmed">
                            {t(
                              dataset.behavior === 'time-series'
                                ? 'views.datasets.behavior.timeSeries'
                                : 'views.datasets.behavior.record',
                            )}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <DatasetSwitches dataset={dataset} />
                        </Table.Td>
                        <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {batches ? units.number(batchesByDataset.get(dataset.id)?.length ?? 0) : '…'}
                        </Table.Td>
                        <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {units.number(dataset.rowCount)}
                        </Table.Td>
                        <Table.Td>
                          <Text span size="sm" data-dynamic>
                            {time(dataset.created)}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {datasets?.length === 0 ? (
          <Stack align="center" gap="xs" p="xl">
            <Text size="sm" c="dimmed">
              {t('views.datasets.empty')}
            </Text>
            <Anchor component={Link} href="/wizards/configure-dataset" size="sm">
              {t('views.datasets.emptyAction')}
            </Anchor>
          </Stack>
        ) : null}
      </Card>
      {selectedId ? (
        selected ? (
          <DatasetDetail
            key={selected.id}
            dataset={selected}
            batches={batchesByDataset.get(selected.id) ?? []}
            onClose={() => open(undefined)}
          />
        ) : datasets ? (
          <Card withBorder padding="lg">
            <Group justify="space-between">
              <Text size="sm">{t('views.datasets.notFound', { id: selectedId })}</Text>
              <Badge color="gray" variant="light">
                {selectedId}
              </Badge>
            </Group>
          </Card>
        ) : (
          <Skeleton height={320} radius="md" />
        )
      ) : null}
    </Stack>
  );
}
