// The end of the dataset wizard: the dataset as the Catalog shows it (id, tags, notes) and the way on to wizard 3.
import { Alert, Button, Code, Group, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useT } from '../../i18n/useT';
import { SwitchBadges } from './DatasetChoice';
import { Item } from './DatasetReviewStep';
import { formatTags } from './catalog-json';
import { importWizardLink } from './dataset-links';
import { useDatasetDraft, useDatasetWizard, useDatasetWizardStores } from './DatasetWizardProvider';
import { Icon } from '../../app/icons';

export function DatasetFinished() {
  const t = useT();
  const { ui, draft } = useDatasetWizardStores();
  const dataset = useDatasetDraft((state) => state.dataset);
  const mode = useDatasetWizard((state) => state.mode);
  if (!dataset) return null;
  return (
    <Stack gap="xl">
      <Group gap="md" wrap="nowrap" align="center">
        <ThemeIcon size={44} radius="xl" variant="light" color="green">
          <Icon name="check" size={24} stroke={2.2} />
        </ThemeIcon>
        <Stack gap={2}>
          <Title order={2} fz="xl" tabIndex={-1} style={{ outline: 'none' }}>
            {t(mode === 'new' ? 'wizards.dataset.done.created' : 'wizards.dataset.done.updated', {
              name: dataset.name,
            })}
          </Title>
          <Text size="sm" c="dimmed">
            {t('wizards.dataset.done.intro')}
          </Text>
        </Stack>
      </Group>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
        <Paper withBorder radius="md" p="lg" aria-labelledby="catalog-view-title" component="section">
          <Title order={3} fz="md" mb="md" id="catalog-view-title">
            {t('wizards.dataset.done.catalog')}
          </Title>
          <Stack component="dl" gap="md" m={0}>
            <Item label={t('wizards.dataset.done.id')}>
              <Text span ff="monospace" size="sm" data-dynamic data-testid="dataset-id">
                {dataset.id}
              </Text>
            </Item>
            <Item label={t('wizards.dataset.review.schema')}>{dataset.schemaTitle}</Item>
            <Item label={t('wizards.dataset.done.version')}>
              <Text span size="sm" ff="monospace">
                {dataset.version}
              </Text>
            </Item>
            <Item label={t('wizards.dataset.review.switches')}>
              <SwitchBadges dataset={dataset} />
            </Item>
          </Stack>
        </Paper>
        <Stack gap="xs">
          <Title order={3} fz="md">
            {t('wizards.dataset.done.tags')}
          </Title>
          <Code block data-testid="dataset-tags">
            {formatTags(dataset.tags)}
          </Code>
        </Stack>
      </SimpleGrid>
      {dataset.notes.length > 0 ? (
        <Alert
          variant="light"
          color="orange"
          icon={<Icon name="info" />}
          title={t('wizards.dataset.done.notes')}
          role="note"
        >
          <Stack gap={4}>
            {dataset.notes.map((note) => (
              <Text size="sm" key={note}>
                {note}
              </Text>
            ))}
          </Stack>
        </Alert>
      ) : null}
      <Group gap="sm">
        <Button
          component={Link}
          href={importWizardLink(dataset.id)}
          rightSection={<Icon name="arrowRight" size={16} />}
        >
          {t('wizards.dataset.done.import')}
        </Button>
        <Button
          variant="default"
          onClick={() => {
            draft.getState().clear();
            ui.getState().reset();
          }}
        >
          {t('wizards.dataset.done.another')}
        </Button>
      </Group>
    </Stack>
  );
}
