// Step 5: the running batch — a progress bar driven by `ingest-progress` events, rates, time left and Cancel.
// Only the small live parts subscribe to the progress, so each update (≤ every ~100 ms) re-renders little.
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useT } from '../../../i18n/useT';
import { StepHeading } from '../../common/StepHeading';
import { useCancelIngest } from '../hooks/useCancelIngest';
import { useUnits } from '../hooks/useUnits';
import type { IngestProgressView } from '../state/import-data-store';
import { useImportData } from '../state/ImportWizardProvider';
import classes from './IngestStep.module.css';
import { Icon } from '../../../app/icons';

export function IngestStep({ sandbox }: { sandbox: string }) {
  const t = useT();
  const cancel = useCancelIngest(sandbox);
  const hasProgress = useImportData((state) => state.progress !== undefined);
  const isLocked = useImportData(
    (state) => state.progress?.isCancelling === true || state.progress?.phase === 'finishing',
  );
  if (!hasProgress) return null;
  return (
    <>
      <StepHeading
        mb="lg"
        title={t('wizards.import.ingest.title')}
        description={t('wizards.import.ingest.intro')}
      />
      <Stack gap="lg" className={classes.panel}>
        <IngestHeadline />
        <IngestBar />
        <IngestFigures />
        <Group>
          <Button
            color="red"
            variant="light"
            onClick={() => void cancel()}
            disabled={isLocked}
            leftSection={<Icon name="stop" size={16} />}
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

function IngestHeadline() {
  const t = useT();
  const file = useImportData((state) => state.progress?.file ?? '');
  const index = useImportData((state) => state.progress?.fileIndex ?? 0);
  const count = useImportData((state) => state.progress?.fileCount ?? 0);
  const isCancelling = useImportData((state) => state.progress?.isCancelling === true);
  const isFinishing = useImportData((state) => state.progress?.phase === 'finishing');
  const batchId = useImportData((state) => state.batch?.id);
  return (
    <Group justify="space-between" align="baseline">
      <Text fw={600} aria-live="polite">
        {isCancelling
          ? t('wizards.import.ingest.cancelling')
          : isFinishing
            ? t('wizards.import.ingest.finishing')
            : t('wizards.import.ingest.reading', { name: file, index: index + 1, count })}
      </Text>
      <Text size="sm" c="dimmed" ff="monospace" data-dynamic>
        {batchId ? t('wizards.import.ingest.batch', { id: batchId }) : null}
      </Text>
    </Group>
  );
}

/** Share of the bytes done, in tenths of a percent. */
function percentOf(progress: IngestProgressView | undefined): number {
  if (!progress || progress.totalBytes <= 0) return 0;
  return Math.min(100, Math.round((progress.bytesDone / progress.totalBytes) * 1000) / 10);
}

function IngestBar() {
  const t = useT();
  const percent = useImportData((state) => percentOf(state.progress));
  const isFinishing = useImportData((state) => state.progress?.phase === 'finishing');
  return (
    <Progress
      value={percent}
      size="xl"
      radius="xl"
      striped={isFinishing}
      animated={isFinishing}
      aria-label={t('wizards.import.ingest.progressLabel')}
      transitionDuration={100}
    />
  );
}

/** The figures under the bar, as plain elements: they change on every update. */
function IngestFigures() {
  const t = useT();
  const units = useUnits();
  const progress = useImportData((state) => state.progress);
  if (!progress) return null;
  const percent = percentOf(progress);
  const seconds = progress.elapsedMs / 1000;
  const byteRate = seconds > 0 ? progress.bytesDone / seconds : 0;
  const rowRate = seconds > 0 ? progress.rowsRead / seconds : 0;
  const secondsLeft = byteRate > 0 ? (progress.totalBytes - progress.bytesDone) / byteRate : undefined;
  const figures: { label: string; value: string; isDynamic?: boolean; isWarning?: boolean }[] = [
    { label: t('wizards.import.ingest.done'), value: units.percent(percent) },
    { label: t('wizards.import.ingest.rows'), value: units.number(progress.rowsRead) },
    {
      label: t('wizards.import.ingest.failed'),
      value: units.number(progress.rowsFailed),
      isWarning: progress.rowsFailed > 0,
    },
    {
      label: t('wizards.import.ingest.bytes'),
      value: t('wizards.import.ingest.bytesOf', {
        read: units.bytes(progress.bytesRead),
        total: units.bytes(progress.totalBytes),
      }),
    },
    {
      label: t('wizards.import.ingest.rate'),
      value: t('wizards.import.ingest.rateValue', {
        rows: units.number(Math.round(rowRate)),
        bytes: units.bytes(byteRate),
      }),
      isDynamic: true,
    },
    { label: t('wizards.import.ingest.elapsed'), value: units.duration(seconds), isDynamic: true },
    {
      label: t('wizards.import.ingest.left'),
      value:
        secondsLeft === undefined || progress.phase === 'finishing'
          ? '—'
          : t('wizards.import.ingest.leftValue', { time: units.duration(secondsLeft) }),
      isDynamic: true,
    },
  ];
  return (
    <dl className={classes.figures}>
      {figures.map((figure) => (
        <div key={figure.label}>
          <dt className={classes.label}>{figure.label}</dt>
          <dd
            className={classes.value}
            data-warning={figure.isWarning || undefined}
            data-dynamic={figure.isDynamic || undefined}
          >
            {figure.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
