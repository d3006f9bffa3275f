// The sandbox's profile counts: totals, identities per namespace (chart and table) and fragments per dataset.
import { Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { ProfileStats } from '../../../shared/contract';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { CHART_HEIGHT, NamespaceChart } from './NamespaceChart';

/** Height the chart card keeps while the counts load, so nothing moves when they arrive. */
const CHART_CARD_HEIGHT = CHART_HEIGHT + 160;

function Figure({ label, value }: { label: string; value: string | undefined }) {
  const id = useId();
  return (
    <Paper withBorder radius="md" p="md" role="group" aria-labelledby={id} aria-busy={value === undefined}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4} id={id}>
        {label}
      </Text>
      {value === undefined ? (
        <Skeleton height={30} mt={6} width="50%" />
      ) : (
        <Text fz={26} fw={700} lh={1.4} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {value}
        </Text>
      )}
    </Paper>
  );
}

export function ProfileStatsPanel({ stats }: { stats: ProfileStats | undefined }) {
  const t = useT();
  const format = useFormat();
  const number = (value: number | undefined) => (value === undefined ? undefined : format.number(value));
  const identities = stats?.byNamespace.reduce((sum, entry) => sum + entry.identities, 0);

  return (
    <Stack gap="md" component="section" aria-labelledby="profiles-counts">
      <Title order={2} fz="lg" id="profiles-counts">
        {t('views.profiles.counts.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <Figure label={t('views.profiles.counts.profiles')} value={number(stats?.profiles)} />
        <Figure label={t('views.profiles.counts.fragments')} value={number(stats?.fragments)} />
        <Figure label={t('views.profiles.counts.identities')} value={number(identities)} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Paper withBorder radius="md" p="md" mih={CHART_CARD_HEIGHT}>
          {stats ? (
            <NamespaceChart byNamespace={stats.byNamespace} />
          ) : (
            <Skeleton height={CHART_CARD_HEIGHT - 32} />
          )}
        </Paper>
        <Paper
          withBorder
          radius="md"
          p="md"
          mih={CHART_CARD_HEIGHT}
          component="section"
          aria-labelledby="profiles-datasets"
        >
          <Group justify="space-between" align="baseline" mb={4}>
            <Title order={3} fz="md" id="profiles-datasets">
              {t('views.profiles.datasets.title')}
            </Title>
          </Group>
          <Text size="sm" c="dimmed" mb="sm">
            {t('views.profiles.datasets.intro')}
          </Text>
          {!stats ? (
            <Skeleton height={120} />
          ) : stats.byDataset.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('views.profiles.datasets.none')}
            </Text>
          ) : (
            <Table verticalSpacing={4} fz="sm" aria-labelledby="profiles-datasets">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('views.profiles.datasets.dataset')}</Table.Th>
                  <Table.Th ta="right">{t('views.profiles.datasets.fragments')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {[...stats.byDataset]
                  .sort((a, b) => a.name.localeCompare(b.name))
                  .map((dataset) => (
                    <Table.Tr key={dataset.id}>
                      <Table.Td>{dataset.name}</Table.Td>
                      <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {format.number(dataset.fragments)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
              </Table.Tbody>
            </Table>
          )}
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
