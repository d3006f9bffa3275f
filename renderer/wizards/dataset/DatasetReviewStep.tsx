// Step 3: what will be created (with the Catalog request) or the tag calls to run on the chosen dataset.
import { Alert, Code, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT';
import { StepHeading } from '../common/StepHeading';
import { SwitchBadges } from './DatasetChoice';
import { formatTags } from './catalog-json';
import { effectiveSwitches, planTagChange, tagsForNew } from './dataset-rules';
import { useDatasetWizard } from './DatasetWizardProvider';
import { TagSequence } from './TagSequence';
import type { DatasetLists, DatasetWizardFlow } from './useDatasetWizardFlow';
import { Icon } from '../../app/icons';

export function DatasetReviewStep({ lists, flow }: { lists: DatasetLists; flow: DatasetWizardFlow }) {
  const t = useT();
  const mode = useDatasetWizard((s) => s.mode);
  const datasetId = useDatasetWizard((s) => s.datasetId);
  const baseline = useDatasetWizard((s) => s.baseline);
  const rawSwitches = useDatasetWizard((s) => s.switches);
  const rawName = useDatasetWizard((s) => s.name);
  const rawDescription = useDatasetWizard((s) => s.description);
  const schema = flow.schemaOf();
  const switches = effectiveSwitches(rawSwitches, schema);

  if (mode === 'existing') {
    const dataset = lists.datasets?.find((d) => d.id === datasetId);
    const plan = baseline ? planTagChange(baseline, switches) : [];
    return (
      <Stack gap="xl">
        <StepHeading
          title={t('wizards.dataset.review.headingExisting')}
          description={t('wizards.dataset.review.introExisting')}
        />
        {flow.tagError ? <EngineRefusal message={flow.tagError.message} /> : null}
        <TagSequence
          plan={plan}
          onRun={(index) => void flow.applyCall(index)}
          isPending={flow.isPending}
          datasetName={dataset?.name ?? ''}
        />
      </Stack>
    );
  }

  const description = rawDescription.trim();
  const name = rawName.trim();
  const request = [
    'POST /data/foundation/catalog/dataSets',
    '{',
    `  "name": ${JSON.stringify(name)},`,
    ...(description ? [`  "description": ${JSON.stringify(description)},`] : []),
    `  "schemaRef": {`,
    `    "id": ${JSON.stringify(schema?.$id ?? '')},`,
    `    "contentType": "application/vnd.adobe.xed-full+json;version=1"`,
    '  },',
    `  "tags": ${formatTags(tagsForNew(switches)).replace(/\n/g, '\n  ')}`,
    '}',
  ].join('\n');
  return (
    <Stack gap="xl">
      <StepHeading
        title={t('wizards.dataset.review.headingNew')}
        description={t('wizards.dataset.review.introNew')}
      />
      {flow.createError ? <EngineRefusal message={flow.createError.message} /> : null}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
        <Paper withBorder radius="md" p="lg">
          <Stack component="dl" gap="md" m={0}>
            <Item label={t('wizards.dataset.review.name')}>{name}</Item>
            <Item label={t('wizards.dataset.review.schema')}>{schema?.title}</Item>
            <Item label={t('wizards.dataset.review.switches')}>
              <SwitchBadges
                dataset={{
                  isProfileEnabled: switches.isProfile,
                  isIdentityEnabled: switches.isIdentity,
                  isUpsert: switches.isUpsert,
                }}
              />
            </Item>
          </Stack>
          {switches.isProfile ? null : (
            <Alert mt="md" variant="light" color="orange" icon={<Icon name="info" />} role="note">
              {t('wizards.dataset.review.profileOff')}
            </Alert>
          )}
        </Paper>
        <Stack gap="xs">
          <Title order={3} fz="md">
            {t('wizards.dataset.review.request')}
          </Title>
          <Code block data-testid="catalog-request">
            {request}
          </Code>
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

function EngineRefusal({ message }: { message: string }) {
  const t = useT();
  return (
    <Alert
      variant="light"
      color="red"
      icon={<Icon name="alert" />}
      title={t('wizards.dataset.review.refused')}
    >
      {message}
    </Alert>
  );
}

export function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {label}
      </Text>
      <Text component="dd" m={0} mt={4} size="sm">
        {children}
      </Text>
    </div>
  );
}
