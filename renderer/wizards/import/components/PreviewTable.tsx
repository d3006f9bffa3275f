// The first rows of a file, virtualised: raw text beside the parsed record, coerced values marked, outcome per row.
import { Badge, Stack, Text } from '@mantine/core';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { DryRunRow } from '../../../../shared/contract';
import { useT } from '../../../i18n/useT';
import classes from './PreviewTable.module.css';
import { pointerToPath, recordEntries } from './record-entries';

/** The scroller's CSS height; used until the browser has laid the table out. */
const VIEWPORT_HEIGHT = 380;

export function PreviewTable({
  rows,
  label,
  hasRawText,
}: {
  rows: readonly DryRunRow[];
  label: string;
  hasRawText: boolean;
}) {
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  // The virtualiser hands out fresh measurements every render by design; nothing below is memoised.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 60,
    overscan: 8,
    // A table not laid out yet (a hidden step, a DOM without layout) still shows its first rows.
    observeElementRect: (instance, notify) =>
      observeElementRect(instance, (rect) =>
        notify(rect.height > 0 ? rect : { width: rect.width, height: VIEWPORT_HEIGHT }),
      ),
  });
  const items = virtualizer.getVirtualItems();

  return (
    <div role="table" aria-label={label} aria-rowcount={rows.length + 1} className={classes.table}>
      <div role="rowgroup" className={classes.headGroup}>
        <div role="row" aria-rowindex={1} className={`${classes.row} ${classes.head}`}>
          <span role="columnheader">{t('wizards.import.preview.row')}</span>
          <span role="columnheader">{t('wizards.import.preview.line')}</span>
          <span role="columnheader">{t('wizards.import.preview.raw')}</span>
          <span role="columnheader">{t('wizards.import.preview.parsed')}</span>
          <span role="columnheader">{t('wizards.import.preview.outcome')}</span>
        </div>
      </div>
      <div
        ref={scroller}
        className={classes.scroller}
        tabIndex={0}
        role="rowgroup"
        aria-label={t('wizards.import.preview.scroll')}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <div
                key={item.key}
                role="row"
                aria-rowindex={item.index + 2}
                data-index={item.index}
                data-outcome={row.outcome}
                ref={virtualizer.measureElement}
                className={classes.row}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <span role="cell" className={classes.number}>
                  {row.row}
                </span>
                <span role="cell" className={classes.number}>
                  {row.line ?? '—'}
                </span>
                <span role="cell" className={classes.raw}>
                  {row.raw ?? (hasRawText ? '' : t('wizards.import.preview.noRaw'))}
                </span>
                <span role="cell">
                  <ParsedRecord row={row} />
                </span>
                <span role="cell">
                  <Outcome row={row} />
                </span>
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

function ParsedRecord({ row }: { row: DryRunRow }) {
  const t = useT();
  const entries = recordEntries(row.record, row.coercions);
  return (
    <Stack gap={2}>
      {entries.length === 0 && !row.record ? (
        <Text size="xs" c="dimmed">
          {t('wizards.import.preview.unparsed')}
        </Text>
      ) : null}
      <span className={classes.entries}>
        {entries.map((entry) => (
          <span key={entry.path} className={classes.entry}>
            <span className={classes.key}>{entry.path}</span>{' '}
            {entry.coercedFrom !== undefined ? (
              <mark
                className={classes.coerced}
                title={t('wizards.import.preview.coercedFrom', { raw: entry.coercedFrom })}
              >
                {entry.value}
                <span className={classes.hidden}>
                  {' '}
                  {t('wizards.import.preview.coercedFrom', { raw: entry.coercedFrom })}
                </span>
              </mark>
            ) : (
              <span>{entry.value}</span>
            )}
          </span>
        ))}
      </span>
      {row.errors.map((error, index) => (
        <Text key={index} size="xs" className={classes.error}>
          {pointerToPath(error.pointerToViolation) ? (
            <span className={classes.key}>{pointerToPath(error.pointerToViolation)}</span>
          ) : null}{' '}
          {error.message}
        </Text>
      ))}
    </Stack>
  );
}

function Outcome({ row }: { row: DryRunRow }) {
  const t = useT();
  const coerced = row.coercions.length;
  return (
    <Stack gap={4} align="flex-start">
      {row.outcome === 'failed' ? (
        <Badge color="red" variant="light" size="sm">
          {t('wizards.import.outcome.failed')}
        </Badge>
      ) : row.outcome === 'skipped' ? (
        <Badge color="yellow" variant="light" size="sm">
          {t('wizards.import.outcome.skipped')}
        </Badge>
      ) : (
        <Badge color="teal" variant="light" size="sm">
          {t('wizards.import.outcome.accepted')}
        </Badge>
      )}
      {row.code ? (
        <Text size="xs" ff="monospace" c="dimmed">
          {row.code}
        </Text>
      ) : null}
      {coerced > 0 ? (
        <Text size="xs" c="dimmed">
          {t('wizards.import.preview.coerced', { count: coerced })}
        </Text>
      ) : null}
    </Stack>
  );
}
