// Step 1: choose the upload to verify — a batch (newest first) or a dataset's newest batch — and see the profiles it touched.
import { Alert, Anchor, Select, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'wouter';
import { Icon } from '../../../app/icons';
import { useT } from '../../../i18n/useT';
import { BatchPicker, datasetOf } from '../components/BatchPicker';
import { BatchSummary } from '../components/BatchSummary';
import { StepHeading } from '../../common/StepHeading';
import { TouchedProfiles } from '../components/TouchedProfiles';
import type { TouchedProfile } from '../state/verify-data-store';
import type { Lookup } from '../state/verify-wizard-store';
import { useVerifyData, useVerifyStores, useVerifyWizard } from '../state/VerifyWizardProvider';

const ALL_DATASETS = '*';

export function UploadStep({
  isLoadingProfiles,
  onLookUp,
}: {
  isLoadingProfiles: boolean;
  onLookUp(lookup: Lookup): void;
}) {
  const t = useT();
  const { wizard } = useVerifyStores();
  const batches = useVerifyData((state) => state.batches);
  const datasets = useVerifyData((state) => state.datasets);
  const touched = useVerifyData((state) => state.touched);
  const datasetId = useVerifyWizard((state) => state.datasetId);
  const batchId = useVerifyWizard((state) => state.batchId);
  const batchPage = useVerifyWizard((state) => state.batchPage);
  const profilePage = useVerifyWizard((state) => state.profilePage);
  const chooseDataset = useVerifyWizard((state) => state.chooseDataset);
  const chooseBatch = useVerifyWizard((state) => state.chooseBatch);
  const setBatchPage = useVerifyWizard((state) => state.setBatchPage);
  const setProfilePage = useVerifyWizard((state) => state.setProfilePage);

  const shown = batches && datasetId ? batches.filter((batch) => datasetOf(batch) === datasetId) : batches;
  const batch = batches?.find((candidate) => candidate.id === batchId);
  const dataset = batch ? datasets?.find((candidate) => candidate.id === datasetOf(batch)) : undefined;
  const isMissing = batches !== undefined && batchId !== null && !batch;

  const onDataset = (value: string | null) => {
    const id = value && value !== ALL_DATASETS ? value : null;
    const newest = id ? batches?.find((candidate) => datasetOf(candidate) === id) : undefined;
    chooseDataset(id, newest?.id ?? null);
  };
  const onPick = (profile: TouchedProfile) =>
    onLookUp({
      namespace: profile.namespace,
      value: profile.id,
      mergePolicyId: wizard.getState().mergePolicyId,
    });

  return (
    <>
      <StepHeading
        mb="lg"
        title={t('wizards.verify.upload.title')}
        description={t('wizards.verify.upload.intro')}
      />
      <Stack gap="lg">
        <Select
          label={t('wizards.verify.upload.dataset')}
          description={t('wizards.verify.upload.datasetHint')}
          data={[
            { value: ALL_DATASETS, label: t('wizards.verify.upload.allDatasets') },
            ...(datasets ?? []).map((d) => ({ value: d.id, label: d.name })),
          ]}
          value={datasetId ?? ALL_DATASETS}
          onChange={onDataset}
          allowDeselect={false}
          maw={360}
        />
        {isMissing ? (
          <Alert
            color="yellow"
            variant="light"
            icon={<Icon name="alert" size={18} />}
            title={t('wizards.verify.upload.missingTitle')}
          >
            {t('wizards.verify.upload.missing', { id: batchId })}
          </Alert>
        ) : null}
        {!shown ? (
          <Skeleton height={200} />
        ) : shown.length === 0 ? (
          <Alert color="gray" variant="light" title={t('wizards.verify.upload.noBatchesTitle')}>
            <Text size="sm">
              {t(datasetId ? 'wizards.verify.upload.noBatchesInDataset' : 'wizards.verify.upload.noBatches')}
            </Text>
            <Anchor component={Link} href="/wizards/import-files" size="sm">
              {t('wizards.verify.upload.toImport')}
            </Anchor>
          </Alert>
        ) : (
          <BatchPicker
            batches={shown}
            value={batchId}
            onChange={chooseBatch}
            page={batchPage}
            onPageChange={setBatchPage}
          />
        )}
        {batch ? (
          <>
            <BatchSummary batch={batch} dataset={dataset} />
            <TouchedProfiles
              touched={touched?.batchId === batch.id ? touched : undefined}
              isLoading={isLoadingProfiles}
              page={profilePage}
              onPageChange={setProfilePage}
              onPick={onPick}
            />
          </>
        ) : null}
      </Stack>
    </>
  );
}
