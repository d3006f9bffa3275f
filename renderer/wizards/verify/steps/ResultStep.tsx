// Step 3: the merged profile (attributes with sources, fragments, graph, events) — or, when nothing came back, why.
import { Button, Group, Text } from '@mantine/core';
import { Icon } from '../../../app/icons';
import { useT } from '../../../i18n/useT';
import { LookupOutcome, lookupHeading } from '../components/LookupOutcome';
import { StepHeading } from '../../common/StepHeading';
import { useDatasetNames } from '../hooks/useDatasetNames';
import type { useLookup } from '../hooks/useLookup';
import { useVerifyData, useVerifyWizard } from '../state/VerifyWizardProvider';
import classes from '../VerifyWizard.module.css';

export function ResultStep({ lookup: flow }: { lookup: ReturnType<typeof useLookup> }) {
  const t = useT();
  const datasetName = useDatasetNames();
  const result = useVerifyData((state) => state.result);
  const policies = useVerifyData((state) => state.policies);
  const isDiagnosing = useVerifyData((state) => state.isDiagnosing);
  const goTo = useVerifyWizard((state) => state.goTo);
  if (!result) return null;
  const { lookup } = result;
  const identity = `${lookup.namespace}: ${lookup.value}`;
  const { title, policyLine } = lookupHeading(t, result, policies, datasetName);

  return (
    <>
      <StepHeading
        mb="lg"
        title={title}
        description={policyLine}
        aside={
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
      <LookupOutcome
        flow={flow}
        loadingLabel={t('wizards.verify.result.loading', { identity })}
        facts={(detail) => (
          <Group gap="lg" className={classes.profileFacts}>
            <Text size="xs" c="dimmed">
              {t('wizards.verify.result.xid')} <span className={classes.mono}>{detail.xid}</span>
            </Text>
            <Text size="xs" c="dimmed">
              {t('wizards.verify.result.sources', {
                count: new Set(detail.fragments.map((f) => f.datasetId)).size,
              })}
            </Text>
          </Group>
        )}
      />
    </>
  );
}
