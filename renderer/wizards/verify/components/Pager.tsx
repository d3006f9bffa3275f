// Previous / next paging for a list, with where the reader is ("Page 2 of 5") announced politely.
import { Button, Group, Text } from '@mantine/core';
import { useT } from '../../../i18n/useT';

export interface PagerProps {
  /** Names the navigation landmark, e.g. "Pages of batches". */
  label: string;
  page: number;
  pageCount: number;
  onChange(page: number): void;
  previousLabel?: string;
  nextLabel?: string;
  /** Replaces "Page x of y" (cursor paging does not know the page count). */
  status?: string;
  isBusy?: boolean;
}

export function Pager({
  label,
  page,
  pageCount,
  onChange,
  previousLabel,
  nextLabel,
  status,
  isBusy = false,
}: PagerProps) {
  const t = useT();
  return (
    <Group component="nav" aria-label={label} justify="space-between" gap="sm" mt="sm">
      <Button size="xs" variant="default" disabled={page <= 1 || isBusy} onClick={() => onChange(page - 1)}>
        {previousLabel ?? t('wizards.verify.pager.previous')}
      </Button>
      <Text size="xs" c="dimmed" aria-live="polite">
        {status ?? t('wizards.verify.pager.status', { page, pages: pageCount })}
      </Text>
      <Button
        size="xs"
        variant="default"
        disabled={page >= pageCount || isBusy}
        onClick={() => onChange(page + 1)}
      >
        {nextLabel ?? t('wizards.verify.pager.next')}
      </Button>
    </Group>
  );
}
