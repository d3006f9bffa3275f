// The end of the schema wizard: the schema is enabled for Profile; next, a dataset on it (wizard 2, preselected).
import { Button, Group, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { Link } from 'wouter';
import { useT } from '../../i18n/useT';
import { useSchemaDraft, useSchemaWizardStores } from './SchemaWizardProvider';
import { Icon } from '../../app/icons';

/** The dataset wizard's route; `schema` preselects a schema by its altId. */
export const DATASET_WIZARD_PATH = '/wizards/configure-dataset';

export function SchemaFinished() {
  const t = useT();
  const { ui, draft } = useSchemaWizardStores();
  const schema = useSchemaDraft((state) => state.schema);
  if (!schema) return null;
  return (
    <Stack gap="lg" align="center" py="xl" ta="center">
      <ThemeIcon size={56} radius="xl" variant="light" color="green">
        <Icon name="check" size={30} stroke={2.2} />
      </ThemeIcon>
      <Title order={2} fz="xl" tabIndex={-1} style={{ outline: 'none' }}>
        {t('wizards.schema.done.title', { title: schema.title })}
      </Title>
      <Text size="sm" c="dimmed" maw={620}>
        {t('wizards.schema.done.body')}
      </Text>
      <Text size="xs" c="dimmed" ff="monospace" data-dynamic>
        {schema.$id}
      </Text>
      <Group gap="sm" mt="sm">
        <Button
          component={Link}
          href={`${DATASET_WIZARD_PATH}?schema=${encodeURIComponent(schema['meta:altId'])}`}
          rightSection={<Icon name="arrowRight" size={16} />}
        >
          {t('wizards.schema.done.next')}
        </Button>
        <Button
          variant="default"
          onClick={() => {
            draft.getState().clear();
            ui.getState().reset();
          }}
        >
          {t('wizards.schema.done.another')}
        </Button>
      </Group>
    </Stack>
  );
}
