// The layout of the custom-field and identity steps: a titled form on one side, what it has added on the other.
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, type FormEvent, type ReactNode } from 'react';

export function FormAndList({
  formTitle,
  onSubmit,
  form,
  listTitle,
  list,
  emptyText,
  notes,
}: {
  formTitle: string;
  onSubmit(event: FormEvent): void;
  /** The form's fields and buttons. */
  form: ReactNode;
  listTitle: string;
  /** What has been added; `null` shows `emptyText` instead. */
  list: ReactNode;
  emptyText: string;
  /** Below the list: hints and rules. */
  notes?: ReactNode;
}) {
  const formTitleId = useId();
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
      <Paper
        withBorder
        radius="md"
        p="lg"
        component="form"
        onSubmit={onSubmit}
        noValidate
        aria-labelledby={formTitleId}
      >
        <Stack gap="md">
          <Title order={3} fz="md" id={formTitleId}>
            {formTitle}
          </Title>
          {form}
        </Stack>
      </Paper>
      <Stack gap="sm">
        <Title order={3} fz="md">
          {listTitle}
        </Title>
        {list ?? (
          <Paper withBorder radius="md" p="lg" bg="var(--ps-frame-bg)">
            <Text size="sm" c="dimmed">
              {emptyText}
            </Text>
          </Paper>
        )}
        {notes}
      </Stack>
    </SimpleGrid>
  );
}
