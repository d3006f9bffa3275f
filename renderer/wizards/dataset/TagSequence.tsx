// The tag calls for an existing dataset, run one at a time; the upsert change is two calls, explained step by step.
import { Alert, Badge, Button, Code, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useT } from '../../i18n/useT';
import { patchBody } from './catalog-json';
import type { TagCall } from './dataset-rules';
import { useDatasetWizard } from './DatasetWizardProvider';
import { Icon } from '../../app/icons';

export function TagSequence({
  plan,
  onRun,
  isPending,
  datasetName,
}: {
  plan: readonly TagCall[];
  onRun(index: number): void;
  isPending: boolean;
  datasetName: string;
}) {
  const t = useT();
  const applied = useDatasetWizard((state) => state.appliedCalls);
  return (
    <Stack gap="md">
      {plan.length === 2 ? (
        <Alert
          variant="light"
          color="orange"
          icon={<Icon name="alert" />}
          title={t('wizards.dataset.sequence.title')}
          role="note"
        >
          {t('wizards.dataset.sequence.intro')}
        </Alert>
      ) : null}
      <Stack
        component="ol"
        gap="md"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('wizards.dataset.sequence.label')}
      >
        {plan.map((call, index) => {
          const isDone = index < applied;
          const isNext = index === applied;
          return (
            <Paper
              component="li"
              key={call.purpose}
              withBorder
              radius="md"
              p="lg"
              data-testid={`tag-call-${index + 1}`}
              data-done={isDone}
            >
              <Group wrap="nowrap" align="flex-start" gap="md">
                <ThemeIcon
                  size={30}
                  radius="xl"
                  variant={isDone ? 'filled' : 'light'}
                  color={isDone ? 'green' : isNext ? 'blue' : 'gray'}
                >
                  {isDone ? (
                    <Icon name="check" size={16} stroke={2.2} />
                  ) : (
                    <Text fw={700} size="sm">
                      {index + 1}
                    </Text>
                  )}
                </ThemeIcon>
                <Stack gap="xs" style={{ flex: 1, minWidth: 0 }}>
                  <Group justify="space-between" wrap="nowrap">
                    <Title order={3} fz="md">
                      {t(`wizards.dataset.sequence.${call.purpose}.title`)}
                    </Title>
                    {isDone ? (
                      <Badge color="green" variant="light" radius="sm">
                        {t('wizards.dataset.sequence.done')}
                      </Badge>
                    ) : null}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {t(`wizards.dataset.sequence.${call.purpose}.body`, { name: datasetName })}
                  </Text>
                  <Code block>{`PATCH /dataSets/{id}\n${patchBody(call)}`}</Code>
                  {isNext ? (
                    <Group>
                      <Button
                        onClick={() => onRun(index)}
                        loading={isPending}
                        leftSection={<Icon name="arrowRight" size={16} />}
                      >
                        {t(`wizards.dataset.sequence.${call.purpose}.run`)}
                      </Button>
                    </Group>
                  ) : null}
                </Stack>
              </Group>
            </Paper>
          );
        })}
      </Stack>
    </Stack>
  );
}
