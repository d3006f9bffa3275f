// The schema wizard: five steps in a Stepper, each checked before moving on, then the finish page.
import { Button, Skeleton } from '@mantine/core';
import { assertNever } from '../../../shared/util/assert';
import { useT } from '../../i18n/useT';
import { useEngineQuery } from '../common/useEngineQuery';
import { WizardFooter } from '../common/WizardFooter';
import { WizardFrame } from '../common/WizardFrame';
import { ClassStep } from './ClassStep';
import { CustomFieldsStep } from './CustomFieldsStep';
import { EnableConfirmDialog } from './EnableConfirmDialog';
import { FieldGroupsStep } from './FieldGroupsStep';
import { IdentitiesStep } from './IdentitiesStep';
import { ReviewStep } from './ReviewStep';
import { SchemaFinished } from './SchemaFinished';
import { SCHEMA_STEPS, type SchemaStepId } from './schema-wizard-store';
import { useSchemaDraft, useSchemaWizard, useSchemaWizardStores } from './SchemaWizardProvider';
import { StartOverButton } from './StartOverDialog';
import { useResumeSchema } from './useResumeSchema';
import { useSchemaWizardFlow } from './useSchemaWizardFlow';
import { Icon } from '../../app/icons';

function StepContent({ step, review }: { step: SchemaStepId; review: Parameters<typeof ReviewStep>[0] }) {
  switch (step) {
    case 'class':
      return <ClassStep />;
    case 'fieldGroups':
      return <FieldGroupsStep />;
    case 'customFields':
      return <CustomFieldsStep />;
    case 'identities':
      return <IdentitiesStep />;
    case 'review':
      return <ReviewStep {...review} />;
    default:
      return assertNever(step, 'schema wizard step');
  }
}

export function SchemaWizard({ resume }: { resume?: string | undefined }) {
  const t = useT();
  const isResuming = useResumeSchema(resume);
  const { sandbox } = useSchemaWizardStores();
  const active = useSchemaWizard((state) => state.step);
  const blocked = useSchemaWizard((state) => state.blocked);
  const setConfirmOpen = useSchemaWizard((state) => state.setConfirmOpen);
  const schema = useSchemaDraft((state) => state.schema);
  const revision = useSchemaDraft((state) => state.revision);
  const flow = useSchemaWizardFlow();
  const step = SCHEMA_STEPS[active];
  // The checklist is the engine's: asked for on the review step, and again after every change to the draft.
  const locks = useEngineQuery(
    'registry-schema-locks',
    step === 'review' && schema ? { sandbox, ref: schema.$id } : undefined,
    revision,
  );
  const canEnable = locks.data !== undefined && locks.data.checks.every((check) => check.isMet);

  const steps = SCHEMA_STEPS.map((id) => ({ label: t(`wizards.schema.step.${id}`) }));
  const isDraftOwned = useSchemaWizard((state) => state.isDraftOwned);
  const isDraftDeletable = schema !== undefined && !schema.isProfileEnabled && isDraftOwned;

  if (isResuming) return <Skeleton h={420} radius="md" />;
  return (
    <>
      <WizardFrame
        stepsLabel={t('wizards.schema.steps')}
        steps={steps}
        active={active}
        onStepClick={flow.goTo}
        blocked={blocked}
        footer={
          step === undefined ? undefined : (
            <WizardFooter
              onBack={active > 0 ? flow.back : undefined}
              onNext={step === 'review' ? undefined : () => void flow.next()}
              nextLabel={
                step === 'fieldGroups' && !schema ? t('wizards.schema.createAndContinue') : undefined
              }
              isPending={flow.isPending}
              start={
                isDraftDeletable ? (
                  <StartOverButton onConfirm={flow.startOver} isPending={flow.isPending} />
                ) : null
              }
              end={
                step === 'review' ? (
                  <Button
                    color="orange"
                    disabled={!canEnable}
                    onClick={() => setConfirmOpen(true)}
                    leftSection={<Icon name="lock" size={16} />}
                    aria-describedby={canEnable ? undefined : 'enable-blocked-hint'}
                  >
                    {t('wizards.schema.enable')}
                  </Button>
                ) : null
              }
            />
          )
        }
      >
        {step === undefined ? (
          <SchemaFinished />
        ) : (
          <StepContent
            step={step}
            review={{
              locks: locks.data,
              onRecheck: () => void flow.refresh(),
              isChecking: flow.isPending || locks.isLoading,
            }}
          />
        )}
        {step === 'review' && !canEnable && locks.data ? (
          <span id="enable-blocked-hint" hidden>
            {t('wizards.schema.enableBlocked')}
          </span>
        ) : null}
      </WizardFrame>
      {locks.data ? <EnableConfirmDialog locks={locks.data.locks} /> : null}
    </>
  );
}
