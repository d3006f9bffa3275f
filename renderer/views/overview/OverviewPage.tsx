// Home: the current sandbox's details, the four wizards, and every sandbox.
import { Stack } from '@mantine/core';
import { PageHeader } from '../../app/PageHeader';
import { useT } from '../../i18n/useT';
import { CurrentSandboxCard } from './CurrentSandboxCard';
import { SandboxTable } from './SandboxTable';
import { WizardCards } from './WizardCards';

export function OverviewPage() {
  const t = useT();
  return (
    <>
      <PageHeader title={t('overview.title')} description={t('overview.intro')} />
      <Stack gap="xl">
        <CurrentSandboxCard />
        <WizardCards />
        <SandboxTable />
      </Stack>
    </>
  );
}
