// The identity descriptors of the draft schema, with the primary mark and actions to move it or remove one.
import { ActionIcon, Badge, Button, Group, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { useT } from '../../i18n/useT';
import type { IdentityEntry } from './schema-rules';
import type { useIdentityActions } from './useIdentityActions';
import { Icon } from '../../app/icons';

export function IdentityTable({
  entries,
  actions,
}: {
  entries: readonly IdentityEntry[];
  actions: ReturnType<typeof useIdentityActions>;
}) {
  const t = useT();
  return (
    <Table withTableBorder verticalSpacing="xs" aria-label={t('wizards.schema.identity.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('wizards.schema.identity.column.field')}</Table.Th>
          <Table.Th>{t('wizards.schema.identity.column.namespace')}</Table.Th>
          <Table.Th w={112}>{t('wizards.schema.identity.column.primary')}</Table.Th>
          <Table.Th w={44}>
            <VisuallyHidden>{t('wizards.schema.identity.column.actions')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map((entry) => (
          <Table.Tr key={entry.path}>
            <Table.Td>
              <Group gap={6} wrap="nowrap">
                <Text size="sm" ff="monospace">
                  {entry.path}
                </Text>
                {entry.isInSchema ? null : (
                  <Badge size="xs" color="red" variant="light" radius="sm">
                    {t('wizards.schema.identity.missingField')}
                  </Badge>
                )}
              </Group>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{entry.namespace}</Text>
            </Table.Td>
            <Table.Td>
              {entry.isPrimary ? (
                <Group gap={4} wrap="nowrap" c="var(--mantine-primary-color-light-color)">
                  <Icon name="star" size={14} />
                  <Text size="sm" fw={600} c="inherit">
                    {t('wizards.schema.identity.primaryBadge')}
                  </Text>
                </Group>
              ) : (
                <Button
                  size="compact-xs"
                  variant="subtle"
                  disabled={actions.isPending || !entry.isInSchema}
                  onClick={() => void actions.makePrimary(entry.path, entry.namespace)}
                  aria-label={t('wizards.schema.identity.makePrimaryOf', { path: entry.path })}
                >
                  {t('wizards.schema.identity.makePrimary')}
                </Button>
              )}
            </Table.Td>
            <Table.Td>
              <Group justify="flex-end">
                <Tooltip label={t('wizards.schema.identity.remove', { path: entry.path })} withArrow>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    disabled={actions.isPending}
                    onClick={() => void actions.remove(entry.path)}
                    aria-label={t('wizards.schema.identity.remove', { path: entry.path })}
                  >
                    <Icon name="trash" size={16} />
                  </ActionIcon>
                </Tooltip>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
