// Step 1 (existing dataset): the sandbox's datasets as radio rows with their schema and Profile, Identity and upsert state.
import { Badge, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import type { DatasetView } from '../../../shared/contract';
import { useT } from '../../i18n/useT';
import { translateReason, type Reason } from '../common/reasons';
import classes from './DatasetWizard.module.css';

export interface DatasetChoiceProps {
  datasets: readonly DatasetView[];
  selectedId: string | undefined;
  onChoose(dataset: DatasetView): void;
  problem: Reason | undefined;
}

export function SwitchBadges({
  dataset,
}: {
  dataset: Pick<DatasetView, 'isProfileEnabled' | 'isIdentityEnabled' | 'isUpsert'>;
}) {
  const t = useT();
  return (
    <Group gap={6}>
      <Badge variant="light" radius="sm" color={dataset.isProfileEnabled ? 'green' : 'gray'}>
        {t(dataset.isProfileEnabled ? 'wizards.dataset.badge.profileOn' : 'wizards.dataset.badge.profileOff')}
      </Badge>
      <Badge variant="light" radius="sm" color={dataset.isIdentityEnabled ? 'green' : 'gray'}>
        {t(
          dataset.isIdentityEnabled
            ? 'wizards.dataset.badge.identityOn'
            : 'wizards.dataset.badge.identityOff',
        )}
      </Badge>
      {dataset.isUpsert ? (
        <Badge variant="light" radius="sm" color="violet">
          {t('wizards.dataset.badge.upsert')}
        </Badge>
      ) : null}
    </Group>
  );
}

export function DatasetChoice({ datasets, selectedId, onChoose, problem }: DatasetChoiceProps) {
  const t = useT();
  const id = useId();
  if (datasets.length === 0) {
    return (
      <Paper withBorder radius="md" p="xl" bg="var(--ps-frame-bg)">
        <Text size="sm" c="dimmed">
          {t('wizards.dataset.choose.noDatasets')}
        </Text>
      </Paper>
    );
  }
  return (
    <Radio.Group
      value={selectedId ?? null}
      onChange={(value) => {
        const dataset = datasets.find((d) => d.id === value);
        if (dataset) onChoose(dataset);
      }}
      label={t('wizards.dataset.choose.dataset')}
      description={t('wizards.dataset.choose.datasetHint')}
      error={problem ? translateReason(t, problem) : undefined}
      withAsterisk
    >
      <Stack gap="xs" mt="sm">
        {datasets.map((dataset, index) => (
          <Paper
            key={dataset.id}
            withBorder
            radius="md"
            p="md"
            className={classes.choice}
            data-checked={selectedId === dataset.id || undefined}
          >
            <Group wrap="nowrap" align="flex-start" justify="space-between" gap="md">
              <Radio
                value={dataset.id}
                label={dataset.name}
                aria-describedby={`${id}-${index}`}
                classNames={{ label: classes.choiceLabel }}
              />
              <SwitchBadges dataset={dataset} />
            </Group>
            <Text size="sm" c="dimmed" pl={32} mt={4} id={`${id}-${index}`}>
              {t('wizards.dataset.choose.datasetFacts', {
                schema: dataset.schemaTitle,
                rows: dataset.rowCount,
              })}
            </Text>
          </Paper>
        ))}
      </Stack>
    </Radio.Group>
  );
}
