// A batch's status as a coloured badge with its translated name.
import { Badge, type MantineColor } from '@mantine/core';
import type { BatchStatus as Status } from '../../../../shared/contract';
import { useT } from '../../../i18n/useT';

const COLORS: Record<Status, MantineColor> = {
  loading: 'blue',
  staging: 'blue',
  success: 'green',
  failed: 'red',
  aborted: 'gray',
  inactive: 'gray',
  deleted: 'gray',
};

export function BatchStatus({ status }: { status: Status }) {
  const t = useT();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm">
      {t(`wizards.verify.batchStatus.${status}`)}
    </Badge>
  );
}
