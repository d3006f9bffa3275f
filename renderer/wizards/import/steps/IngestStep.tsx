// Step 5: the running batch — a progress bar driven by `ingest-progress` events, rates, time left and Cancel.
import { Button, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useT } from '../../../i18n/useT';
import { ImportIcon } from '../components/ImportIcon';
import { StepHeading } from '../components/StepHeading';
import { useCancelIngest } from '../hooks/useCancelIngest';
import { useUnits } from '../hooks/useUnits';
import { useImportData } from '../state/ImportWizardProvider';
import classes from './IngestStep.module.css';

export function IngestStep({ sandbox }: { sandbox: string }) {
  const t = useT();
  const units = useUnits();
  const cancel = useCancelIngest(sandbox);
  const progress = useImportData((state) => state.progress);
  const batchId = useImportData((state) => state.batch?.id);
  if (!progress) return null;

  const fraction = progress.totalBytes > 0 ? progress.bytesRead / progress.totalBytes : 0;
  const percent = Math.min(100, Math.round(fraction * 1000) / 10);
  const seconds = progress.elapsedMs / 1000;
  const byteRate = seconds > 0 ? progress.bytesRead / seconds : 0;
  const rowRate = seconds > 0 ? progress.rowsRead / seconds : 0;
  const secondsLeft = byteRate > 0 ? (progress.totalBytes - progress.bytesRead) / byteRate : undefined;
  const isFinishing = progress.phase === 'finishing';

  return (
    <>
      <StepHeading step="ingest" title={t('wizards.import.ingest.title')} intro={t('wizards.import.ingest.intro')} />
      <Stack gap="lg" className={classes.panel}>
        <Group justify="space-between" align="baseline">
          <Text fw={600} aria-live="polite">
            {progress.isCancelling
              ? t('wizards.import.ingest.cancelling')
              : isFinishing
                ? t('wizards.import.ingest.finishing')
                : t('wizards.import.ingest.reading', { name: progress.file, index: progress.fileIndex + 1, count: progress.fileCount })}
          </Text>
          <Text size="sm" c="dimmed" ff="monospace" data-dynamic>
            {batchId ? t('wizards.import.ingest.batch', { id: batchId }) : null}
          </Text>
        </Group>
        <Progress
          value={percent}
          size="xl"
          radius="xl"
          striped={isFinishing}
          animated={isFinishing}
          aria-label={t('wizards.import.ingest.progressLabel')}
          transitionDuration={100}
        />
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="lg" component="dl" m={0}>
          <Fact label={t('wizards.import.ingest.done')} value={units.percent(percent)} />
          <Fact label={t('wizards.import.ingest.rows')} value={units.number(progress.rowsRead)} />
          <Fact label={t('wizards.import.ingest.failed')} value={units.number(progress.rowsFailed)} isWarning={progress.rowsFailed > 0} />
          <Fact
            label={t('wizards.import.ingest.bytes')}
            value={t('wizards.import.ingest.bytesOf', { read: units.bytes(progress.bytesRead), total: units.bytes(progress.totalBytes) })}
          />
          <Fact
            label={t('wizards.import.ingest.rate')}
            value={t('wizards.import.ingest.rateValue', { rows: units.number(Math.round(rowRate)), bytes: units.bytes(byteRate) })}
            isDynamic
          />
          <Fact label={t('wizards.import.ingest.elapsed')} value={units.duration(seconds)} isDynamic />
          <Fact
            label={t('wizards.import.ingest.left')}
            value={secondsLeft === undefined || isFinishing ? '—' : t('wizards.import.ingest.leftValue', { time: units.duration(secondsLeft) })}
            isDynamic
          />
        </SimpleGrid>
        <Group>
          <Button
            color="red"
            variant="light"
            onClick={() => void cancel()}
            disabled={progress.isCancelling || isFinishing}
            leftSection={<ImportIcon name="stop" />}
          >
            {t('wizards.import.ingest.cancel')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('wizards.import.ingest.cancelHint')}
          </Text>
        </Group>
      </Stack>
    </>
  );
}

function Fact({ label, value, isDynamic = false, isWarning = false }: { label: string; value: string; isDynamic?: boolean; isWarning?: boolean }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {label}
      </Text>
      <Text component="dd" m={0} mt={4} fw={600} className={classes.value} data-warning={isWarning || undefined} data-dynamic={isDynamic || undefined}>
        {value}
      </Text>
    </div>
  );
}
