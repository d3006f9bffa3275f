// Step 4: the batch's options and a dry run of a sample with them, before anything is written.
import { Alert, Button, Divider, Group, Loader, Text, Title } from '@mantine/core';
import { Icon } from '../../../app/icons';
import { useT } from '../../../i18n/useT';
import { DryRunReport } from '../components/DryRunReport';
import { IngestOptions } from '../components/IngestOptions';
import { StepHeading } from '../../common/StepHeading';
import { useImportData, useWizard } from '../state/ImportWizardProvider';
import { validationKey } from '../state/step-rules';

export function ValidateStep({ onRun, isRunning }: { onRun(): Promise<boolean>; isRunning: boolean }) {
  const t = useT();
  const validation = useImportData((state) => state.validation);
  const currentKey = useWizard(validationKey);
  const isStale = validation !== undefined && validation.key !== currentKey;

  return (
    <>
      <StepHeading
        mb="lg"
        title={t('wizards.import.dryRun.title')}
        description={t('wizards.import.dryRun.intro')}
        aside={
          <Button
            variant="light"
            onClick={() => void onRun()}
            loading={isRunning}
            leftSection={<Icon name="reset" size={16} />}
          >
            {t(validation ? 'wizards.import.dryRun.runAgain' : 'wizards.import.dryRun.run')}
          </Button>
        }
      />
      <Title order={3} fz="md" mb="sm">
        {t('wizards.import.options.title')}
      </Title>
      <IngestOptions />
      <Divider my="xl" />
      <section aria-labelledby="import-dry-run-result" aria-busy={isRunning}>
        <Title order={3} fz="md" mb="sm" id="import-dry-run-result">
          {t('wizards.import.dryRun.result')}
        </Title>
        {isStale ? (
          <Alert variant="light" color="yellow" mb="md" icon={<Icon name="alert" size={18} />}>
            {t('wizards.import.dryRun.stale')}
          </Alert>
        ) : null}
        {validation ? (
          <DryRunReport validation={validation} />
        ) : isRunning ? (
          <Group gap="sm">
            <Loader size="sm" />
            <Text size="sm" c="dimmed">
              {t('wizards.import.dryRun.running')}
            </Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('wizards.import.dryRun.notRun')}
          </Text>
        )}
      </section>
    </>
  );
}
