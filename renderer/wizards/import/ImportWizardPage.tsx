// Wizard 3, "Import files": a fresh wizard per sandbox and link (`?dataset=`, `?batch=`), once the sandbox is known.
import { Skeleton } from '@mantine/core';
import { useSearchParams } from 'wouter';
import { PageHeader } from '../../app/PageHeader';
import { useT } from '../../i18n/useT';
import { useCurrentSandbox } from '../../state/useCurrentSandbox';
import { ImportWizard } from './ImportWizard';
import { ImportWizardProvider } from './state/ImportWizardProvider';

export function ImportWizardPage() {
  const t = useT();
  const sandbox = useCurrentSandbox();
  const [params] = useSearchParams();
  const datasetId = params.get('dataset');
  const batchId = params.get('batch');
  return (
    <>
      <PageHeader title={t('route.importFiles.title')} description={t('route.importFiles.summary')} />
      {sandbox ? (
        <ImportWizardProvider
          key={`${sandbox.name}|${datasetId ?? ''}|${batchId ?? ''}`}
          init={{ datasetId, batchId }}
        >
          <ImportWizard sandbox={sandbox.name} />
        </ImportWizardProvider>
      ) : (
        <Skeleton height={320} radius="md" />
      )}
    </>
  );
}
