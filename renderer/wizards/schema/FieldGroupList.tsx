// A virtualised multi-select listbox of field groups: arrow keys move, Space or Enter adds or removes.
import { Badge, CheckIcon, Group, Stack, Text } from '@mantine/core';
import { observeElementRect, useVirtualizer } from '@tanstack/react-virtual';
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { LibraryEntry } from '../../../shared/xdm/types';
import { useT } from '../../i18n/useT';
import classes from './SchemaWizard.module.css';

const ROW_HEIGHT = 58;
const PAGE = 6;
/** The list's CSS size, assumed while it has no layout (first paint, jsdom). */
const ASSUMED_RECT = { width: 480, height: 420 };

export interface FieldGroupListProps {
  label: string;
  entries: readonly LibraryEntry[];
  chosenIds: readonly string[];
  onToggle(entry: LibraryEntry): void;
}

export function FieldGroupList({ label, entries, chosenIds, onToggle }: FieldGroupListProps) {
  const t = useT();
  const id = useId();
  const scroller = useRef<HTMLDivElement>(null);
  const [activeIndex, setActiveIndex] = useState(0);
  // The virtualizer's functions are read during render only; nothing memoised depends on them.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: entries.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    initialRect: ASSUMED_RECT,
    observeElementRect: (instance, onRect) =>
      observeElementRect(instance, (rect) =>
        onRect(rect.width === 0 && rect.height === 0 ? ASSUMED_RECT : rect),
      ),
  });
  // The active option stays inside the list when a search shortens it.
  const active = Math.min(activeIndex, Math.max(entries.length - 1, 0));
  const optionId = (index: number) => `${id}-option-${index}`;

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(entries.length - 1, index));
    setActiveIndex(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + PAGE,
      PageUp: active - PAGE,
      Home: 0,
      End: entries.length - 1,
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      moveTo(target);
      return;
    }
    if (event.key === ' ' || event.key === 'Enter') {
      const entry = entries[active];
      if (!entry) return;
      event.preventDefault();
      onToggle(entry);
    }
  };

  return (
    <div
      ref={scroller}
      role="listbox"
      aria-label={label}
      aria-multiselectable="true"
      aria-activedescendant={entries.length > 0 ? optionId(active) : undefined}
      tabIndex={0}
      className={classes.groupList}
      // Short result lists get a short box; long ones scroll inside the list's full height.
      style={{ height: Math.min(ASSUMED_RECT.height, Math.max(entries.length, 3) * ROW_HEIGHT + 2) }}
      onKeyDown={onKeyDown}
    >
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed" p="md">
          {t('wizards.schema.groups.noMatch')}
        </Text>
      ) : null}
      <div role="presentation" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const entry = entries[row.index];
          if (!entry) return null;
          const isChosen = chosenIds.includes(entry.$id);
          return (
            <div
              key={entry.$id}
              id={optionId(row.index)}
              role="option"
              aria-selected={isChosen}
              aria-label={entry.title}
              aria-setsize={entries.length}
              aria-posinset={row.index + 1}
              data-active={row.index === active || undefined}
              className={classes.groupOption}
              style={{ height: row.size, transform: `translateY(${row.start}px)` }}
              onClick={() => {
                setActiveIndex(row.index);
                onToggle(entry);
              }}
            >
              <Group wrap="nowrap" gap="sm" h="100%" px="sm">
                <span className={classes.optionCheck} data-checked={isChosen || undefined} aria-hidden="true">
                  {isChosen ? <CheckIcon size={10} /> : null}
                </span>
                <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
                  <Text size="sm" fw={500} truncate>
                    {entry.title}
                  </Text>
                  <Text size="xs" c="dimmed" ff="monospace" truncate>
                    {entry['meta:altId']}
                  </Text>
                </Stack>
                {entry['meta:status'] === 'experimental' ? (
                  <Badge size="xs" variant="outline" color="gray" radius="sm">
                    {t('wizards.schema.groups.experimental')}
                  </Badge>
                ) : null}
              </Group>
            </div>
          );
        })}
      </div>
    </div>
  );
}
