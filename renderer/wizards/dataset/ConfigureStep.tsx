// Step 2: the new dataset's name, or the chosen dataset; then the switches, with the upsert rules beside them.
import { Alert, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useT } from '../../i18n/useT';
import { translateReason } from '../common/reasons';
import { StepHeading } from '../common/StepHeading';
import { SwitchBadges } from './DatasetChoice';
import { effectiveSwitches, planTagChange } from './dataset-rules';
import { useDatasetWizard } from './DatasetWizardProvider';
import { TagSwitches, UpsertRules } from './TagSwitches';
import type { DatasetLists, DatasetWizardFlow } from './useDatasetWizardFlow';
import { Icon } from '../../app/icons';

export function ConfigureStep({ lists, flow }: { lists: DatasetLists; flow: DatasetWizardFlow }) {
  const t = useT();
  const mode = useDatasetWizard((state) => state.mode);
  const name = useDatasetWizard((state) => state.name);
  const setName = useDatasetWizard((state) => state.setName);
  const description = useDatasetWizard((state) => state.description);
  const setDescription = useDatasetWizard((state) => state.setDescription);
  const baseline = useDatasetWizard((state) => state.baseline);
  const switches = useDatasetWizard((state) => state.switches);
  const datasetId = useDatasetWizard((state) => state.datasetId);
  const blocked = useDatasetWizard((state) => state.blocked);
  const schema = flow.schemaOf();
  const nameProblem = blocked.find((item) => item.key.startsWith('wizards.dataset.name.'));
  const dataset = lists.datasets?.find((d) => d.id === datasetId);
  const plan =
    mode === 'existing' && baseline ? planTagChange(baseline, effectiveSwitches(switches, schema)) : [];

  return (
    <Stack gap="xl">
      <StepHeading
        title={t(
          mode === 'new'
            ? 'wizards.dataset.configure.headingNew'
            : 'wizards.dataset.configure.headingExisting',
        )}
        description={t(
          mode === 'new' ? 'wizards.dataset.configure.introNew' : 'wizards.dataset.configure.introExisting',
          { schema: schema?.title ?? '' },
        )}
      />
      {mode === 'new' ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <TextInput
            label={t('wizards.dataset.name.label')}
            description={t('wizards.dataset.name.hint')}
            placeholder={t('wizards.dataset.name.placeholder')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={nameProblem ? translateReason(t, nameProblem) : undefined}
            withAsterisk
            autoComplete="off"
          />
          <Textarea
            label={t('wizards.dataset.description.label')}
            description={t('wizards.dataset.description.hint')}
            value={description}
            onChange={(event) => setDescription(event.currentTarget.value)}
            rows={1}
          />
        </SimpleGrid>
      ) : dataset ? (
        <Paper withBorder radius="md" p="md" bg="var(--ps-frame-bg)">
          <Title order={3} fz="md">
            {dataset.name}
          </Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('wizards.dataset.choose.datasetFacts', {
              schema: dataset.schemaTitle,
              rows: dataset.rowCount,
            })}
          </Text>
          <SwitchBadges dataset={dataset} />
        </Paper>
      ) : null}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
        <TagSwitches schema={schema} baseline={mode === 'existing' ? baseline : undefined} />
        <UpsertRules />
      </SimpleGrid>
      {plan.length === 2 ? (
        <Alert
          variant="light"
          color="orange"
          icon={<Icon name="alert" />}
          title={t('wizards.dataset.configure.sequenceTitle')}
          role="note"
        >
          {t('wizards.dataset.configure.sequence')}
        </Alert>
      ) : null}
    </Stack>
  );
}
