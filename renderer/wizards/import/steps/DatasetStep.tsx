// Step 1: choose the dataset the batch goes into; datasets not enabled for Profile say what that means.
import { Badge, Button, Group, Radio, SimpleGrid, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import type { DatasetView } from '../../../../shared/contract';
import { Icon } from '../../../app/icons';
import { useT } from '../../../i18n/useT';
import { RecentBatches } from '../components/RecentBatches';
import { StepHeading } from '../../common/StepHeading';
import { useFileChoice } from '../hooks/useFileChoice';
import { useUnits } from '../hooks/useUnits';
import { useImportData, useImportStores, useWizard } from '../state/ImportWizardProvider';
import classes from './DatasetStep.module.css';

export function DatasetStep({ sandbox }: { sandbox: string }) {
  const t = useT();
  const { wizard } = useImportStores();
  const { rereadAll } = useFileChoice(sandbox);
  const datasets = useImportData((state) => state.datasets);
  const datasetId = useWizard((state) => state.datasetId);

  return (
    <>
      <StepHeading
        mb="lg"
        title={t('wizards.import.dataset.title')}
        description={t('wizards.import.dataset.intro')}
      />
      {datasets === undefined ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" aria-busy="true">
          <Skeleton height={112} radius="md" />
          <Skeleton height={112} radius="md" />
        </SimpleGrid>
      ) : datasets.length === 0 ? (
        <NoDatasets />
      ) : (
        <Radio.Group
          value={datasetId}
          onChange={(value) => {
            const isChange = wizard.getState().datasetId !== value;
            wizard.getState().selectDataset(value);
            if (isChange) void rereadAll();
          }}
          label={t('wizards.import.dataset.label')}
          labelProps={{ className: classes.hiddenLabel }}
        >
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {datasets.map((dataset) => (
              <DatasetCard key={dataset.id} dataset={dataset} />
            ))}
          </SimpleGrid>
        </Radio.Group>
      )}
      {datasetId ? <RecentBatches datasetId={datasetId} /> : null}
    </>
  );
}

function DatasetCard({ dataset }: { dataset: DatasetView }) {
  const t = useT();
  const units = useUnits();
  const descriptionId = `dataset-${dataset.id}-facts`;
  return (
    <Radio.Card
      value={dataset.id}
      className={classes.card}
      aria-describedby={descriptionId}
      data-dataset={dataset.name}
    >
      <Group wrap="nowrap" align="flex-start" gap="md">
        <Radio.Indicator mt={2} />
        <Stack gap={6} className={classes.body}>
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Text fw={600} className={classes.name}>
              {dataset.name}
            </Text>
            <Text size="xs" c="dimmed" className={classes.rows}>
              {t('wizards.import.dataset.rows', { count: dataset.rowCount })}
            </Text>
          </Group>
          <div id={descriptionId}>
            <Text size="sm" c="dimmed">
              {t('wizards.import.dataset.schema', {
                schema: dataset.schemaTitle,
                behavior: t(
                  dataset.behavior === 'time-series'
                    ? 'wizards.import.dataset.behavior.event'
                    : 'wizards.import.dataset.behavior.record',
                ),
              })}
            </Text>
            <Group gap={6} mt={8}>
              {dataset.isProfileEnabled ? (
                <Badge size="sm" variant="light" color="teal">
                  {t('wizards.import.dataset.profileOn')}
                </Badge>
              ) : (
                <Badge size="sm" variant="light" color="orange">
                  {t('wizards.import.dataset.profileOff')}
                </Badge>
              )}
              {dataset.isIdentityEnabled ? (
                <Badge size="sm" variant="light" color="blue">
                  {t('wizards.import.dataset.identityOn')}
                </Badge>
              ) : null}
              {dataset.isUpsert ? (
                <Badge size="sm" variant="light" color="grape">
                  {t('wizards.import.dataset.upsert')}
                </Badge>
              ) : null}
            </Group>
            {dataset.isProfileEnabled ? null : (
              <Text size="xs" mt={8} className={classes.warning}>
                {t('wizards.import.dataset.profileOffMeaning')}
              </Text>
            )}
            {dataset.rowsNotInProfile > 0 && dataset.isProfileEnabled ? (
              <Text size="xs" mt={6} c="dimmed">
                {t('wizards.import.dataset.notInProfile', {
                  count: dataset.rowsNotInProfile,
                  total: units.number(dataset.rowCount),
                })}
              </Text>
            ) : null}
          </div>
        </Stack>
      </Group>
    </Radio.Card>
  );
}

function NoDatasets() {
  const t = useT();
  return (
    <Stack align="center" gap="sm" py="xl" className={classes.empty}>
      <Icon name="dataset" size={32} />
      <Text fw={600}>{t('wizards.import.dataset.none')}</Text>
      <Text size="sm" c="dimmed" ta="center" maw={440}>
        {t('wizards.import.dataset.noneHint')}
      </Text>
      <Button component={Link} href="/wizards/configure-dataset" variant="light">
        {t('route.configureDataset.title')}
      </Button>
    </Stack>
  );
}
