// Identities per namespace as a bar chart with a title, and the same figures as a table for screen readers and keyboard users.
import { Table, Text, Title, useComputedColorScheme } from '@mantine/core';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { ProfileStats } from '../../../shared/contract';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { namespaceColors } from '../../wizards/verify/model/namespace-colors';

export const CHART_HEIGHT = 220;

export function NamespaceChart({ byNamespace }: { byNamespace: ProfileStats['byNamespace'] }) {
  const t = useT();
  const format = useFormat();
  const titleId = useId();
  const isDark = useComputedColorScheme('light') === 'dark';
  const colors = namespaceColors(byNamespace.map((entry) => entry.code));
  const total = byNamespace.reduce((sum, entry) => sum + entry.identities, 0);
  const title = t('views.profiles.chart.title');
  const summary = t('views.profiles.chart.summary', { count: total, namespaces: byNamespace.length });
  const axis = isDark ? 'var(--mantine-color-dark-1)' : 'var(--mantine-color-gray-7)';

  return (
    <figure aria-labelledby={titleId} style={{ margin: 0 }}>
      <Title order={3} fz="md" id={titleId} mb={4}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {summary}
      </Text>
      <div role="img" aria-label={`${title}. ${summary}`} style={{ height: CHART_HEIGHT }}>
        {byNamespace.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('views.profiles.chart.empty')}
          </Text>
        ) : (
          <BarChart
            responsive
            data={byNamespace}
            layout="vertical"
            margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
            style={{ width: '100%', height: CHART_HEIGHT }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} tick={{ fill: axis, fontSize: 12 }} />
            <YAxis
              type="category"
              dataKey="code"
              width={110}
              tick={{ fill: axis, fontSize: 12 }}
              interval={0}
            />
            <Tooltip
              isAnimationActive={false}
              formatter={(value) => [format.number(Number(value)), t('views.profiles.chart.identities')]}
              contentStyle={{
                background: 'var(--mantine-color-body)',
                border: '1px solid var(--mantine-color-default-border)',
              }}
            />
            <Bar dataKey="identities" isAnimationActive={false} maxBarSize={22}>
              {byNamespace.map((entry) => (
                <Cell key={entry.code} fill={`var(--mantine-color-${colors.get(entry.code) ?? 'gray'}-6)`} />
              ))}
            </Bar>
          </BarChart>
        )}
      </div>
      <Table mt="sm" verticalSpacing={4} fz="sm" aria-label={t('views.profiles.chart.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('views.profiles.chart.namespace')}</Table.Th>
            <Table.Th ta="right">{t('views.profiles.chart.identities')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {byNamespace.map((entry) => (
            <Table.Tr key={entry.code} data-namespace={entry.code}>
              <Table.Td>{entry.code}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {format.number(entry.identities)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </figure>
  );
}
