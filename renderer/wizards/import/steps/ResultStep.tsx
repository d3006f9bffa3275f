// Step 6: the batch's status and metrics, its errors grouped by code, failed-rows download, revert, verify.
import { Alert, Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Link } from 'wouter';
import { Icon } from '../../../app/icons';
import { useT } from '../../../i18n/useT';
import { BatchErrors } from '../components/BatchErrors';
import { BatchStatusBadge } from '../components/BatchStatusBadge';
import { RevertDialog } from '../components/RevertDialog';
import { StepHeading } from '../../common/StepHeading';
import { useBatchResult } from '../hooks/useBatchResult';
import { useUnits } from '../hooks/useUnits';
import { useImportData, useImportStores, useWizard } from '../state/ImportWizardProvider';
import classes from './ResultStep.module.css';

export function ResultStep({ sandbox }: { sandbox: string }) {
  const t = useT();
  const units = useUnits();
  const { wizard, data } = useImportStores();
  const batchId = useWizard((state) => state.batchId);
  const batch = useImportData((state) => (state.batch?.id === batchId ? state.batch : undefined));
  const diagnostics = useImportData((state) =>
    state.diagnostics?.batchId === batchId ? state.diagnostics : undefined,
  );
  const dataset = useImportData((state) =>
    state.datasets?.find((entry) => entry.id === batch?.relatedObjects[0]?.id),
  );
  const { revert, isReverting, failedRowsFile, notFound } = useBatchResult(sandbox);
  const [isRevertOpen, revertDialog] = useDisclosure(false);

  if (notFound) {
    return (
      <Alert
        color="red"
        variant="light"
        icon={<Icon name="alert" size={18} />}
        title={t('wizards.import.result.notFound')}
      >
        {notFound.message}
      </Alert>
    );
  }
  if (!batch) {
    return (
      <Group gap="sm" py="xl">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {t('wizards.import.result.loading')}
        </Text>
      </Group>
    );
  }

  const metrics = batch.metrics;
  const failedCount = metrics?.failedRecordCount ?? 0;
  const download = async () => {
    const blob = await failedRowsFile();
    if (!blob) return;
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `batch-${batch.id}-failed-rows.jsonl`;
    link.click();
    // Give the browser the moment it needs to start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  const restart = () => {
    data.setState({
      previews: {},
      pendingPreviews: {},
      validation: undefined,
      progress: undefined,
      batch: undefined,
      diagnostics: undefined,
    });
    wizard.getState().restart();
  };

  return (
    <>
      <StepHeading
        mb="lg"
        title={t('wizards.import.result.title')}
        description={dataset ? t('wizards.import.result.intro', { dataset: dataset.name }) : undefined}
        aside={
          <BatchStatusBadge
            status={batch.status}
            size="xl"
            aria-label={t('wizards.import.result.statusLabel', {
              status: t(`wizards.import.status.${batch.status}`),
            })}
          />
        }
      />
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t('wizards.import.result.batchId')}{' '}
          <Text span ff="monospace" c="var(--mantine-color-text)" data-dynamic data-testid="batch-id">
            {batch.id}
          </Text>
        </Text>
        {batch.failureReason || batch.status === 'aborted' ? (
          <Alert
            color={batch.status === 'aborted' ? 'orange' : 'red'}
            variant="light"
            icon={<Icon name="alert" size={18} />}
            title={t(
              batch.status === 'aborted'
                ? 'wizards.import.result.abortedTitle'
                : 'wizards.import.result.failedTitle',
            )}
          >
            {batch.failureReason ?? t('wizards.import.result.aborted')}
          </Alert>
        ) : batch.status === 'success' && failedCount > 0 ? (
          <Alert
            color="yellow"
            variant="light"
            icon={<Icon name="alert" size={18} />}
            title={t('wizards.import.result.partialTitle')}
          >
            {t('wizards.import.result.partial', {
              count: failedCount,
              ingested: units.number(metrics?.outputRecordCount ?? 0),
            })}
          </Alert>
        ) : batch.status === 'success' ? (
          <Alert
            color="teal"
            variant="light"
            icon={<Icon name="check" size={18} />}
            title={t('wizards.import.result.successTitle')}
          >
            {t(
              batch.isProfileAtIngest
                ? 'wizards.import.result.success'
                : 'wizards.import.result.successNoProfile',
            )}
          </Alert>
        ) : batch.status === 'inactive' ? (
          <Alert
            color="gray"
            variant="light"
            icon={<Icon name="undo" size={18} />}
            title={t('wizards.import.result.revertedTitle')}
          >
            {t('wizards.import.result.reverted')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 2, sm: 3, lg: 5 }} spacing="md" component="dl" m={0}>
          <Metric
            label={t('wizards.import.result.inputRows')}
            value={units.number(metrics?.inputRecordCount ?? 0)}
          />
          <Metric
            label={t('wizards.import.result.outputRows')}
            value={units.number(metrics?.outputRecordCount ?? 0)}
          />
          <Metric
            label={t('wizards.import.result.failedRows')}
            value={units.number(failedCount)}
            tone={failedCount > 0 ? 'bad' : undefined}
          />
          <Metric
            label={t('wizards.import.result.notInProfile')}
            value={units.number(batch.identitySkippedCount)}
          />
          <Metric
            label={t('wizards.import.result.input')}
            value={units.bytes(metrics?.inputByteSize ?? 0)}
            detail={t('wizards.import.result.files', {
              count: metrics?.inputFileCount ?? batch.files.length,
            })}
          />
        </SimpleGrid>
        <Group gap="sm">
          {batch.status === 'success' ? (
            <Button
              component={Link}
              href={`/wizards/verify-upload?batch=${encodeURIComponent(batch.id)}`}
              rightSection={<Icon name="arrowRight" size={16} />}
            >
              {t('wizards.import.result.verify')}
            </Button>
          ) : null}
          <Button
            variant="default"
            leftSection={<Icon name="download" size={16} />}
            onClick={() => void download()}
            disabled={failedCount === 0 || !batch.tags.acp_enableErrorDiagnostics}
          >
            {t('wizards.import.result.download')}
          </Button>
          {batch.status === 'success' ? (
            <Button
              variant="default"
              color="red"
              leftSection={<Icon name="undo" size={16} />}
              onClick={revertDialog.open}
              loading={isReverting}
            >
              {t('wizards.import.result.revert')}
            </Button>
          ) : null}
          <Button variant="subtle" leftSection={<Icon name="plus" size={16} />} onClick={restart} ml="auto">
            {t('wizards.import.result.again')}
          </Button>
        </Group>
        {failedCount > 0 || (batch.errors?.length ?? 0) > 0 ? (
          <section aria-labelledby="import-result-errors">
            <Title order={3} fz="md" mb="sm" id="import-result-errors">
              {t('wizards.import.result.errorsTitle')}
            </Title>
            {diagnostics ? (
              <BatchErrors batch={batch} diagnostics={diagnostics.rows} isComplete={diagnostics.isComplete} />
            ) : (
              <Loader size="sm" />
            )}
          </section>
        ) : null}
      </Stack>
      <RevertDialog
        isOpen={isRevertOpen}
        onClose={revertDialog.close}
        rows={metrics?.outputRecordCount ?? 0}
        onConfirm={async () => {
          revertDialog.close();
          await revert();
        }}
      />
    </>
  );
}

function Metric({
  label,
  value,
  detail,
  tone,
}: {
  label: string;
  value: string;
  detail?: string;
  tone?: 'bad';
}) {
  return (
    <div className={classes.metric}>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} mt={2} fz="xl" fw={650} className={classes.value} data-tone={tone}>
        {value}
        {detail ? (
          <Text span size="xs" c="dimmed" fw={500} ml={6}>
            {detail}
          </Text>
        ) : null}
      </Text>
    </div>
  );
}
