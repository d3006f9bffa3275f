// The heading of a step (labels the step's section) with one line of what the step is for.
import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { StepId } from '../state/verify-wizard-store';

export function StepHeading({
  step,
  title,
  description,
  actions,
}: {
  step: StepId;
  title: string;
  description?: string;
  actions?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md" mb="lg">
      <Stack gap={4}>
        <Title order={2} fz="lg" id={`verify-step-${step}`} tabIndex={-1} style={{ outline: 'none' }}>
          {title}
        </Title>
        {description ? (
          <Text size="sm" c="dimmed" maw={680}>
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? (
        <Group gap="xs" wrap="nowrap">
          {actions}
        </Group>
      ) : null}
    </Group>
  );
}
