// Identities per namespace as a bar chart with a title, and the same figures as a table for screen readers and keyboard users.
import type { ProfileStats } from '../../../shared/contract';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { namespaceColors } from '../../wizards/verify/model/namespace-colors';
import { BarFigure } from '../common/BarFigure';

export const CHART_HEIGHT = 220;

export function NamespaceChart({ byNamespace }: { byNamespace: ProfileStats['byNamespace'] }) {
  const t = useT();
  const format = useFormat();
  const colors = namespaceColors(byNamespace.map((entry) => entry.code));
  const total = byNamespace.reduce((sum, entry) => sum + entry.identities, 0);
  return (
    <BarFigure
      title={t('views.profiles.chart.title')}
      summary={t('views.profiles.chart.summary', { count: total, namespaces: byNamespace.length })}
      bars={byNamespace.map((entry) => ({
        key: entry.code,
        label: entry.code,
        value: entry.identities,
        color: `var(--mantine-color-${colors.get(entry.code) ?? 'gray'}-6)`,
      }))}
      height={CHART_HEIGHT}
      labelWidth={110}
      tableLabel={t('views.profiles.chart.tableLabel')}
      labelHeader={t('views.profiles.chart.namespace')}
      valueHeader={t('views.profiles.chart.identities')}
      formatValue={format.number}
      rowAttribute="data-namespace"
      emptyText={t('views.profiles.chart.empty')}
    />
  );
}
