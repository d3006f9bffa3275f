// Wizard 1 page: compose a schema, mark its identities and enable it for Profile, in the current sandbox.
import { Skeleton } from '@mantine/core';
import { PageHeader } from '../../app/PageHeader';
import { useT } from '../../i18n/useT';
import { useCurrentSandbox } from '../../state/useCurrentSandbox';
import { SchemaWizard } from './SchemaWizard';
import { SchemaWizardProvider } from './SchemaWizardProvider';

export function EnableSchemaPage() {
  const t = useT();
  const sandbox = useCurrentSandbox();
  return (
    <>
      <PageHeader title={t('route.enableSchema.title')} description={t('route.enableSchema.summary')} />
      {sandbox ? (
        // One wizard per sandbox: switching sandboxes shows that sandbox's wizard, never a draft from another.
        <SchemaWizardProvider key={sandbox.name} sandbox={sandbox.name} tenantId={sandbox.tenantId}>
          <SchemaWizard />
        </SchemaWizardProvider>
      ) : (
        <Skeleton h={420} radius="md" />
      )}
    </>
  );
}
