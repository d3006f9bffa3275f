// The platform's requirements for enabling a schema for Profile, each green or red, with why and how to fix it.
import { Group, Paper, Skeleton, Stack, Text, ThemeIcon } from '@mantine/core';
import type { SchemaCheck } from '../../../shared/contract';
import { useT } from '../../i18n/useT';
import { Icon } from '../../app/icons';

export function RequirementsChecklist({ checks }: { checks: readonly SchemaCheck[] | undefined }) {
  const t = useT();
  if (!checks) return <Skeleton h={150} radius="md" />;
  return (
    <Stack
      component="ul"
      gap="xs"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('wizards.schema.review.checklist')}
    >
      {checks.map((check) => (
        <Paper
          component="li"
          key={check.rule}
          withBorder
          radius="md"
          p="sm"
          data-met={check.isMet}
          data-testid={`check-${check.rule}`}
          style={{
            borderColor: check.isMet
              ? 'var(--mantine-color-green-light-color)'
              : 'var(--mantine-color-red-light-color)',
          }}
        >
          <Group wrap="nowrap" align="flex-start" gap="sm">
            <ThemeIcon size={26} radius="xl" variant="light" color={check.isMet ? 'green' : 'red'}>
              <Icon name={check.isMet ? 'check' : 'cross'} size={15} stroke={2.2} />
            </ThemeIcon>
            <Stack gap={2} style={{ flex: 1 }}>
              <Text size="sm" fw={600}>
                {t(check.isMet ? 'wizards.schema.review.met' : 'wizards.schema.review.unmet', {
                  rule: t(ruleLabel(check.rule)),
                })}
              </Text>
              <Text size="sm">{check.message}</Text>
              {check.fix ? (
                <Text size="xs" c="dimmed">
                  {t('wizards.schema.review.fix', { fix: check.fix })}
                </Text>
              ) : null}
            </Stack>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

/** The engine's rule ids, named in the catalogue; an unknown rule keeps a generic name. */
function ruleLabel(rule: string) {
  switch (rule) {
    case 'class':
      return 'wizards.schema.review.rule.class' as const;
    case 'primary-identity':
      return 'wizards.schema.review.rule.primary-identity' as const;
    case 'identity-fields':
      return 'wizards.schema.review.rule.identity-fields' as const;
    default:
      return 'wizards.schema.review.rule.other' as const;
  }
}
