// Back / Next at the foot of a wizard step; Next says what it will do when that is more than moving on.
import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { Icon } from '../../app/icons';
import classes from './WizardFrame.module.css';

export interface WizardFooterProps {
  onBack?: () => void;
  onNext?: () => void;
  nextLabel?: string;
  isPending?: boolean;
  /** Extra actions at the start of the footer (e.g. Start over). */
  start?: ReactNode;
  /**
   * Why the step cannot go on, next to the buttons and announced as an alert (`null` while there is
   * none). Wizards that say why in the frame (its `blocked` list) leave this out.
   */
  message?: ReactNode;
  /** Replaces the Next button (e.g. the review step's own action). */
  end?: ReactNode;
}

export function WizardFooter({
  onBack,
  onNext,
  nextLabel,
  isPending = false,
  start,
  message,
  end,
}: WizardFooterProps) {
  const t = useT();
  return (
    <Group justify="space-between" wrap="nowrap">
      <Group gap="sm">{start}</Group>
      {message === undefined ? null : (
        // Always present, so assistive technology announces each message as it appears.
        <div className={classes.footerMessage} role="alert" aria-live="assertive">
          {message}
        </div>
      )}
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
