// Step 5: what the schema holds, and the Profile requirements checklist the engine reports for it.
import { Alert, Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { LocksReport } from '../../../shared/contract';
import { useT } from '../../i18n/useT';
import { StepHeading } from '../common/StepHeading';
import { RequirementsChecklist } from './RequirementsChecklist';
import { customFields, identities } from './schema-rules';
import { useSchemaDraft, useSchemaWizard, useSchemaWizardStores } from './SchemaWizardProvider';
import { Icon } from '../../app/icons';

export function ReviewStep({
  locks,
  onRecheck,
  isChecking,
}: {
  locks: LocksReport | undefined;
  onRecheck(): void;
  isChecking: boolean;
}) {
  const t = useT();
  const { tenantId } = useSchemaWizardStores();
  const schema = useSchemaDraft((state) => state.schema);
  const classChoice = useSchemaWizard((state) => state.classChoice);
  if (!schema) return null;
  const custom = customFields(schema, tenantId).filter((f) => f.xdmType !== 'object');
  const entries = identities(schema);
  const unmet = locks?.checks.filter((check) => !check.isMet) ?? [];

  return (
    <Stack gap="xl">
      <StepHeading
        title={t('wizards.schema.review.heading')}
        description={t('wizards.schema.review.intro')}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
        <Paper withBorder radius="md" p="lg">
          <Title order={3} fz="md" mb="md">
            {t('wizards.schema.review.summary')}
          </Title>
          <Stack component="dl" gap="md" m={0}>
            <Item label={t('wizards.schema.review.title')}>{schema.title}</Item>
            <Item label={t('wizards.schema.review.class')}>
              {classChoice ? t(`wizards.schema.class.${classChoice}`) : schema['meta:class']}
            </Item>
            <Item label={t('wizards.schema.review.groups')}>
              {schema.fieldGroups
                .filter((g) => !g.isTenant)
                .map((g) => g.title)
                .join(', ') || '—'}
            </Item>
            <Item label={t('wizards.schema.review.customFields')}>
              {custom.length > 0 ? (
                <Group gap={6}>
                  {custom.map((f) => (
                    <Badge key={f.path} variant="outline" color="gray" radius="sm" tt="none" ff="monospace">
                      {f.path}
                    </Badge>
                  ))}
                </Group>
              ) : (
                '—'
              )}
            </Item>
            <Item label={t('wizards.schema.review.identities')}>
              {entries.length > 0
                ? entries
                    .map((entry) =>
                      entry.isPrimary
                        ? t('wizards.schema.review.primaryIdentity', {
                            path: entry.path,
                            namespace: entry.namespace,
                          })
                        : `${entry.path} (${entry.namespace})`,
                    )
                    .join(', ')
                : '—'}
            </Item>
            <Item label={t('wizards.schema.review.fieldCount')}>
              {t('wizards.schema.review.fields', { count: schema.fields.length })}
            </Item>
          </Stack>
        </Paper>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} fz="md">
              {t('wizards.schema.review.checklist')}
            </Title>
            <Button size="compact-sm" variant="subtle" onClick={onRecheck} loading={isChecking}>
              {t('wizards.schema.review.recheck')}
            </Button>
          </Group>
          <RequirementsChecklist checks={locks?.checks} />
          {locks ? (
            unmet.length === 0 ? (
              <Alert
                variant="light"
                color="green"
                icon={<Icon name="check" />}
                data-testid="checklist-verdict"
                role="status"
              >
                {t('wizards.schema.review.allMet')}
              </Alert>
            ) : (
              <Alert
                variant="light"
                color="red"
                icon={<Icon name="alert" />}
                data-testid="checklist-verdict"
                role="status"
              >
                {t('wizards.schema.review.someUnmet', { count: unmet.length })}
              </Alert>
            )
          ) : null}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

function Item({ label, children }: { label: string; children: ReactNode }) {
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
