// The diagnosis: the platform's documented causes in order, each marked "this is it" or "ruled out", with its evidence.
import { Badge, Group, Paper, Skeleton, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { useId } from 'react';
import type { Diagnosis, DiagnosisCheck } from '../../../../shared/contract';
import { Icon } from '../../../app/icons';
import { useT } from '../../../i18n/useT';
import classes from './DiagnosisChecklist.module.css';

export interface DiagnosisChecklistProps {
  diagnosis: Diagnosis | undefined;
  isRunning: boolean;
  datasetName(id: string): string;
}

function Check({
  check,
  index,
  datasetName,
}: {
  check: DiagnosisCheck;
  index: number;
  datasetName(id: string): string;
}) {
  const t = useT();
  const id = useId();
  return (
    <li
      className={classes.check}
      data-match={check.isMatch || undefined}
      aria-labelledby={`${id}-title ${id}-mark`}
    >
      <ThemeIcon
        size={28}
        radius="xl"
        variant={check.isMatch ? 'filled' : 'light'}
        color={check.isMatch ? 'red' : 'gray'}
        aria-hidden="true"
      >
        <Icon name={check.isMatch ? 'alert' : 'check'} size={16} />
      </ThemeIcon>
      <Stack gap={4} className={classes.body}>
        <Group gap="sm" justify="space-between" wrap="nowrap" align="flex-start">
          <Text id={`${id}-title`} size="sm" fw={600}>
            {t('wizards.verify.cause.numbered', {
              n: index + 1,
              cause: t(`wizards.verify.cause.${check.cause}`),
            })}
          </Text>
          <Badge
            id={`${id}-mark`}
            color={check.isMatch ? 'red' : 'gray'}
            variant={check.isMatch ? 'filled' : 'light'}
            radius="sm"
            className={classes.mark}
          >
            {t(check.isMatch ? 'wizards.verify.diagnosis.match' : 'wizards.verify.diagnosis.ruledOut')}
          </Badge>
        </Group>
        <Text size="sm" c={check.isMatch ? undefined : 'dimmed'}>
          {check.message}
        </Text>
        {check.evidence.length > 0 ? (
          <Table
            className={classes.evidence}
            verticalSpacing={4}
            horizontalSpacing="sm"
            withTableBorder
            aria-label={t('wizards.verify.diagnosis.evidence')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('wizards.verify.diagnosis.dataset')}</Table.Th>
                <Table.Th>{t('wizards.verify.diagnosis.batch')}</Table.Th>
                <Table.Th ta="right">{t('wizards.verify.diagnosis.row')}</Table.Th>
                <Table.Th>{t('wizards.verify.diagnosis.detail')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {check.evidence.map((item, row) => (
                <Table.Tr key={`${item.batchId ?? ''}|${item.row ?? ''}|${row}`}>
                  <Table.Td>{item.datasetId ? datasetName(item.datasetId) : '—'}</Table.Td>
                  <Table.Td className={classes.mono} data-dynamic={item.batchId ? true : undefined}>
                    {item.batchId ?? '—'}
                  </Table.Td>
                  <Table.Td ta="right">{item.row ?? '—'}</Table.Td>
                  <Table.Td className={classes.detail}>{item.detail ?? ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
    </li>
  );
}

export function DiagnosisChecklist({ diagnosis, isRunning, datasetName }: DiagnosisChecklistProps) {
  const t = useT();
  const matches = diagnosis?.checks.filter((check) => check.isMatch).length ?? 0;
  return (
    <Paper
      withBorder
      radius="md"
      p="lg"
      component="section"
      aria-labelledby="verify-diagnosis"
      aria-busy={isRunning}
    >
      <Group justify="space-between" align="baseline" mb="md">
        <Title order={3} fz="md" id="verify-diagnosis">
          {t('wizards.verify.diagnosis.title')}
        </Title>
        {diagnosis ? (
          <Text size="sm" c={matches > 0 ? 'red' : 'dimmed'} fw={500} role="status">
            {matches > 0
              ? t('wizards.verify.diagnosis.matches', { count: matches })
              : t('wizards.verify.diagnosis.noMatch')}
          </Text>
        ) : null}
      </Group>
      {!diagnosis ? (
        isRunning ? (
          <Stack gap="sm" role="status" aria-label={t('wizards.verify.diagnosis.running')}>
            {[0, 1, 2, 3].map((key) => (
              <Skeleton key={key} height={44} />
            ))}
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('wizards.verify.diagnosis.unavailable')}
          </Text>
        )
      ) : (
        <ol className={classes.list} aria-label={t('wizards.verify.diagnosis.list')}>
          {diagnosis.checks.map((check, index) => (
            <Check key={check.cause} check={check} index={index} datasetName={datasetName} />
          ))}
        </ol>
      )}
    </Paper>
  );
}
