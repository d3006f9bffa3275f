// CSV column → XDM path: a searchable select of the schema's fields per column, with where each choice came from.
import { Alert, Badge, Group, Select, Table, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { SchemaField } from '../../../../shared/contract';
import { Icon } from '../../../app/icons';
import { useT } from '../../../i18n/useT';
import type { ColumnMapping } from '../state/import-wizard-store';
import { useImportData, useWizard } from '../state/ImportWizardProvider';
import { mappableFields } from './record-entries';

const ORIGIN_COLORS = { suggested: 'blue', remembered: 'grape', chosen: 'gray' } as const;

export function MappingTable({ onMap }: { onMap(column: string, path: string | null): void }) {
  const t = useT();
  const mapping = useWizard((state) => state.mapping);
  const schema = useImportData((state) => state.schema);
  const fields = useMemo(() => mappableFields(schema?.fields ?? []), [schema]);
  const byPath = useMemo(() => new Map(fields.map((field) => [field.path, field])), [fields]);
  const options = useMemo(() => fields.map((field) => ({ value: field.path, label: field.path })), [fields]);
  const unmapped = mapping.filter((entry) => !entry.path).map((entry) => entry.column);
  const primary = fields.find((field) => field.identity?.isPrimary);
  const isPrimaryMissing = primary !== undefined && !mapping.some((entry) => entry.path === primary.path);

  return (
    <section aria-labelledby="import-mapping">
      <Group justify="space-between" align="baseline" mb={4}>
        <Text fw={600} id="import-mapping" component="h3" fz="md" m={0}>
          {t('wizards.import.mapping.title')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('wizards.import.mapping.summary', {
            count: mapping.length,
            mapped: mapping.length - unmapped.length,
          })}
        </Text>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('wizards.import.mapping.intro')}
      </Text>
      {unmapped.length > 0 ? (
        <Alert
          variant="light"
          color="orange"
          mb="sm"
          icon={<Icon name="alert" size={18} />}
          title={t('wizards.import.mapping.unmappedTitle', { count: unmapped.length })}
        >
          {t('wizards.import.mapping.unmapped', { columns: unmapped.join(', ') })}
        </Alert>
      ) : null}
      {isPrimaryMissing ? (
        <Alert
          variant="light"
          color="red"
          mb="sm"
          icon={<Icon name="alert" size={18} />}
          title={t('wizards.import.mapping.primaryMissingTitle')}
        >
          {t('wizards.import.mapping.primaryMissing', { path: primary.path })}
        </Alert>
      ) : null}
      <Table verticalSpacing={6} aria-labelledby="import-mapping">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w="28%">{t('wizards.import.mapping.column')}</Table.Th>
            <Table.Th>{t('wizards.import.mapping.destination')}</Table.Th>
            <Table.Th w={150}>{t('wizards.import.mapping.origin')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mapping.map((entry) => (
            <MappingRow
              key={entry.column}
              entry={entry}
              field={entry.path ? byPath.get(entry.path) : undefined}
              options={options}
              byPath={byPath}
              onMap={onMap}
            />
          ))}
        </Table.Tbody>
      </Table>
    </section>
  );
}

function MappingRow({
  entry,
  field,
  options,
  byPath,
  onMap,
}: {
  entry: ColumnMapping;
  field: SchemaField | undefined;
  options: { value: string; label: string }[];
  byPath: Map<string, SchemaField>;
  onMap(column: string, path: string | null): void;
}) {
  const t = useT();
  // The schema's fields are offered only while the list is open: closed rows stay light with many columns.
  const [isOpen, setOpen] = useState(false);
  const shown = isOpen ? options : entry.path ? [{ value: entry.path, label: entry.path }] : [];
  return (
    <Table.Tr data-column={entry.column} data-mapped={entry.path ? 'true' : 'false'}>
      <Table.Td>
        <Text size="sm" ff="monospace" fw={500}>
          {entry.column}
        </Text>
      </Table.Td>
      <Table.Td>
        <Select
          aria-label={t('wizards.import.mapping.selectLabel', { column: entry.column })}
          placeholder={t('wizards.import.mapping.placeholder')}
          value={entry.path}
          onChange={(value) => onMap(entry.column, value)}
          data={shown}
          onDropdownOpen={() => setOpen(true)}
          onDropdownClose={() => setOpen(false)}
          searchable
          clearable
          // Mantine hides the clear button from the keyboard; leaving a column out must not need a mouse.
          clearButtonProps={{
            'aria-label': t('wizards.import.mapping.clear', { column: entry.column }),
            'aria-hidden': false,
            tabIndex: 0,
          }}
          limit={60}
          nothingFoundMessage={t('wizards.import.mapping.nothingFound')}
          size="xs"
          renderOption={({ option }) => {
            const optionField = byPath.get(option.value);
            return (
              <Group justify="space-between" wrap="nowrap" gap="sm" w="100%">
                <Text size="xs" ff="monospace">
                  {option.value}
                </Text>
                <Group gap={4} wrap="nowrap">
                  {optionField?.identity ? (
                    <Badge size="xs" variant="light" color="teal">
                      {optionField.identity.namespace}
                    </Badge>
                  ) : null}
                  <Badge size="xs" variant="default" tt="none">
                    {optionField?.xdmType}
                  </Badge>
                </Group>
              </Group>
            );
          }}
        />
        {field ? (
          <Text size="xs" c="dimmed" mt={4}>
            {field.xdmType}
            {field.identity
              ? ` · ${t(field.identity.isPrimary ? 'wizards.import.mapping.primaryIdentity' : 'wizards.import.mapping.identity', { namespace: field.identity.namespace })}`
              : ''}
            {field.isRequired ? ` · ${t('wizards.import.mapping.required')}` : ''}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        {entry.path ? (
          <Badge size="sm" variant="light" color={ORIGIN_COLORS[entry.origin]}>
            {t(`wizards.import.mapping.origin.${entry.origin}`)}
          </Badge>
        ) : (
          <Badge size="sm" variant="light" color="orange" leftSection={<Icon name="alert" size={12} />}>
            {t('wizards.import.mapping.notMapped')}
          </Badge>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
