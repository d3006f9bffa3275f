// The answer to a profile lookup, shared by the verify wizard's result step and the Profiles view: a skeleton
// while it loads, the merged profile (with its graph, events and, on demand, the checklist), or — when nothing
// came back — the checklist of documented causes.
import { Alert, Skeleton, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import type { MergePolicy, ProfileDetail } from '../../../../shared/contract';
import { Icon } from '../../../app/icons';
import type { Translate } from '../../../i18n/translate';
import { useT } from '../../../i18n/useT';
import { useDatasetNames } from '../hooks/useDatasetNames';
import type { useLookup } from '../hooks/useLookup';
import { policySummary } from '../model/policy-summary';
import type { LookupResult } from '../state/verify-data-store';
import { useVerifyData } from '../state/VerifyWizardProvider';
import { DiagnosisChecklist } from './DiagnosisChecklist';
import { ProfileView } from './ProfileView';

/** The heading and the merge-policy line of a lookup's answer. */
export function lookupHeading(
  t: Translate,
  result: LookupResult,
  policies: readonly MergePolicy[] | undefined,
  datasetName: (id: string) => string,
): { title: string; policyLine: string } {
  const { lookup } = result;
  const identity = `${lookup.namespace}: ${lookup.value}`;
  const title =
    result.status === 'loading'
      ? t('wizards.verify.result.loading', { identity })
      : result.status === 'found'
        ? t('wizards.verify.result.found', { identity })
        : t('wizards.verify.result.missing', { identity });
  const policy = policies?.find((candidate) => candidate.id === lookup.mergePolicyId);
  const policyLine = policy
    ? t('wizards.verify.result.policy', { name: policy.name, summary: policySummary(t, policy, datasetName) })
    : policySummary(t, undefined, datasetName);
  return { title, policyLine };
}

export function LookupOutcome({
  flow,
  loadingLabel,
  facts,
}: {
  flow: ReturnType<typeof useLookup>;
  loadingLabel: string;
  /** What to say about a profile that came back, above it (its XID, …). */
  facts: (detail: ProfileDetail) => ReactNode;
}) {
  const t = useT();
  const datasetName = useDatasetNames();
  const result = useVerifyData((state) => state.result);
  const events = useVerifyData((state) => state.events);
  const policies = useVerifyData((state) => state.policies);
  const isDiagnosing = useVerifyData((state) => state.isDiagnosing);
  if (!result) return null;
  const policy = policies?.find((candidate) => candidate.id === result.lookup.mergePolicyId);

  if (result.status === 'loading') {
    return (
      <Stack gap="sm" role="status" aria-label={loadingLabel}>
        <Skeleton height={36} />
        <Skeleton height={220} />
      </Stack>
    );
  }
  if (result.status === 'found') {
    return (
      <Stack gap="lg">
        {facts(result.detail)}
        <ProfileView
          lookup={result.lookup}
          detail={result.detail}
          graph={result.graph}
          policy={policy}
          events={events?.token === result.token ? events : undefined}
          isPagingEvents={flow.isPagingEvents}
          onPageEvents={(direction) => void flow.pageEvents(direction)}
          datasetName={datasetName}
        />
        {result.diagnosis || isDiagnosing ? (
          <DiagnosisChecklist
            diagnosis={result.diagnosis}
            isRunning={isDiagnosing}
            datasetName={datasetName}
          />
        ) : null}
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <Alert
        color="yellow"
        variant="light"
        icon={<Icon name="alert" size={18} />}
        title={t('wizards.verify.result.nothing')}
      >
        {t('wizards.verify.result.nothingHint')}
      </Alert>
      <DiagnosisChecklist diagnosis={result.diagnosis} isRunning={isDiagnosing} datasetName={datasetName} />
    </Stack>
  );
}
