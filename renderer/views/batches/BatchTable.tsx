// The batches as a virtualised table: status, dataset, format, row metrics, size and time; a row opens its batch.
import { Anchor, Skeleton, Text } from '@mantine/core';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { BatchView, IngestProgress } from '../../../shared/contract';
import { useT } from '../../i18n/useT';
import { BatchStatusBadge } from '../../wizards/import/components/BatchStatusBadge';
import { useUnits } from '../../wizards/import/hooks/useUnits';
import { useTime } from '../../wizards/verify/hooks/useTime';
import { datasetOf } from './batch-outcomes';
import classes from './BatchTable.module.css';

const ROW_HEIGHT = 44;
/** The scroller's CSS height; used until the browser has laid the table out. */
const VIEWPORT_HEIGHT = 308;

export interface BatchTableProps {
  batches: readonly BatchView[] | undefined;
  datasetNames: ReadonlyMap<string, string>;
  progress: Readonly<Record<string, IngestProgress>>;
  selectedId: string | undefined;
  onOpen(batchId: string): void;
  /** Shown instead of rows when there are none. */
  empty: string;
}

export function BatchTable({ batches, datasetNames, progress, selectedId, onOpen, empty }: BatchTableProps) {
  const t = useT();
  const units = useUnits();
  const time = useTime();
  const scroller = useRef<HTMLDivElement>(null);
  const rows = batches ?? [];
  // The virtualiser hands out fresh measurements every render by design; nothing below is memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 10,
    // A DOM without layout (tests) still shows the first rows.
    observeElementRect: (instance, notify) =>
      observeElementRect(instance, (rect) =>
        notify(rect.height > 0 ? rect : { width: rect.width, height: VIEWPORT_HEIGHT }),
      ),
  });

  const header = (
    <div role="rowgroup" className={classes.headGroup}>
      <div role="row" aria-rowindex={1} className={`${classes.row} ${classes.head}`}>
        <span role="columnheader">{t('views.batches.col.batch')}</span>
        <span role="columnheader">{t('views.batches.col.status')}</span>
        <span role="columnheader">{t('views.batches.col.dataset')}</span>
        <span role="columnheader">{t('views.batches.col.format')}</span>
        <span role="columnheader" className={classes.number}>
          {t('views.batches.col.input')}
        </span>
        <span role="columnheader" className={classes.number}>
          {t('views.batches.col.output')}
        </span>
        <span role="columnheader" className={classes.number}>
          {t('views.batches.col.failed')}
        </span>
        <span role="columnheader" className={classes.number}>
          {t('views.batches.col.bytes')}
        </span>
        <span role="columnheader">{t('views.batches.col.created')}</span>
      </div>
    </div>
  );

  return (
    <div
      role="table"
      aria-label={t('views.batches.tableLabel')}
      aria-rowcount={rows.length + 1}
      aria-busy={batches === undefined}
      className={classes.table}
    >
      {header}
      {batches === undefined ? (
        <div className={classes.scroller} role="rowgroup">
          {Array.from({ length: 7 }, (_, index) => (
            <div key={index} className={classes.row} style={{ position: 'static' }}>
              <Skeleton height={12} radius="sm" />
            </div>
          ))}
        </div>
      ) : rows.length === 0 ? (
        <div className={classes.empty} role="rowgroup">
          <div role="row">
            <Text role="cell" size="sm" c="dimmed">
              {empty}
            </Text>
          </div>
        </div>
      ) : (
        <div
          ref={scroller}
          className={classes.scroller}
          tabIndex={0}
          role="rowgroup"
          aria-label={t('views.batches.scroll')}
        >
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const batch = rows[item.index];
              if (!batch) return null;
              const datasetId = datasetOf(batch);
              const live = progress[batch.id];
              const metrics = batch.metrics;
              const isSelected = batch.id === selectedId;
              return (
                <div
                  key={batch.id}
                  role="row"
                  aria-rowindex={item.index + 2}
                  aria-selected={isSelected}
                  data-selected={isSelected || undefined}
                  data-batch={batch.id}
                  className={classes.row}
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  <span role="cell">
                    <Anchor
                      component="button"
                      type="button"
                      className={classes.open}
                      aria-label={t('views.batches.open', { id: batch.id })}
                      aria-current={isSelected || undefined}
                      onClick={() => onOpen(batch.id)}
                      data-dynamic
                    >
                      {batch.id}
                    </Anchor>
                  </span>
                  <span role="cell">
                    <BatchStatusBadge status={batch.status} size="sm" />
                  </span>
                  <span role="cell" title={datasetId ? datasetNames.get(datasetId) : undefined}>
                    {datasetId ? (datasetNames.get(datasetId) ?? datasetId) : '—'}
                  </span>
                  <span role="cell">{t(`views.batches.format.${batch.inputFormat.format}`)}</span>
                  <span role="cell" className={classes.number}>
                    {units.number(live ? live.rowsRead : (metrics?.inputRecordCount ?? 0))}
                  </span>
                  <span role="cell" className={classes.number}>
                    {metrics ? units.number(metrics.outputRecordCount) : '—'}
                  </span>
                  <span role="cell" className={classes.number}>
                    {units.number(live ? live.rowsFailed : (metrics?.failedRecordCount ?? 0))}
                  </span>
                  <span role="cell" className={classes.number}>
                    {units.bytes(live ? live.bytesRead : (metrics?.inputByteSize ?? 0))}
                  </span>
                  <span role="cell" className={classes.time} data-dynamic>
                    {time(batch.created)}
                  </span>
                </div>
              );
            })}
          </div>
        </div>
      )}
    </div>
  );
}
