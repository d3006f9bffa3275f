// Step 3: the merged profile (attributes with sources, fragments, graph, events) — or, when nothing came back, why.
import { Alert, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Icon } from '../../../app/icons';
import { useT } from '../../../i18n/useT';
import { DiagnosisChecklist } from '../components/DiagnosisChecklist';
import { ProfileView } from '../components/ProfileView';
import { StepHeading } from '../components/StepHeading';
import { useDatasetNames } from '../hooks/useDatasetNames';
import type { useLookup } from '../hooks/useLookup';
import { policySummary } from '../model/policy-summary';
import { useVerifyData, useVerifyWizard } from '../state/VerifyWizardProvider';
import classes from '../VerifyWizard.module.css';

export function ResultStep({ lookup: flow }: { lookup: ReturnType<typeof useLookup> }) {
  const t = useT();
  const datasetName = useDatasetNames();
  const result = useVerifyData((state) => state.result);
  const events = useVerifyData((state) => state.events);
  const policies = useVerifyData((state) => state.policies);
  const isDiagnosing = useVerifyData((state) => state.isDiagnosing);
  const goTo = useVerifyWizard((state) => state.goTo);
  if (!result) return null;
  const { lookup } = result;
  const policy = policies?.find((candidate) => candidate.id === lookup.mergePolicyId);
  const identity = `${lookup.namespace}: ${lookup.value}`;
  const title =
    result.status === 'loading'
      ? t('wizards.verify.result.loading', { identity })
      : result.status === 'found'
        ? t('wizards.verify.result.found', { identity })
        : t('wizards.verify.result.missing', { identity });
  const policyLine = policy
    ? t('wizards.verify.result.policy', { name: policy.name, summary: policySummary(t, policy, datasetName) })
    : policySummary(t, undefined, datasetName);

  return (
    <>
      <StepHeading
        step="result"
        title={title}
        description={policyLine}
        actions={
          <>
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
            <Button
              variant="light"
              size="sm"
              onClick={() => goTo('lookup')}
              leftSection={<Icon name="pencil" size={16} />}
            >
              {t('wizards.verify.result.change')}
            </Button>
          </>
        }
      />
      {result.status === 'loading' ? (
        <Stack gap="sm" role="status" aria-label={t('wizards.verify.result.loading', { identity })}>
          <Skeleton height={36} />
          <Skeleton height={220} />
        </Stack>
      ) : result.status === 'found' ? (
        <Stack gap="lg">
          <Group gap="lg" className={classes.profileFacts}>
            <Text size="xs" c="dimmed">
              {t('wizards.verify.result.xid')} <span className={classes.mono}>{result.detail.xid}</span>
            </Text>
            <Text size="xs" c="dimmed">
              {t('wizards.verify.result.sources', {
                count: new Set(result.detail.fragments.map((f) => f.datasetId)).size,
              })}
            </Text>
          </Group>
          <ProfileView
            lookup={lookup}
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
      ) : (
        <Stack gap="lg">
          <Alert
            color="yellow"
            variant="light"
            icon={<Icon name="alert" size={18} />}
            title={t('wizards.verify.result.nothing')}
          >
            {t('wizards.verify.result.nothingHint')}
          </Alert>
          <DiagnosisChecklist
            diagnosis={result.diagnosis}
            isRunning={isDiagnosing}
            datasetName={datasetName}
          />
        </Stack>
      )}
    </>
  );
}
