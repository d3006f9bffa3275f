// The dry run's answer: how the sample fared against the threshold, errors by code, and the failed rows.
import { Alert, Badge, Code, Table, Text, Title } from '@mantine/core';
import { Icon } from '../../../app/icons';
import { useT } from '../../../i18n/useT';
import { useUnits } from '../hooks/useUnits';
import type { ImportDataState } from '../state/import-data-store';
import { useWizard } from '../state/ImportWizardProvider';
import { sampleFailurePercent } from '../state/step-rules';
import { describeCode } from './code-descriptions';
import { pointerToPath } from './record-entries';

/** Failed rows listed under the codes; the counts above cover the whole sample. */
const SHOWN_ROWS = 100;

export function DryRunReport({ validation }: { validation: NonNullable<ImportDataState['validation']> }) {
  const t = useT();
  const units = useUnits();
  const options = useWizard((state) => state.options);
  const { rows, failed, percent } = sampleFailurePercent(validation);
  const isMultiFile = validation.files.length > 1;
  const byCode = new Map<string, { count: number; message?: string }>();
  for (const file of validation.files) {
    for (const [code, count] of Object.entries(file.result.byCode)) {
      const message = file.result.rows.find((row) => row.code === code)?.errors[0]?.message;
      const known = byCode.get(code);
      byCode.set(code, { count: (known?.count ?? 0) + count, message: known?.message ?? message });
    }
  }
  const failedRows = validation.files.flatMap((file) =>
    file.result.rows.filter((row) => row.outcome === 'failed').map((row) => ({ file: file.name, row })),
  );
  const verdict =
    failed === 0
      ? 'clean'
      : !options.isPartial
        ? 'wouldFailStrict'
        : percent > options.partialPercent
          ? 'wouldFailThreshold'
          : 'wouldPass';

  return (
    <>
      <Alert
        variant="light"
        color={verdict === 'clean' || verdict === 'wouldPass' ? 'teal' : 'red'}
        icon={<Icon name={verdict === 'clean' || verdict === 'wouldPass' ? 'check' : 'alert'} size={18} />}
        title={t('wizards.import.dryRun.summary', {
          count: rows,
          failed: units.number(failed),
          percent: units.percent(percent, 2),
        })}
        data-verdict={verdict}
      >
        {t(`wizards.import.dryRun.verdict.${verdict}`, {
          threshold: units.percent(options.partialPercent, 2),
        })}
      </Alert>
      {byCode.size > 0 ? (
        <>
          <Title order={3} fz="md" mt="xl" mb="xs" id="import-dry-run-codes">
            {t('wizards.import.dryRun.byCode')}
          </Title>
          <Table verticalSpacing={8} aria-labelledby="import-dry-run-codes">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={200}>{t('wizards.import.errors.code')}</Table.Th>
                <Table.Th>{t('wizards.import.errors.meaning')}</Table.Th>
                <Table.Th ta="right" w={90}>
                  {t('wizards.import.errors.rows')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...byCode].map(([code, { count, message }]) => (
                <Table.Tr key={code} data-code={code}>
                  <Table.Td>
                    <Code>{code}</Code>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{describeCode(t, code, message)}</Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    <Badge color="red" variant="light">
                      {units.number(count)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Title order={3} fz="md" mt="xl" mb="xs" id="import-dry-run-rows">
            {t('wizards.import.dryRun.byRow')}
          </Title>
          <Table.ScrollContainer minWidth={640} mah={360}>
            <Table verticalSpacing={6} aria-labelledby="import-dry-run-rows" stickyHeader>
              <Table.Thead>
                <Table.Tr>
                  {isMultiFile ? <Table.Th>{t('wizards.import.errors.file')}</Table.Th> : null}
                  <Table.Th w={60}>{t('wizards.import.preview.row')}</Table.Th>
                  <Table.Th w={60}>{t('wizards.import.preview.line')}</Table.Th>
                  <Table.Th w={190}>{t('wizards.import.errors.code')}</Table.Th>
                  <Table.Th>{t('wizards.import.errors.problem')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {failedRows.slice(0, SHOWN_ROWS).map(({ file, row }) => (
                  <Table.Tr key={`${file}:${row.row}`} data-row={row.row}>
                    {isMultiFile ? <Table.Td>{file}</Table.Td> : null}
                    <Table.Td>{row.row}</Table.Td>
                    <Table.Td>{row.line ?? '—'}</Table.Td>
                    <Table.Td>
                      <Code>{row.code}</Code>
                    </Table.Td>
                    <Table.Td>
                      {row.errors.map((error, index) => (
                        <Text key={index} size="sm">
                          {pointerToPath(error.pointerToViolation) ? (
                            <Code mr={6}>{pointerToPath(error.pointerToViolation)}</Code>
                          ) : null}
                          {error.message}
                        </Text>
                      ))}
                      {row.raw ? (
                        <Text size="xs" c="dimmed" ff="monospace" mt={2} lineClamp={2}>
                          {row.raw}
                        </Text>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {failedRows.length > SHOWN_ROWS ? (
            <Text size="xs" c="dimmed" mt={4}>
              {t('wizards.import.dryRun.moreRows', { count: failedRows.length - SHOWN_ROWS })}
            </Text>
          ) : null}
        </>
      ) : null}
    </>
  );
}
