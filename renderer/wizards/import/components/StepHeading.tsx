// The heading and one-line introduction every wizard step starts with; the step section is labelled by it.
import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { StepId } from '../state/import-wizard-store';

export function StepHeading({
  step,
  title,
  intro,
  aside,
}: {
  step: StepId;
  title: string;
  intro?: ReactNode;
  aside?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" mb="lg" gap="lg">
      <Stack gap={4}>
        <Title order={2} fz="lg" id={`import-step-${step}`}>
          {title}
        </Title>
        {intro ? (
          <Text size="sm" c="dimmed" maw={720}>
            {intro}
          </Text>
        ) : null}
      </Stack>
      {aside}
    </Group>
  );
}
