// Wizard 1 page: compose a schema, mark its identities and enable it for Profile; `?schema=` resumes an existing one.
import { Skeleton } from '@mantine/core';
import { useSearchParams } from 'wouter';
import { PageHeader } from '../../app/PageHeader';
import { useT } from '../../i18n/useT';
import { useCurrentSandbox } from '../../state/useCurrentSandbox';
import { SchemaWizard } from './SchemaWizard';
import { SchemaWizardProvider } from './SchemaWizardProvider';

export function EnableSchemaPage() {
  const t = useT();
  const sandbox = useCurrentSandbox();
  const [params] = useSearchParams();
  const resume = params.get('schema') ?? undefined;
  return (
    <>
      <PageHeader title={t('route.enableSchema.title')} description={t('route.enableSchema.summary')} />
      {sandbox ? (
        // One wizard per sandbox (and per schema a link resumes): never a draft from another sandbox.
        <SchemaWizardProvider
          key={`${sandbox.name}|${resume ?? ''}`}
          sandbox={sandbox.name}
          tenantId={sandbox.tenantId}
          {...(resume ? { resume } : {})}
        >
          <SchemaWizard resume={resume} />
        </SchemaWizardProvider>
      ) : (
        <Skeleton h={420} radius="md" />
      )}
    </>
  );
}
