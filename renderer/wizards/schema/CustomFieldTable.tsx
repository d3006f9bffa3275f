// The custom fields of the draft schema: path, type, allowed values and whether records must carry them.
import { Badge, Group, Table, Text } from '@mantine/core';
import type { SchemaField } from '../../../shared/contract';
import { useT } from '../../i18n/useT';

export function CustomFieldTable({ fields }: { fields: readonly SchemaField[] }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table withTableBorder verticalSpacing="xs" aria-label={t('wizards.schema.fields.tableLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('wizards.schema.fields.column.path')}</Table.Th>
            <Table.Th>{t('wizards.schema.fields.column.type')}</Table.Th>
            <Table.Th>{t('wizards.schema.fields.column.title')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {fields.map((field) => (
            <Table.Tr key={field.path}>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm" ff="monospace">
                    {field.path}
                  </Text>
                  {field.isRequired ? (
                    <Badge size="xs" color="red" variant="light" radius="sm">
                      {t('wizards.schema.fields.requiredBadge')}
                    </Badge>
                  ) : null}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{field.xdmType}</Text>
                {field.enum ? (
                  <Text size="xs" c="dimmed">
                    {field.enum.map(String).join(', ')}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{field.title ?? '—'}</Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
