// The import wizard on the wizard kit: the stepper, the current step, and Back / Next with the reason a step cannot go on.
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { WizardFrame } from '../common/WizardFrame';
import { StepFooter } from './components/StepFooter';
import { useDatasetCatalog } from './hooks/useDatasetCatalog';
import { useImportFlow } from './hooks/useImportFlow';
import { STEPS, type StepId } from './state/import-wizard-store';
import { useWizard } from './state/ImportWizardProvider';
import { DatasetStep } from './steps/DatasetStep';
import { FilesStep } from './steps/FilesStep';
import { IngestStep } from './steps/IngestStep';
import { PreviewStep } from './steps/PreviewStep';
import { ResultStep } from './steps/ResultStep';
import { ValidateStep } from './steps/ValidateStep';

export function ImportWizard({ sandbox }: { sandbox: string }) {
  const t = useT();
  const step = useWizard((state) => state.step);
  const { reloadBatches } = useDatasetCatalog(sandbox);
  const datasetId = useWizard((state) => state.datasetId);
  const flow = useImportFlow(sandbox, () => {
    if (datasetId) void reloadBatches(datasetId);
  });
  const active = STEPS.indexOf(step);
  // Once rows are going in, the earlier steps describe a batch that exists: they cannot be reopened.
  const isLocked = active >= STEPS.indexOf('ingest');

  const content: Record<StepId, ReactNode> = {
    dataset: <DatasetStep sandbox={sandbox} />,
    files: <FilesStep sandbox={sandbox} />,
    preview: <PreviewStep sandbox={sandbox} />,
    validate: <ValidateStep onRun={flow.validate} isRunning={flow.isValidating} />,
    ingest: <IngestStep sandbox={sandbox} />,
    result: <ResultStep sandbox={sandbox} />,
  };

  return (
    <WizardFrame
      stepsLabel={t('wizards.import.steps.label')}
      steps={STEPS.map((id) => ({ label: t(`wizards.import.step.${id}`) }))}
      active={active}
      onStepClick={(index) => flow.goBackTo(STEPS[index] ?? 'dataset')}
      canSelectStep={(index) => !isLocked && index < active}
      footer={
        isLocked ? undefined : (
          <StepFooter onBack={flow.back} onNext={flow.next} isBusy={flow.isStarting || flow.isValidating} />
        )
      }
    >
      {content[step]}
    </WizardFrame>
  );
}
