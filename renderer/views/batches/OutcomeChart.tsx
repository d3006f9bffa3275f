// Accepted rows against failed rows by error code, as a bar chart with a title and the same figures as a table.
import { Table, Text, Title, useComputedColorScheme } from '@mantine/core';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';
import type { Translate } from '../../i18n/translate';
import { useT } from '../../i18n/useT';
import { useUnits } from '../../wizards/import/hooks/useUnits';
import type { OutcomeBar } from './batch-outcomes';

const CHART_HEIGHT = 200;

function barLabel(t: Translate, bar: OutcomeBar): string {
  if (bar.kind === 'accepted') return t('views.batches.chart.accepted');
  if (bar.kind === 'other') return t('views.batches.chart.other');
  return bar.key;
}

export function OutcomeChart({ bars, title }: { bars: readonly OutcomeBar[]; title: string }) {
  const t = useT();
  const units = useUnits();
  const titleId = useId();
  const isDark = useComputedColorScheme('light') === 'dark';
  const data = bars.map((bar) => ({ ...bar, label: barLabel(t, bar) }));
  const failed = bars.filter((bar) => bar.kind !== 'accepted').reduce((sum, bar) => sum + bar.rows, 0);
  const accepted = bars.find((bar) => bar.kind === 'accepted')?.rows ?? 0;
  const summary = t('views.batches.chart.summary', {
    accepted: units.number(accepted),
    failed: units.number(failed),
  });
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
        <BarChart
          responsive
          data={data}
          layout="vertical"
          margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
          style={{ width: '100%', height: CHART_HEIGHT }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} strokeDasharray="3 3" />
          <XAxis type="number" allowDecimals={false} tick={{ fill: axis, fontSize: 12 }} />
          <YAxis
            type="category"
            dataKey="label"
            width={170}
            tick={{ fill: axis, fontSize: 12 }}
            interval={0}
          />
          <Tooltip
            isAnimationActive={false}
            formatter={(value) => [units.number(Number(value)), t('views.batches.chart.rows')]}
            contentStyle={{
              background: 'var(--mantine-color-body)',
              border: '1px solid var(--mantine-color-default-border)',
            }}
          />
          <Bar dataKey="rows" isAnimationActive={false} maxBarSize={22}>
            {data.map((bar) => (
              <Cell
                key={bar.key}
                fill={
                  bar.kind === 'accepted'
                    ? 'var(--mantine-color-teal-6)'
                    : bar.kind === 'other'
                      ? 'var(--mantine-color-orange-6)'
                      : 'var(--mantine-color-red-6)'
                }
              />
            ))}
          </Bar>
        </BarChart>
      </div>
      <Table mt="sm" verticalSpacing={4} fz="sm" aria-label={t('views.batches.chart.tableLabel', { title })}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('views.batches.chart.outcome')}</Table.Th>
            <Table.Th ta="right">{t('views.batches.chart.rows')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.map((bar) => (
            <Table.Tr key={bar.key} data-outcome={bar.key}>
              <Table.Td>{bar.label}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {units.number(bar.rows)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </figure>
  );
}
