// Step 1: a new dataset on a schema, or an existing dataset whose tags should change.
import { SegmentedControl, Skeleton, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { StepHeading } from '../common/StepHeading';
import { DatasetChoice } from './DatasetChoice';
import { findSchema } from './dataset-rules';
import type { DatasetMode } from './dataset-wizard-store';
import { useDatasetWizard } from './DatasetWizardProvider';
import { SchemaChoice } from './SchemaChoice';
import type { DatasetLists } from './useDatasetWizardFlow';

export function ChooseStep({ lists }: { lists: DatasetLists }) {
  const t = useT();
  const modeLabel = useId();
  const mode = useDatasetWizard((state) => state.mode);
  const setMode = useDatasetWizard((state) => state.setMode);
  const schemaRef = useDatasetWizard((state) => state.schemaRef);
  const chooseSchema = useDatasetWizard((state) => state.chooseSchema);
  const datasetId = useDatasetWizard((state) => state.datasetId);
  const chooseDataset = useDatasetWizard((state) => state.chooseDataset);
  const blocked = useDatasetWizard((state) => state.blocked);
  const problem = blocked.find((item) => item.key.startsWith('wizards.dataset.choose.'));

  return (
    <Stack gap="xl">
      <StepHeading
        title={t('wizards.dataset.choose.heading')}
        description={t('wizards.dataset.choose.intro')}
      />
      <Stack gap={6}>
        <Text id={modeLabel} fw={600} size="sm">
          {t('wizards.dataset.mode.label')}
        </Text>
        <SegmentedControl<DatasetMode>
          aria-labelledby={modeLabel}
          value={mode}
          onChange={(next) => {
            setMode(next);
            lists.reload();
          }}
          data={[
            { value: 'new', label: t('wizards.dataset.mode.new') },
            { value: 'existing', label: t('wizards.dataset.mode.existing') },
          ]}
          maw={520}
        />
      </Stack>
      {!lists.schemas || !lists.datasets ? (
        <Skeleton h={240} radius="md" />
      ) : mode === 'new' ? (
        <SchemaChoice
          schemas={lists.schemas}
          selected={findSchema(lists.schemas, schemaRef)}
          onChoose={chooseSchema}
          problem={problem}
        />
      ) : (
        <DatasetChoice
          datasets={lists.datasets}
          selectedId={datasetId}
          onChoose={chooseDataset}
          problem={problem}
        />
      )}
    </Stack>
  );
}
