// The heading each wizard step starts with; focusable so the frame can move focus to it when the step changes.
import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function StepHeading({ title, description }: { title: string; description?: ReactNode }) {
  return (
    <Stack gap={4}>
      <Title order={2} fz="xl" tabIndex={-1} style={{ outline: 'none' }}>
        {title}
      </Title>
      {description ? (
        <Text size="sm" c="dimmed" maw={760}>
          {description}
        </Text>
      ) : null}
    </Stack>
  );
}
