// Accepted rows against failed rows by error code, as a bar chart with a title and the same figures as a table.
import type { Translate } from '../../i18n/translate';
import { useT } from '../../i18n/useT';
import { useUnits } from '../../wizards/import/hooks/useUnits';
import { BarFigure } from '../common/BarFigure';
import type { OutcomeBar } from './batch-outcomes';

const CHART_HEIGHT = 200;

function barLabel(t: Translate, bar: OutcomeBar): string {
  if (bar.kind === 'accepted') return t('views.batches.chart.accepted');
  if (bar.kind === 'other') return t('views.batches.chart.other');
  return bar.key;
}

function barColor(bar: OutcomeBar): string {
  if (bar.kind === 'accepted') return 'var(--mantine-color-teal-6)';
  if (bar.kind === 'other') return 'var(--mantine-color-orange-6)';
  return 'var(--mantine-color-red-6)';
}

export function OutcomeChart({ bars, title }: { bars: readonly OutcomeBar[]; title: string }) {
  const t = useT();
  const units = useUnits();
  const failed = bars.filter((bar) => bar.kind !== 'accepted').reduce((sum, bar) => sum + bar.rows, 0);
  const accepted = bars.find((bar) => bar.kind === 'accepted')?.rows ?? 0;
  return (
    <BarFigure
      title={title}
      summary={t('views.batches.chart.summary', {
        accepted: units.number(accepted),
        failed: units.number(failed),
      })}
      bars={bars.map((bar) => ({
        key: bar.key,
        label: barLabel(t, bar),
        value: bar.rows,
        color: barColor(bar),
      }))}
      height={CHART_HEIGHT}
      labelWidth={170}
      tableLabel={t('views.batches.chart.tableLabel', { title })}
      labelHeader={t('views.batches.chart.outcome')}
      valueHeader={t('views.batches.chart.rows')}
      formatValue={units.number}
      rowAttribute="data-outcome"
    />
  );
}
