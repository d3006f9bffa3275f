// Browse a sample of profiles (those recent batches touched, a page at a time) and look one up by namespace + value,
// with the verify wizard's merged-profile tree, fragments, identity graph, events and diagnosis (imported, not copied).
import { Alert, Button, Group, Paper, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, type FormEvent } from 'react';
import { Icon } from '../../app/icons';
import { useT } from '../../i18n/useT';
import { datasetOf } from '../../wizards/verify/components/BatchPicker';
import { LookupOutcome, lookupHeading } from '../../wizards/verify/components/LookupOutcome';
import { policySummary } from '../../wizards/verify/model/policy-summary';
import { TouchedProfiles } from '../../wizards/verify/components/TouchedProfiles';
import { useDatasetNames } from '../../wizards/verify/hooks/useDatasetNames';
import { useLookup } from '../../wizards/verify/hooks/useLookup';
import { useTouchedProfiles } from '../../wizards/verify/hooks/useTouchedProfiles';
import { useVerifyCatalog } from '../../wizards/verify/hooks/useVerifyCatalog';
import { useTime } from '../../wizards/verify/hooks/useTime';
import {
  useVerifyData,
  useVerifyStores,
  useVerifyWizard,
} from '../../wizards/verify/state/VerifyWizardProvider';

const RESULT_HEADING = 'profiles-result';

function LookupForm({ onLookUp }: { onLookUp: ReturnType<typeof useLookup>['lookUp'] }) {
  const t = useT();
  const { wizard } = useVerifyStores();
  const datasetName = useDatasetNames();
  const namespaces = useVerifyData((state) => state.namespaces);
  const policies = useVerifyData((state) => state.policies);
  const namespace = useVerifyWizard((state) => state.namespace);
  const value = useVerifyWizard((state) => state.value);
  const mergePolicyId = useVerifyWizard((state) => state.mergePolicyId);
  const isValueMissing = useVerifyWizard((state) => state.isValueMissing);
  const policy = policies?.find((candidate) => candidate.id === mergePolicyId);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const state = wizard.getState();
    if (!state.namespace || state.value.trim() === '') return state.markValueMissing();
    void onLookUp({
      namespace: state.namespace,
      value: state.value.trim(),
      mergePolicyId: state.mergePolicyId,
    });
  };

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="profiles-lookup">
      <Title order={2} fz="lg" id="profiles-lookup" mb={4}>
        {t('views.profiles.lookup.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('views.profiles.lookup.intro')}
      </Text>
      <form onSubmit={submit} noValidate aria-labelledby="profiles-lookup">
        <Group align="flex-start" gap="md" wrap="wrap">
          <Select
            label={t('wizards.verify.lookup.namespace')}
            data={(namespaces ?? []).map((ns) => ({
              value: ns.code,
              label: ns.name === ns.code ? ns.code : `${ns.name} (${ns.code})`,
            }))}
            value={namespace}
            onChange={(next) => wizard.getState().setNamespace(next)}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('wizards.verify.lookup.noNamespace')}
            w={220}
          />
          <TextInput
            label={t('wizards.verify.lookup.value')}
            value={value}
            onChange={(event) => wizard.getState().setValue(event.currentTarget.value)}
            error={isValueMissing ? t('wizards.verify.lookup.valueMissing') : undefined}
            autoComplete="off"
            spellCheck={false}
            miw={260}
            style={{ flex: 1 }}
          />
          <Select
            label={t('wizards.verify.lookup.policy')}
            data={(policies ?? []).map((p) => ({
              value: p.id,
              label: p.default ? t('wizards.verify.lookup.policyDefault', { name: p.name }) : p.name,
            }))}
            value={mergePolicyId ?? null}
            onChange={(id) => wizard.getState().setMergePolicy(id ?? undefined)}
            allowDeselect={false}
            disabled={policies?.length === 0}
            placeholder={policies?.length === 0 ? t('wizards.verify.lookup.noPolicies') : undefined}
            w={260}
          />
          <Button type="submit" mt={25} leftSection={<Icon name="profiles" size={16} />}>
            {t('views.profiles.lookup.submit')}
          </Button>
        </Group>
        <Text size="xs" c="dimmed" mt={6}>
          {policySummary(t, policy, datasetName)}
        </Text>
      </form>
    </Paper>
  );
}

function Browse({
  onLookUp,
  isLoading,
}: {
  onLookUp: ReturnType<typeof useLookup>['lookUp'];
  isLoading: boolean;
}) {
  const t = useT();
  const time = useTime();
  const { wizard } = useVerifyStores();
  const datasetName = useDatasetNames();
  const batches = useVerifyData((state) => state.batches);
  const touched = useVerifyData((state) => state.touched);
  const batchId = useVerifyWizard((state) => state.batchId);
  const page = useVerifyWizard((state) => state.profilePage);
  const successful = batches?.filter((batch) => batch.status === 'success');

  // The newest successful batch is browsed first.
  useEffect(() => {
    if (!wizard.getState().batchId && successful?.[0]) wizard.getState().chooseBatch(successful[0].id);
  }, [wizard, successful]);

  return (
    <Stack gap="sm" component="section" aria-labelledby="profiles-browse">
      <Title order={2} fz="lg" id="profiles-browse">
        {t('views.profiles.browse.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('views.profiles.browse.intro')}
      </Text>
      {!successful ? (
        <Skeleton height={36} maw={520} />
      ) : successful.length === 0 ? (
        <Alert color="blue" variant="light" icon={<Icon name="import" size={18} />} p="xs">
          {t('views.profiles.browse.none')}
        </Alert>
      ) : (
        <Select
          label={t('views.profiles.browse.batch')}
          data-dynamic
          data={successful.map((batch) => ({
            value: batch.id,
            label: t('views.profiles.browse.batchOption', {
              dataset: datasetName(datasetOf(batch)),
              time: time(batch.created),
              id: batch.id,
            }),
          }))}
          value={batchId}
          onChange={(id) => wizard.getState().chooseBatch(id)}
          allowDeselect={false}
          maw={520}
        />
      )}
      {batchId && successful?.length ? (
        <TouchedProfiles
          touched={touched?.batchId === batchId ? touched : undefined}
          isLoading={isLoading}
          page={page}
          onPageChange={(next) => wizard.getState().setProfilePage(next)}
          onPick={(profile) =>
            void onLookUp({
              namespace: profile.namespace,
              value: profile.id,
              mergePolicyId: wizard.getState().mergePolicyId,
            })
          }
        />
      ) : null}
    </Stack>
  );
}

function Result({ flow }: { flow: ReturnType<typeof useLookup> }) {
  const t = useT();
  const datasetName = useDatasetNames();
  const result = useVerifyData((state) => state.result);
  const policies = useVerifyData((state) => state.policies);
  const isDiagnosing = useVerifyData((state) => state.isDiagnosing);
  const token = result?.token;
  // A new lookup moves focus to its heading so keyboard and screen-reader users start reading there.
  const shown = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (token === undefined || shown.current === token) return;
    shown.current = token;
    document.getElementById(RESULT_HEADING)?.focus();
  }, [token]);
  if (!result) return null;
  const { title, policyLine } = lookupHeading(t, result, policies, datasetName);

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby={RESULT_HEADING}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb="md">
        <Stack gap={4}>
          <Title order={2} fz="lg" id={RESULT_HEADING} tabIndex={-1} style={{ outline: 'none' }}>
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {policyLine}
          </Text>
        </Stack>
        {result.status === 'found' ? (
          <Button
            variant="default"
            size="sm"
            onClick={() => void flow.diagnoseFound()}
            loading={isDiagnosing}
          >
            {t('wizards.verify.result.runChecks')}
          </Button>
        ) : null}
      </Group>
      <LookupOutcome
        flow={flow}
        loadingLabel={title}
        facts={(detail) => (
          <Text size="xs" c="dimmed">
            {t('wizards.verify.result.xid')}{' '}
            <span style={{ fontFamily: 'var(--mantine-font-family-monospace)' }} data-dynamic>
              {detail.xid}
            </span>
          </Text>
        )}
      />
    </Paper>
  );
}

/** Must be rendered inside a `VerifyWizardProvider` (one per sandbox). */
export function ProfileFinder({ sandbox }: { sandbox: string }) {
  useVerifyCatalog(sandbox);
  const touched = useTouchedProfiles(sandbox);
  const flow = useLookup(sandbox);
  return (
    <Stack gap="lg">
      <LookupForm onLookUp={flow.lookUp} />
      <Result flow={flow} />
      <Browse onLookUp={flow.lookUp} isLoading={touched.isLoading} />
    </Stack>
  );
}
