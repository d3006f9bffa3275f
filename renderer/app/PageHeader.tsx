// The heading block every page starts with: one h1, an optional line of context, optional actions.
import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export interface PageHeaderProps {
  title: string;
  description?: ReactNode;
  badge?: ReactNode;
  actions?: ReactNode;
}

export function PageHeader({ title, description, badge, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" mb="xl" gap="lg">
      <Stack gap={6} maw={760}>
        <Group gap="sm" align="center">
          <Title order={1} fz={26} lh={1.25}>
            {title}
          </Title>
          {badge}
        </Group>
        {description ? (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? (
        <Group gap="sm" wrap="nowrap">
          {actions}
        </Group>
      ) : null}
    </Group>
  );
}
