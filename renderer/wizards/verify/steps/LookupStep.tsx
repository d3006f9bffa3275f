// Step 2: the identity to look up (namespace + value) and the merge policy, or a profile picked from the batch's list.
import { Alert, Group, Select, Stack, TextInput } from '@mantine/core';
import type { FormEvent } from 'react';
import { Icon } from '../../../app/icons';
import { useT } from '../../../i18n/useT';
import { StepHeading, useStepHeadingId } from '../../common/StepHeading';
import { TouchedProfiles } from '../components/TouchedProfiles';
import { useDatasetNames } from '../hooks/useDatasetNames';
import { policySummary } from '../model/policy-summary';
import type { Lookup } from '../state/verify-wizard-store';
import { useVerifyData, useVerifyStores, useVerifyWizard } from '../state/VerifyWizardProvider';

export const LOOKUP_FORM_ID = 'verify-lookup-form';

export function LookupStep({ onLookUp }: { onLookUp(lookup: Lookup): void }) {
  const t = useT();
  const headingId = useStepHeadingId();
  const { wizard } = useVerifyStores();
  const datasetName = useDatasetNames();
  const namespaces = useVerifyData((state) => state.namespaces);
  const policies = useVerifyData((state) => state.policies);
  const touched = useVerifyData((state) => state.touched);
  const namespace = useVerifyWizard((state) => state.namespace);
  const value = useVerifyWizard((state) => state.value);
  const mergePolicyId = useVerifyWizard((state) => state.mergePolicyId);
  const isValueMissing = useVerifyWizard((state) => state.isValueMissing);
  const batchId = useVerifyWizard((state) => state.batchId);
  const profilePage = useVerifyWizard((state) => state.profilePage);
  const setNamespace = useVerifyWizard((state) => state.setNamespace);
  const setValue = useVerifyWizard((state) => state.setValue);
  const setMergePolicy = useVerifyWizard((state) => state.setMergePolicy);
  const setProfilePage = useVerifyWizard((state) => state.setProfilePage);
  const policy = policies?.find((candidate) => candidate.id === mergePolicyId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const state = wizard.getState();
    if (!state.namespace || state.value.trim() === '') return state.markValueMissing();
    onLookUp({ namespace: state.namespace, value: state.value, mergePolicyId: state.mergePolicyId });
  };

  return (
    <>
      <StepHeading
        mb="lg"
        title={t('wizards.verify.lookup.title')}
        description={t('wizards.verify.lookup.intro')}
      />
      <Stack gap="lg">
        <form id={LOOKUP_FORM_ID} onSubmit={submit} noValidate aria-labelledby={headingId}>
          <Stack gap="md" maw={720}>
            <Group align="flex-start" gap="md" grow preventGrowOverflow={false}>
              <Select
                label={t('wizards.verify.lookup.namespace')}
                data={(namespaces ?? []).map((ns) => ({
                  value: ns.code,
                  label: ns.name === ns.code ? ns.code : `${ns.name} (${ns.code})`,
                }))}
                value={namespace}
                onChange={setNamespace}
                searchable
                allowDeselect={false}
                nothingFoundMessage={t('wizards.verify.lookup.noNamespace')}
                maw={240}
              />
              <TextInput
                label={t('wizards.verify.lookup.value')}
                description={t('wizards.verify.lookup.valueHint')}
                value={value}
                onChange={(event) => setValue(event.currentTarget.value)}
                error={isValueMissing ? t('wizards.verify.lookup.valueMissing') : undefined}
                autoComplete="off"
                spellCheck={false}
              />
            </Group>
            <Select
              label={t('wizards.verify.lookup.policy')}
              description={policySummary(t, policy, datasetName)}
              data={(policies ?? []).map((p) => ({
                value: p.id,
                label: p.default ? t('wizards.verify.lookup.policyDefault', { name: p.name }) : p.name,
              }))}
              value={mergePolicyId ?? null}
              onChange={(id) => setMergePolicy(id ?? undefined)}
              allowDeselect={false}
              disabled={policies?.length === 0}
              placeholder={policies?.length === 0 ? t('wizards.verify.lookup.noPolicies') : undefined}
              maw={480}
            />
            {policies?.length === 0 ? (
              <Alert color="blue" variant="light" icon={<Icon name="merge" size={18} />} p="xs">
                {t('wizards.verify.policy.none')}
              </Alert>
            ) : null}
          </Stack>
        </form>
        {batchId ? (
          <TouchedProfiles
            touched={touched?.batchId === batchId ? touched : undefined}
            isLoading={false}
            page={profilePage}
            onPageChange={setProfilePage}
            onPick={(profile) =>
              onLookUp({
                namespace: profile.namespace,
                value: profile.id,
                mergePolicyId: wizard.getState().mergePolicyId,
              })
            }
          />
        ) : null}
      </Stack>
    </>
  );
}
