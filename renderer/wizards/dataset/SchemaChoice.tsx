// Step 1 (new dataset): the sandbox's schemas as radio rows; those not enabled for Profile say so and link to wizard 1.
import { Anchor, Badge, Button, Group, Paper, Radio, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'wouter';
import type { SchemaView } from '../../../shared/contract';
import { useT } from '../../i18n/useT';
import { translateReason, type Reason } from '../common/reasons';
import { classLabel, schemaWizardLink } from './dataset-links';
import classes from './DatasetWizard.module.css';
import { Icon } from '../../app/icons';

export interface SchemaChoiceProps {
  schemas: readonly SchemaView[];
  selected: SchemaView | undefined;
  onChoose(id: string): void;
  problem: Reason | undefined;
}

export function SchemaChoice({ schemas, selected, onChoose, problem }: SchemaChoiceProps) {
  const t = useT();
  const id = useId();
  if (schemas.length === 0) {
    return (
      <Paper withBorder radius="md" p="xl" bg="var(--ps-frame-bg)">
        <Stack gap="sm" align="flex-start">
          <Text fw={600}>{t('wizards.dataset.choose.noSchemas')}</Text>
          <Text size="sm" c="dimmed">
            {t('wizards.dataset.choose.noSchemasHint')}
          </Text>
          <Button
            component={Link}
            href="/wizards/enable-schema"
            variant="light"
            leftSection={<Icon name="schema" size={16} />}
          >
            {t('wizards.dataset.choose.toSchemaWizard')}
          </Button>
        </Stack>
      </Paper>
    );
  }
  return (
    <Radio.Group
      value={selected?.$id ?? null}
      onChange={onChoose}
      label={t('wizards.dataset.choose.schema')}
      description={t('wizards.dataset.choose.schemaHint')}
      error={problem ? translateReason(t, problem) : undefined}
      withAsterisk
    >
      <Stack gap="xs" mt="sm">
        {schemas.map((schema, index) => {
          const primary = schema.identities.find((d) => d['xdm:isPrimary']);
          const link = schemaWizardLink(schema);
          return (
            <Paper
              key={schema.$id}
              withBorder
              radius="md"
              p="md"
              className={classes.choice}
              data-checked={selected?.$id === schema.$id || undefined}
            >
              <Group wrap="nowrap" align="flex-start" justify="space-between" gap="md">
                <Radio
                  value={schema.$id}
                  label={schema.title}
                  aria-describedby={`${id}-${index}`}
                  classNames={{ label: classes.choiceLabel }}
                />
                <Badge
                  variant="light"
                  color={schema.isProfileEnabled ? 'green' : 'gray'}
                  radius="sm"
                  style={{ flexShrink: 0 }}
                >
                  {t(
                    schema.isProfileEnabled
                      ? 'wizards.dataset.badge.profileSchema'
                      : 'wizards.dataset.badge.notProfileSchema',
                  )}
                </Badge>
              </Group>
              <Stack gap={4} pl={32} mt={4} id={`${id}-${index}`}>
                <Text size="sm" c="dimmed">
                  {t('wizards.dataset.choose.schemaFacts', {
                    class: classLabel(t, schema['meta:class']),
                    identity: primary
                      ? `${primary['xdm:sourceProperty'].slice(1).split('/').join('.')} (${primary['xdm:namespace']})`
                      : t('wizards.dataset.choose.noPrimary'),
                  })}
                </Text>
                {schema.isProfileEnabled ? null : (
                  <Text size="sm">
                    {t('wizards.dataset.choose.notEnabled')}{' '}
                    {link ? (
                      <Anchor component={Link} href={link} size="sm">
                        {t('wizards.dataset.choose.enableIt', { title: schema.title })}
                      </Anchor>
                    ) : (
                      t('wizards.dataset.choose.cannotEnable')
                    )}
                  </Text>
                )}
              </Stack>
            </Paper>
          );
        })}
      </Stack>
    </Radio.Group>
  );
}
