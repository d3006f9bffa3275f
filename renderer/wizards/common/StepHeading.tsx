// The heading each wizard step starts with: it names the step's section, and the frame moves focus to it when the step changes.
import { Group, Stack, Text, Title, type MantineSpacing } from '@mantine/core';
import { createContext, useContext, type ReactNode } from 'react';

/** The id the wizard frame gives the active step's heading; its section is labelled by it. */
export const StepHeadingIdContext = createContext<string | undefined>(undefined);

/** The active step heading's id, for other parts of the step labelled by it (e.g. the step's form). */
export function useStepHeadingId(): string | undefined {
  return useContext(StepHeadingIdContext);
}

export function StepHeading({
  title,
  description,
  aside,
  mb,
}: {
  title: string;
  description?: ReactNode;
  /** Shown at the end of the heading's line (a status badge, the step's own actions). */
  aside?: ReactNode;
  mb?: MantineSpacing;
}) {
  const id = useStepHeadingId();
  const heading = (
    <Stack gap={4} mb={aside ? undefined : mb}>
      <Title order={2} fz="xl" id={id} tabIndex={-1} style={{ outline: 'none' }}>
        {title}
      </Title>
      {description ? (
        <Text size="sm" c="dimmed" maw={760}>
          {description}
        </Text>
      ) : null}
    </Stack>
  );
  if (!aside) return heading;
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="lg" mb={mb}>
      {heading}
      <Group gap="xs" wrap="nowrap">
        {aside}
      </Group>
    </Group>
  );
}
