// Wizard 4, "Verify an upload": a fresh wizard per sandbox and link (`?batch=`), once the sandbox is known.
import { Skeleton } from '@mantine/core';
import { useSearchParams } from 'wouter';
import { PageHeader } from '../../app/PageHeader';
import { useT } from '../../i18n/useT';
import { useCurrentSandbox } from '../../state/useCurrentSandbox';
import { VerifyWizard } from './VerifyWizard';
import { VerifyWizardProvider } from './state/VerifyWizardProvider';

export function VerifyWizardPage() {
  const t = useT();
  const sandbox = useCurrentSandbox();
  const [params] = useSearchParams();
  const batchId = params.get('batch');
  return (
    <>
      <PageHeader title={t('route.verifyUpload.title')} description={t('route.verifyUpload.summary')} />
      {sandbox ? (
        <VerifyWizardProvider key={`${sandbox.name}|${batchId ?? ''}`} init={{ batchId }}>
          <VerifyWizard sandbox={sandbox.name} />
        </VerifyWizardProvider>
      ) : (
        <Skeleton height={320} radius="md" />
      )}
    </>
  );
}
