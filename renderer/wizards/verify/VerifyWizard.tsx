// The verify wizard on the wizard kit: the stepper, the current step, and the footer with Back and the step's next action.
import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { Icon } from '../../app/icons';
import { useT } from '../../i18n/useT';
import { WizardFooter } from '../common/WizardFooter';
import { WizardFrame } from '../common/WizardFrame';
import { useLookup } from './hooks/useLookup';
import { useTouchedProfiles } from './hooks/useTouchedProfiles';
import { useVerifyCatalog } from './hooks/useVerifyCatalog';
import { STEPS, type StepId } from './state/verify-wizard-store';
import { useVerifyWizard } from './state/VerifyWizardProvider';
import { LookupStep, LOOKUP_FORM_ID } from './steps/LookupStep';
import { ResultStep } from './steps/ResultStep';
import { UploadStep } from './steps/UploadStep';

export function VerifyWizard({ sandbox }: { sandbox: string }) {
  const t = useT();
  const step = useVerifyWizard((state) => state.step);
  const hasResult = useVerifyWizard((state) => state.submitted !== undefined);
  const goTo = useVerifyWizard((state) => state.goTo);
  useVerifyCatalog(sandbox);
  const touched = useTouchedProfiles(sandbox);
  const lookup = useLookup(sandbox);
  const active = STEPS.indexOf(step);
  // Steps are views over the same choice, so going forward by the stepper is fine once there is a result.
  const isReachable = (id: StepId) => id !== 'result' || hasResult;

  const content: Record<StepId, ReactNode> = {
    upload: <UploadStep isLoadingProfiles={touched.isLoading} onLookUp={lookup.lookUp} />,
    lookup: <LookupStep onLookUp={lookup.lookUp} />,
    result: <ResultStep lookup={lookup} />,
  };

  return (
    <WizardFrame
      stepsLabel={t('wizards.verify.steps.label')}
      steps={STEPS.map((id) => ({
        label: t(`wizards.verify.step.${id}`),
        description: t(`wizards.verify.step.${id}.short`),
      }))}
      active={active}
      onStepClick={(index) => goTo(STEPS[index] ?? 'upload')}
      canSelectStep={(index) => isReachable(STEPS[index] ?? 'upload')}
      footer={
        <WizardFooter
          onBack={active > 0 ? () => goTo(STEPS[active - 1] ?? 'upload') : undefined}
          onNext={step === 'upload' ? () => goTo('lookup') : undefined}
          nextLabel={t('wizards.verify.next.upload')}
          end={
            step === 'lookup' ? (
              <Button type="submit" form={LOOKUP_FORM_ID} rightSection={<Icon name="arrowRight" size={16} />}>
                {t('wizards.verify.next.lookup')}
              </Button>
            ) : step === 'result' ? (
              <Button variant="default" onClick={() => goTo('upload')}>
                {t('wizards.verify.next.result')}
              </Button>
            ) : null
          }
        />
      }
    >
      {content[step]}
    </WizardFrame>
  );
}
