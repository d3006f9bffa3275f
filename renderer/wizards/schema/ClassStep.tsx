// Step 1: the class (XDM Individual Profile or XDM ExperienceEvent) as radio cards, and the schema's title.
import { Group, Radio, SimpleGrid, Stack, Text, Textarea, TextInput, ThemeIcon } from '@mantine/core';
import { useId } from 'react';
import { useT } from '../../i18n/useT';
import { translateReason } from '../common/reasons';
import { StepHeading } from '../common/StepHeading';
import { CLASS_IDS, type ClassChoice } from './schema-wizard-store';
import { useSchemaDraft, useSchemaWizard } from './SchemaWizardProvider';
import classes from './SchemaWizard.module.css';
import { Icon } from '../../app/icons';

const CHOICES: readonly ClassChoice[] = ['profile', 'event'];

export function ClassStep() {
  const t = useT();
  const id = useId();
  const classChoice = useSchemaWizard((state) => state.classChoice);
  const chooseClass = useSchemaWizard((state) => state.chooseClass);
  const title = useSchemaWizard((state) => state.title);
  const setTitle = useSchemaWizard((state) => state.setTitle);
  const description = useSchemaWizard((state) => state.description);
  const setDescription = useSchemaWizard((state) => state.setDescription);
  const blocked = useSchemaWizard((state) => state.blocked);
  const isClassLocked = useSchemaDraft((state) => state.schema !== undefined);

  const classProblem = blocked.find((item) => item.key === 'wizards.schema.class.required');
  const titleProblem = blocked.find((item) => item.key.startsWith('wizards.schema.title.'));

  return (
    <Stack gap="xl">
      <StepHeading title={t('wizards.schema.class.heading')} description={t('wizards.schema.class.intro')} />
      <Radio.Group
        value={classChoice ?? null}
        onChange={(value) => chooseClass(value as ClassChoice)}
        label={t('wizards.schema.class.label')}
        description={isClassLocked ? t('wizards.schema.class.locked') : t('wizards.schema.class.hint')}
        error={classProblem ? translateReason(t, classProblem) : undefined}
        withAsterisk
      >
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" mt="sm">
          {CHOICES.map((choice) => (
            <Radio.Card
              key={choice}
              value={choice}
              disabled={isClassLocked}
              className={classes.classCard}
              aria-labelledby={`${id}-${choice}-title`}
              aria-describedby={`${id}-${choice}-hint`}
            >
              <Group wrap="nowrap" align="flex-start" gap="md">
                <ThemeIcon variant="light" size={40} radius="md">
                  <Icon name={choice === 'profile' ? 'user' : 'pulse'} size={22} />
                </ThemeIcon>
                <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                  <Group justify="space-between" wrap="nowrap" gap="xs">
                    <Text fw={650} id={`${id}-${choice}-title`}>
                      {t(`wizards.schema.class.${choice}`)}
                    </Text>
                    <Radio.Indicator />
                  </Group>
                  <Text size="xs" c="dimmed" ff="monospace" truncate>
                    {CLASS_IDS[choice]}
                  </Text>
                  <Text size="sm" c="dimmed" id={`${id}-${choice}-hint`} mt={4}>
                    {t(`wizards.schema.class.${choice}.hint`)}
                  </Text>
                </Stack>
              </Group>
            </Radio.Card>
          ))}
        </SimpleGrid>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <TextInput
          label={t('wizards.schema.title.label')}
          description={t('wizards.schema.title.hint')}
          placeholder={t('wizards.schema.title.placeholder')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={titleProblem ? translateReason(t, titleProblem) : undefined}
          withAsterisk
          autoComplete="off"
        />
        <Textarea
          label={t('wizards.schema.description.label')}
          description={t('wizards.schema.description.hint')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          rows={1}
        />
      </SimpleGrid>
    </Stack>
  );
}
