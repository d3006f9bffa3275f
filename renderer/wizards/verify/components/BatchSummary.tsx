// What the chosen batch did: its dataset, status and counts, and the reasons its rows may not have reached Profile.
import { Alert, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { BatchView, DatasetView } from '../../../../shared/contract';
import { Icon } from '../../../app/icons';
import { useFormat } from '../../../i18n/useFormat';
import { useT } from '../../../i18n/useT';
import { useTime } from '../hooks/useTime';
import { BatchStatus } from './BatchStatus';
import classes from '../VerifyWizard.module.css';

export function BatchSummary({ batch, dataset }: { batch: BatchView; dataset: DatasetView | undefined }) {
  const t = useT();
  const format = useFormat();
  const time = useTime();
  const warnings: string[] = [];
  if (batch.status !== 'success') warnings.push(t('wizards.verify.summary.notSuccess'));
  else if (!batch.isProfileAtIngest) warnings.push(t('wizards.verify.summary.beforeProfile'));
  if (batch.identitySkippedCount > 0)
    warnings.push(t('wizards.verify.summary.skipped', { count: batch.identitySkippedCount }));

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="verify-batch-summary">
      <Group justify="space-between" align="center" mb="sm" wrap="nowrap">
        <Title order={3} fz="md" id="verify-batch-summary">
          {t('wizards.verify.summary.title')}
        </Title>
        <BatchStatus status={batch.status} />
      </Group>
      <dl className={classes.facts}>
        <div className={classes.factWide}>
          <dt>{t('wizards.verify.summary.dataset')}</dt>
          <dd>
            <Group gap={6} wrap="nowrap">
              <span>{dataset?.name ?? batch.relatedObjects[0]?.id}</span>
              {dataset ? (
                <Badge size="xs" variant="outline" color={dataset.isProfileEnabled ? 'green' : 'gray'}>
                  {t(
                    dataset.isProfileEnabled
                      ? 'wizards.verify.summary.profileOn'
                      : 'wizards.verify.summary.profileOff',
                  )}
                </Badge>
              ) : null}
            </Group>
          </dd>
        </div>
        <div>
          <dt>{t('wizards.verify.summary.written')}</dt>
          <dd>{format.number(batch.metrics?.outputRecordCount ?? 0)}</dd>
        </div>
        <div>
          <dt>{t('wizards.verify.summary.failed')}</dt>
          <dd>{format.number(batch.metrics?.failedRecordCount ?? 0)}</dd>
        </div>
        <div>
          <dt>{t('wizards.verify.summary.skippedLabel')}</dt>
          <dd>{format.number(batch.identitySkippedCount)}</dd>
        </div>
        <div>
          <dt>{t('wizards.verify.summary.completed')}</dt>
          <dd data-dynamic>{time(batch.completed ?? batch.updated)}</dd>
        </div>
      </dl>
      {warnings.length > 0 ? (
        <Stack gap="xs" mt="md">
          {warnings.map((warning) => (
            <Alert key={warning} color="yellow" variant="light" icon={<Icon name="alert" size={18} />} p="xs">
              <Text size="sm">{warning}</Text>
            </Alert>
          ))}
        </Stack>
      ) : null}
    </Paper>
  );
}
