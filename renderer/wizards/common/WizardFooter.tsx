// Back / Next at the foot of a wizard step; Next says what it will do when that is more than moving on.
import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { Icon } from '../../app/icons';

export interface WizardFooterProps {
  onBack?: () => void;
  onNext?: () => void;
  nextLabel?: string;
  isPending?: boolean;
  /** Extra actions at the start of the footer (e.g. Start over). */
  start?: ReactNode;
  /** Replaces the Next button (e.g. the review step's own action). */
  end?: ReactNode;
}

export function WizardFooter({
  onBack,
  onNext,
  nextLabel,
  isPending = false,
  start,
  end,
}: WizardFooterProps) {
  const t = useT();
  return (
    <Group justify="space-between" wrap="nowrap">
      <Group gap="sm">{start}</Group>
      <Group gap="sm" wrap="nowrap">
        {onBack ? (
          <Button
            variant="default"
            onClick={onBack}
            disabled={isPending}
            leftSection={<Icon name="arrowLeft" size={16} />}
          >
            {t('wizards.schema.kit.back')}
          </Button>
        ) : null}
        {end}
        {onNext ? (
          <Button onClick={onNext} loading={isPending} rightSection={<Icon name="arrowRight" size={16} />}>
            {nextLabel ?? t('wizards.schema.kit.next')}
          </Button>
        ) : null}
      </Group>
    </Group>
  );
}
