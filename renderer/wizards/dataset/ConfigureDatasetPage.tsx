// Wizard 2 page: a dataset on a schema with its Profile, Identity and upsert switches; `?schema=` preselects a schema,
// `?dataset=` opens an existing dataset's switches.
import { Skeleton } from '@mantine/core';
import { useSearchParams } from 'wouter';
import { PageHeader } from '../../app/PageHeader';
import { useT } from '../../i18n/useT';
import { useCurrentSandbox } from '../../state/useCurrentSandbox';
import { DatasetWizard } from './DatasetWizard';
import { DatasetWizardProvider } from './DatasetWizardProvider';

export function ConfigureDatasetPage() {
  const t = useT();
  const sandbox = useCurrentSandbox();
  const [params] = useSearchParams();
  const schema = params.get('schema') ?? undefined;
  const dataset = params.get('dataset') ?? undefined;
  return (
    <>
      <PageHeader
        title={t('route.configureDataset.title')}
        description={t('route.configureDataset.summary')}
      />
      {sandbox ? (
        // One wizard per sandbox and link: a schema or dataset chosen by a link starts its own wizard.
        <DatasetWizardProvider
          key={`${sandbox.name}|${schema ?? ''}|${dataset ?? ''}`}
          sandbox={sandbox.name}
          link={{ ...(schema ? { schema } : {}), ...(dataset ? { dataset } : {}) }}
        >
          <DatasetWizard />
        </DatasetWizardProvider>
      ) : (
        <Skeleton h={420} radius="md" />
      )}
    </>
  );
}
