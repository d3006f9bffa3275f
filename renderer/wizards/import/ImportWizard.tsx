// The import wizard's frame: the stepper, the current step, and Back / Next with the reason a step cannot go on.
import { Card, Stepper } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
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
import classes from '../common/WizardCard.module.css';

export function ImportWizard({ sandbox }: { sandbox: string }) {
  const t = useT();
  const step = useWizard((state) => state.step);
  const { reloadBatches } = useDatasetCatalog(sandbox);
  const datasetId = useWizard((state) => state.datasetId);
  const flow = useImportFlow(sandbox, () => {
    if (datasetId) void reloadBatches(datasetId);
  });
  const active = STEPS.indexOf(step);
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
    <Card padding={0} className={classes.wizard}>
      <nav aria-label={t('wizards.import.steps.label')} className={classes.steps}>
        <Stepper
          active={active}
          onStepClick={isLocked ? undefined : (index) => flow.goBackTo(STEPS[index] ?? 'dataset')}
          size="sm"
          iconSize={30}
          wrap={false}
        >
          {STEPS.map((id, index) => (
            <Stepper.Step
              key={id}
              label={t(`wizards.import.step.${id}`)}
              aria-current={index === active ? 'step' : undefined}
              allowStepSelect={!isLocked && index < active}
            />
          ))}
        </Stepper>
      </nav>
      <section className={classes.body} aria-labelledby={`import-step-${step}`}>
        {content[step]}
      </section>
      {isLocked ? null : (
        <StepFooter onBack={flow.back} onNext={flow.next} isBusy={flow.isStarting || flow.isValidating} />
      )}
    </Card>
  );
}
