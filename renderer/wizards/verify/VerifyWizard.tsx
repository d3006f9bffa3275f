// The verify wizard's frame: the stepper, the current step, and the footer with Back and the step's next action.
import { Button, Card, Stepper } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { Icon } from '../../app/icons';
import { useT } from '../../i18n/useT';
import { useLookup } from './hooks/useLookup';
import { useTouchedProfiles } from './hooks/useTouchedProfiles';
import { useVerifyCatalog } from './hooks/useVerifyCatalog';
import { STEPS, type StepId } from './state/verify-wizard-store';
import { useVerifyWizard } from './state/VerifyWizardProvider';
import { LookupStep, LOOKUP_FORM_ID } from './steps/LookupStep';
import { ResultStep } from './steps/ResultStep';
import { UploadStep } from './steps/UploadStep';
import card from '../common/WizardCard.module.css';

export function VerifyWizard({ sandbox }: { sandbox: string }) {
  const t = useT();
  const step = useVerifyWizard((state) => state.step);
  const hasResult = useVerifyWizard((state) => state.submitted !== undefined);
  const goTo = useVerifyWizard((state) => state.goTo);
  useVerifyCatalog(sandbox);
  const touched = useTouchedProfiles(sandbox);
  const lookup = useLookup(sandbox);
  const active = STEPS.indexOf(step);
  // A new step replaces the control that led to it: move focus to the step's heading so keyboard and
  // screen-reader users start reading there (not on first render, which keeps the page's own focus).
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    document.getElementById(`verify-step-${step}`)?.focus();
  }, [step]);
  const isReachable = (id: StepId) => id !== 'result' || hasResult;

  const content: Record<StepId, ReactNode> = {
    upload: <UploadStep isLoadingProfiles={touched.isLoading} onLookUp={lookup.lookUp} />,
    lookup: <LookupStep onLookUp={lookup.lookUp} />,
    result: <ResultStep lookup={lookup} />,
  };

  return (
    <Card padding={0} className={card.wizard}>
      <nav aria-label={t('wizards.verify.steps.label')} className={card.steps}>
        <Stepper
          active={active}
          onStepClick={(index) => goTo(STEPS[index] ?? 'upload')}
          size="sm"
          iconSize={30}
          wrap={false}
        >
          {STEPS.map((id, index) => (
            <Stepper.Step
              key={id}
              label={t(`wizards.verify.step.${id}`)}
              description={t(`wizards.verify.step.${id}.short`)}
              aria-current={index === active ? 'step' : undefined}
              allowStepSelect={index !== active && isReachable(id)}
            />
          ))}
        </Stepper>
      </nav>
      <section className={card.body} aria-labelledby={`verify-step-${step}`}>
        {content[step]}
      </section>
      <footer className={card.footer}>
        <Button variant="default" onClick={() => goTo(STEPS[active - 1] ?? 'upload')} disabled={active === 0}>
          {t('wizards.verify.back')}
        </Button>
        <div className={card.footerMessage} />
        {step === 'upload' ? (
          <Button onClick={() => goTo('lookup')} rightSection={<Icon name="arrowRight" size={16} />}>
            {t('wizards.verify.next.upload')}
          </Button>
        ) : null}
        {step === 'lookup' ? (
          <Button type="submit" form={LOOKUP_FORM_ID} rightSection={<Icon name="arrowRight" size={16} />}>
            {t('wizards.verify.next.lookup')}
          </Button>
        ) : null}
        {step === 'result' ? (
          <Button variant="default" onClick={() => goTo('upload')}>
            {t('wizards.verify.next.result')}
          </Button>
        ) : null}
      </footer>
    </Card>
  );
}
