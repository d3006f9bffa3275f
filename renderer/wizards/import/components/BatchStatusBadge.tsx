// A batch status as a coloured badge with its platform name (success, failed, aborted, …).
import { Badge, type BadgeProps } from '@mantine/core';
import type { BatchStatus } from '../../../../shared/contract';
import { useT } from '../../../i18n/useT';

const COLORS: Record<BatchStatus, string> = {
  loading: 'blue',
  staging: 'blue',
  success: 'teal',
  failed: 'red',
  aborted: 'orange',
  inactive: 'gray',
  deleted: 'gray',
};

export function BatchStatusBadge({
  status,
  ...props
}: { status: BatchStatus } & Omit<BadgeProps, 'color' | 'children'>) {
  const t = useT();
  return (
    <Badge variant="light" color={COLORS[status]} data-status={status} {...props}>
      {t(`wizards.import.status.${status}`)}
    </Badge>
  );
}
