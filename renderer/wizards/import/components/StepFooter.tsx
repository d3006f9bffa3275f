// Back / Next under each step, with the reason the step cannot go on announced next to them.
import { Group, Text } from '@mantine/core';
import { Icon } from '../../../app/icons';
import { useT } from '../../../i18n/useT';
import type { Translate } from '../../../i18n/translate';
import { assertNever } from '../../../../shared/util/assert';
import { useWizard } from '../state/ImportWizardProvider';
import type { StepId } from '../state/import-wizard-store';
import type { StepBlock } from '../state/step-rules';
import { WizardFooter } from '../../common/WizardFooter';
import classes from '../../common/WizardFrame.module.css';

/** The sentence for each reason a step gives. */
export function blockMessage(t: Translate, block: StepBlock): string {
  switch (block.reason) {
    case 'pickDataset':
      return t('wizards.import.block.pickDataset');
    case 'datasetGone':
      return t('wizards.import.block.datasetGone');
    case 'addFiles':
      return t('wizards.import.block.addFiles');
    case 'emptyFile':
      return t('wizards.import.block.emptyFile', { name: block.name });
    case 'detecting':
      return t('wizards.import.block.detecting');
    case 'mixedFormats':
      return t('wizards.import.block.mixedFormats', {
        formats: block.formats.map((format) => t(`wizards.import.format.${format}`)).join(', '),
      });
    case 'mapColumns':
      return t('wizards.import.block.mapColumns');
    case 'duplicatePath':
      return t('wizards.import.block.duplicatePath', { path: block.path, columns: block.columns });
    case 'sampleRange':
      return t('wizards.import.block.sampleRange');
    case 'percentRange':
      return t('wizards.import.block.percentRange');
    case 'runDryRun':
      return t('wizards.import.block.runDryRun');
    case 'ingesting':
      return t('wizards.import.block.ingesting');
    default:
      return assertNever(block, 'step block');
  }
}

const NEXT_LABEL = {
  dataset: 'wizards.import.next.dataset',
  files: 'wizards.import.next.files',
  preview: 'wizards.import.next.preview',
  validate: 'wizards.import.next.validate',
} as const satisfies Partial<Record<StepId, string>>;

/** The kit's footer for the steps before ingesting: Back, Next named for what it does, and why not. */
export function StepFooter({ onBack, onNext, isBusy }: { onBack(): void; onNext(): void; isBusy: boolean }) {
  const t = useT();
  const step = useWizard((state) => state.step);
  const block = useWizard((state) => state.block);
  if (step === 'ingest' || step === 'result') return null;
  return (
    <WizardFooter
      onBack={step === 'dataset' ? undefined : onBack}
      onNext={onNext}
      nextLabel={t(NEXT_LABEL[step])}
      isPending={isBusy}
      message={
        block ? (
          <Group gap={8} wrap="nowrap" className={classes.blockText}>
            <Icon name="alert" size={16} />
            <Text size="sm" c="inherit" fw={500}>
              {blockMessage(t, block)}
            </Text>
          </Group>
        ) : null
      }
    />
  );
}
