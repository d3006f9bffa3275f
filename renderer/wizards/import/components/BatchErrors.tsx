// A batch's row errors grouped by code (the batch's own counts), each group listing its offending rows.
import { Accordion, Badge, Code, Group, Table, Text } from '@mantine/core';
import type { BatchView } from '../../../../shared/contract';
import { useT } from '../../../i18n/useT';
import { useUnits } from '../hooks/useUnits';
import type { BatchDiagnostic } from '../state/import-data-store';
import { describeCode } from './code-descriptions';
import { pointerToPath } from './record-entries';
import classes from './BatchErrors.module.css';

/** The batch summary code only repeats the counts; it has no rows of its own. */
const SUMMARY_CODES = new Set(['INGEST-1212-400']);

export function BatchErrors({
  batch,
  diagnostics,
  isComplete,
}: {
  batch: BatchView;
  diagnostics: readonly BatchDiagnostic[];
  isComplete: boolean;
}) {
  const t = useT();
  const units = useUnits();
  const rowsByCode = new Map<string, BatchDiagnostic[]>();
  for (const row of diagnostics) rowsByCode.set(row.code, [...(rowsByCode.get(row.code) ?? []), row]);
  const groups = (batch.errors ?? []).filter((error) => !SUMMARY_CODES.has(error.code));
  // Diagnostics whose code the batch does not list (e.g. without per-code counts) still get a group.
  for (const code of rowsByCode.keys()) {
    if (!groups.some((group) => group.code === code))
      groups.push({ code, description: '', recordCount: rowsByCode.get(code)?.length ?? 0 });
  }
  if (groups.length === 0) return null;
  const isMultiFile = batch.files.length > 1;

  return (
    <Accordion
      variant="separated"
      multiple
      defaultValue={groups.slice(0, 1).map((group) => group.code)}
      chevronPosition="left"
    >
      {groups.map((group) => {
        const rows = rowsByCode.get(group.code) ?? [];
        return (
          <Accordion.Item key={group.code} value={group.code} data-code={group.code}>
            <Accordion.Control
              aria-label={t('wizards.import.result.codeLabel', {
                code: group.code,
                count: group.recordCount ?? rows.length,
              })}
            >
              <Group justify="space-between" wrap="nowrap" gap="md">
                <Group gap="sm" wrap="nowrap" className={classes.title}>
                  <Code fw={600} className={classes.code}>
                    {group.code}
                  </Code>
                  <Text size="sm" lineClamp={1}>
                    {describeCode(t, group.code, group.description || rows[0]?.message)}
                  </Text>
                </Group>
                {group.recordCount !== undefined ? (
                  <Badge color="red" variant="light" className={classes.count}>
                    {t('wizards.import.result.rowsCount', { count: group.recordCount })}
                  </Badge>
                ) : null}
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              {rows.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t(
                    batch.tags.acp_enableErrorDiagnostics
                      ? 'wizards.import.result.noRowsShown'
                      : 'wizards.import.result.noDiagnostics',
                  )}
                </Text>
              ) : (
                <Table.ScrollContainer minWidth={720} mah={420}>
                  <Table
                    verticalSpacing={6}
                    stickyHeader
                    aria-label={t('wizards.import.result.rowsLabel', { code: group.code })}
                    className={classes.table}
                  >
                    <Table.Thead>
                      <Table.Tr>
                        {isMultiFile ? <Table.Th>{t('wizards.import.errors.file')}</Table.Th> : null}
                        <Table.Th w={60}>{t('wizards.import.preview.row')}</Table.Th>
                        <Table.Th w={60}>{t('wizards.import.preview.line')}</Table.Th>
                        <Table.Th w={180}>{t('wizards.import.errors.path')}</Table.Th>
                        <Table.Th>{t('wizards.import.errors.problem')}</Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {rows.map((row) => (
                        <Table.Tr key={`${row.file}:${row.row}`} data-row={row.row}>
                          {isMultiFile ? <Table.Td>{row.file}</Table.Td> : null}
                          <Table.Td className={classes.number}>{row.row}</Table.Td>
                          <Table.Td className={classes.number}>{row.line ?? '—'}</Table.Td>
                          <Table.Td>
                            {row.path ? <Code>{pointerToPath(row.path) || row.path}</Code> : '—'}
                          </Table.Td>
                          <Table.Td>
                            <Text size="sm">{row.message}</Text>
                            {row.raw ? (
                              <Text size="xs" ff="monospace" c="dimmed" mt={2} className={classes.raw}>
                                {row.raw}
                              </Text>
                            ) : null}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </Table>
                </Table.ScrollContainer>
              )}
              {!isComplete && rows.length > 0 ? (
                <Text size="xs" c="dimmed" mt={6}>
                  {t('wizards.import.result.firstRowsOnly', { count: units.number(diagnostics.length) })}
                </Text>
              ) : null}
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}
