// The Profiles view: counts per namespace and dataset (with a chart), a sample of profiles to browse, and lookup.
import { Skeleton, Stack } from '@mantine/core';
import { PageHeader } from '../../app/PageHeader';
import { useT } from '../../i18n/useT';
import { useCurrentSandbox } from '../../state/useCurrentSandbox';
import { VerifyWizardProvider } from '../../wizards/verify/state/VerifyWizardProvider';
import { ProfileFinder } from './ProfileFinder';
import { ProfileStatsPanel } from './ProfileStatsPanel';
import { useProfileStats } from './useProfileStats';

function ProfilesContent({ sandbox }: { sandbox: string }) {
  const stats = useProfileStats(sandbox);
  return (
    <Stack gap="xl">
      <ProfileStatsPanel stats={stats} />
      <VerifyWizardProvider init={{ batchId: null }}>
        <ProfileFinder sandbox={sandbox} />
      </VerifyWizardProvider>
    </Stack>
  );
}

export function ProfilesPage() {
  const t = useT();
  const sandbox = useCurrentSandbox();
  return (
    <>
      <PageHeader title={t('route.profiles.title')} description={t('route.profiles.summary')} />
      {sandbox ? (
        <ProfilesContent key={sandbox.name} sandbox={sandbox.name} />
      ) : (
        <Skeleton height={320} radius="md" />
      )}
    </>
  );
}
