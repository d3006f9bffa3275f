// The frame every wizard shares: a Stepper as step navigation, the active step, why it cannot go on, and Back / Next.
import { Alert, Card, List, Stepper } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { translateReason, type Reason } from './reasons';
import classes from './WizardFrame.module.css';
import { Icon } from '../../app/icons';

export interface WizardStepInfo {
  label: string;
}

export interface WizardFrameProps {
  /** Accessible name of the step navigation. */
  stepsLabel: string;
  steps: readonly WizardStepInfo[];
  /** Index of the active step; `steps.length` once the wizard is finished. */
  active: number;
  /** Called for steps already done (earlier steps); later steps cannot be selected. */
  onStepClick(index: number): void;
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
  blocked = [],
  children,
  footer,
}: WizardFrameProps) {
  const t = useT();
  const content = useRef<HTMLDivElement>(null);
  const shown = useRef(active);

  // Focus follows the step: keyboard and screen-reader users land on the new step's heading.
  useEffect(() => {
    if (shown.current === active) return;
    shown.current = active;
    content.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [active]);

  return (
    <Card className={classes.frame}>
      <nav aria-label={stepsLabel} className={classes.steps}>
        <Stepper
          active={active}
          onStepClick={onStepClick}
          allowNextStepsSelect={false}
          size="sm"
          iconSize={30}
          wrap={false}
        >
          {steps.map((step, index) => (
            <Stepper.Step
              key={step.label}
              label={step.label}
              className={classes.stepButton}
              aria-label={t(index < active ? 'wizards.schema.kit.stepDone' : 'wizards.schema.kit.step', {
                number: index + 1,
                count: steps.length,
                label: step.label,
              })}
              aria-current={index === active ? 'step' : undefined}
              aria-disabled={index > active || undefined}
            />
          ))}
        </Stepper>
      </nav>
      <div ref={content} className={classes.content}>
        {children}
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
      </div>
      {footer ? <div className={classes.footer}>{footer}</div> : null}
    </Card>
  );
}
