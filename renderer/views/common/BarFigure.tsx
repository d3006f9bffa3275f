// A horizontal bar chart as a figure: a title, a one-line summary, the chart (one image for assistive
// technology) and the same figures as a table for screen readers and keyboard users.
import { Table, Text, Title, useComputedColorScheme } from '@mantine/core';
import { useId } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, Tooltip, XAxis, YAxis } from 'recharts';

export interface FigureBar {
  key: string;
  label: string;
  value: number;
  /** A CSS colour, e.g. `var(--mantine-color-teal-6)`. */
  color: string;
}

export interface BarFigureProps {
  title: string;
  summary: string;
  bars: readonly FigureBar[];
  height: number;
  /** Width of the category axis, in pixels. */
  labelWidth: number;
  tableLabel: string;
  labelHeader: string;
  valueHeader: string;
  formatValue: (value: number) => string;
  /** Data attribute that names each table row by its bar's key, e.g. `data-outcome`. */
  rowAttribute: `data-${string}`;
  /** Shown instead of the chart when there are no bars. */
  emptyText?: string;
}

export function BarFigure(props: BarFigureProps) {
  const { title, summary, bars, height, formatValue } = props;
  const titleId = useId();
  const isDark = useComputedColorScheme('light') === 'dark';
  const axis = isDark ? 'var(--mantine-color-dark-1)' : 'var(--mantine-color-gray-7)';
  const data = bars.map((bar) => ({ ...bar }));

  return (
    <figure aria-labelledby={titleId} style={{ margin: 0 }}>
      <Title order={3} fz="md" id={titleId} mb={4}>
        {title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {summary}
      </Text>
      <div role="img" aria-label={`${title}. ${summary}`} style={{ height }}>
        {bars.length === 0 && props.emptyText !== undefined ? (
          <Text size="sm" c="dimmed">
            {props.emptyText}
          </Text>
        ) : (
          <BarChart
            responsive
            data={data}
            layout="vertical"
            margin={{ top: 4, right: 24, bottom: 4, left: 8 }}
            style={{ width: '100%', height }}
            accessibilityLayer={false}
          >
            <CartesianGrid horizontal={false} strokeDasharray="3 3" />
            <XAxis type="number" allowDecimals={false} tick={{ fill: axis, fontSize: 12 }} />
            <YAxis
              type="category"
              dataKey="label"
              width={props.labelWidth}
              tick={{ fill: axis, fontSize: 12 }}
              interval={0}
            />
            <Tooltip
              isAnimationActive={false}
              formatter={(value) => [formatValue(Number(value)), props.valueHeader]}
              contentStyle={{
                background: 'var(--mantine-color-body)',
                border: '1px solid var(--mantine-color-default-border)',
              }}
            />
            <Bar dataKey="value" isAnimationActive={false} maxBarSize={22}>
              {data.map((bar) => (
                <Cell key={bar.key} fill={bar.color} />
              ))}
            </Bar>
          </BarChart>
        )}
      </div>
      <Table mt="sm" verticalSpacing={4} fz="sm" aria-label={props.tableLabel}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{props.labelHeader}</Table.Th>
            <Table.Th ta="right">{props.valueHeader}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bars.map((bar) => (
            <Table.Tr key={bar.key} {...{ [props.rowAttribute]: bar.key }}>
              <Table.Td>{bar.label}</Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatValue(bar.value)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </figure>
  );
}
