// The dataset wizard: choose, configure, review in a Stepper, then the dataset's Catalog view.
import { Button } from '@mantine/core';
import { useEffect } from 'react';
import { assertNever } from '../../../shared/util/assert';
import { useT } from '../../i18n/useT';
import { useEngineQuery } from '../common/useEngineQuery';
import { WizardFooter } from '../common/WizardFooter';
import { WizardFrame } from '../common/WizardFrame';
import { ChooseStep } from './ChooseStep';
import { ConfigureStep } from './ConfigureStep';
import { DatasetFinished } from './DatasetFinished';
import { DatasetReviewStep } from './DatasetReviewStep';
import { DATASET_STEPS, type DatasetStepId } from './dataset-wizard-store';
import { useDatasetDraft, useDatasetWizard, useDatasetWizardStores } from './DatasetWizardProvider';
import { useDatasetWizardFlow, type DatasetLists, type DatasetWizardFlow } from './useDatasetWizardFlow';
import { Icon } from '../../app/icons';

function StepContent({
  step,
  lists,
  flow,
}: {
  step: DatasetStepId;
  lists: DatasetLists;
  flow: DatasetWizardFlow;
}) {
  switch (step) {
    case 'choose':
      return <ChooseStep lists={lists} />;
    case 'configure':
      return <ConfigureStep lists={lists} flow={flow} />;
    case 'review':
      return <DatasetReviewStep lists={lists} flow={flow} />;
    default:
      return assertNever(step, 'dataset wizard step');
  }
}

export function DatasetWizard() {
  const t = useT();
  const { sandbox } = useDatasetWizardStores();
  const active = useDatasetWizard((state) => state.step);
  const mode = useDatasetWizard((state) => state.mode);
  const blocked = useDatasetWizard((state) => state.blocked);
  const appliedCalls = useDatasetWizard((state) => state.appliedCalls);
  // Lists are read again whenever the wizard's dataset changes (created, or new tags).
  const revision = useDatasetDraft((state) => `${state.dataset?.id ?? ''}:${state.dataset?.version ?? ''}`);
  const schemas = useEngineQuery('registry-schema-list', { sandbox });
  const datasets = useEngineQuery('catalog-dataset-list', { sandbox }, revision);
  const lists: DatasetLists = {
    schemas: schemas.data,
    datasets: datasets.data,
    reload: () => {
      schemas.reload();
      datasets.reload();
    },
  };
  const flow = useDatasetWizardFlow(lists);
  const resolveLink = useDatasetWizard((state) => state.resolveLink);
  // A link names a schema or dataset by id; it can be settled only once the lists have been read.
  useEffect(() => {
    if (schemas.data && datasets.data) resolveLink(schemas.data, datasets.data);
  }, [schemas.data, datasets.data, resolveLink]);
  const step = DATASET_STEPS[active];
  const steps = DATASET_STEPS.map((id) => ({ label: t(`wizards.dataset.step.${id}`) }));

  return (
    <WizardFrame
      stepsLabel={t('wizards.dataset.steps')}
      steps={steps}
      active={active}
      onStepClick={flow.goTo}
      blocked={blocked}
      footer={
        step === undefined ? undefined : (
          <WizardFooter
            onBack={active > 0 && appliedCalls === 0 ? flow.back : undefined}
            onNext={step === 'review' ? undefined : () => void flow.next()}
            isPending={flow.isPending || !lists.schemas || !lists.datasets}
            end={
              step === 'review' && mode === 'new' ? (
                <Button
                  onClick={() => void flow.createDataset()}
                  loading={flow.isPending}
                  leftSection={<Icon name="dataset" size={16} />}
                >
                  {t('wizards.dataset.review.create')}
                </Button>
              ) : null
            }
          />
        )
      }
    >
      {step === undefined ? <DatasetFinished /> : <StepContent step={step} lists={lists} flow={flow} />}
    </WizardFrame>
  );
}
