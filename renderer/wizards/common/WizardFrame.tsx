// The frame every wizard shares: a Stepper as step navigation, the active step, why it cannot go on, and Back / Next.
import { Alert, Card, List, Stepper } from '@mantine/core';
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { translateReason, type Reason } from './reasons';
import classes from './WizardFrame.module.css';
import { Icon } from '../../app/icons';
import { StepHeadingIdContext } from './StepHeading';

export interface WizardStepInfo {
  label: string;
  /** A short line under the label. */
  description?: string;
}

export interface WizardFrameProps {
  /** Accessible name of the step navigation. */
  stepsLabel: string;
  steps: readonly WizardStepInfo[];
  /** Index of the active step; `steps.length` once the wizard is finished. */
  active: number;
  /** Called when the user picks a step they may go to. */
  onStepClick(index: number): void;
  /** Which steps other than the active one may be picked; by default the earlier ones. */
  canSelectStep?: (index: number) => boolean;
  /** Why the last attempt to go on was refused. */
  blocked?: readonly Reason[];
  children: ReactNode;
  footer?: ReactNode;
}

export function WizardFrame({
  stepsLabel,
  steps,
  active,
  onStepClick,
  canSelectStep = (index) => index < active,
  blocked = [],
  children,
  footer,
}: WizardFrameProps) {
  const t = useT();
  const content = useRef<HTMLElement>(null);
  const shown = useRef(active);
  const headingId = useId();

  // Focus follows the step: keyboard and screen-reader users land on the new step's heading.
  useEffect(() => {
    if (shown.current === active) return;
    shown.current = active;
    content.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [active]);

  return (
    <Card className={classes.frame}>
      <nav aria-label={stepsLabel} className={classes.steps}>
        <Stepper active={active} onStepClick={onStepClick} size="sm" iconSize={30} wrap={false}>
          {steps.map((step, index) => (
            <Stepper.Step
              key={step.label}
              label={step.label}
              description={step.description}
              allowStepSelect={index !== active && canSelectStep(index)}
              className={classes.stepButton}
              aria-label={t(index < active ? 'wizards.schema.kit.stepDone' : 'wizards.schema.kit.step', {
                number: index + 1,
                count: steps.length,
                label: step.label,
              })}
              aria-current={index === active ? 'step' : undefined}
              aria-disabled={(index !== active && !canSelectStep(index)) || undefined}
            />
          ))}
        </Stepper>
      </nav>
      <section ref={content} className={classes.content} aria-labelledby={headingId}>
        <StepHeadingIdContext value={headingId}>{children}</StepHeadingIdContext>
        {blocked.length > 0 ? (
          <Alert
            mt="xl"
            color="orange"
            variant="light"
            title={t('wizards.schema.kit.blockedTitle')}
            icon={<Icon name="alert" />}
            data-testid="wizard-blocked"
          >
            <List size="sm" spacing={4}>
              {blocked.map((item) => (
                <List.Item key={item.key}>{translateReason(t, item)}</List.Item>
              ))}
            </List>
          </Alert>
        ) : null}
      </section>
      {footer ? <div className={classes.footer}>{footer}</div> : null}
    </Card>
  );
}
