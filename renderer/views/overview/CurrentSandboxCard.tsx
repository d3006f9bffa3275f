// The current sandbox's details and its actions (rename, reset, delete); fixed height while loading.
import { Badge, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SandboxInfo } from '../../../shared/contract';
import { Icon } from '../../app/icons';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { SandboxTypeBadge } from '../../sandbox/SandboxTypeBadge';
import { useSandboxDialog } from '../../state/StoresProvider';
import { useCurrentSandbox } from '../../state/useCurrentSandbox';

export function CurrentSandboxCard() {
  const t = useT();
  const sandbox = useCurrentSandbox();
  return (
    <Card component="section" aria-labelledby="current-sandbox-heading">
      <Text id="current-sandbox-heading" component="h2" size="xs" c="dimmed" tt="uppercase" fw={700} lts={0.5} m={0} mb="xs">
        {t('overview.current')}
      </Text>
      {sandbox ? <SandboxDetails sandbox={sandbox} /> : <DetailsSkeleton />}
    </Card>
  );
}

function SandboxDetails({ sandbox }: { sandbox: SandboxInfo }) {
  const t = useT();
  const format = useFormat();
  const open = useSandboxDialog((state) => state.open);
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" wrap="wrap" gap="md">
        <Group gap="sm" align="center">
          <Title order={3} fz={22} data-testid="current-sandbox-title">
            {sandbox.title}
          </Title>
          <SandboxTypeBadge sandbox={sandbox} />
          {sandbox.isDefault ? (
            <Badge variant="outline" color="gray" radius="sm">
              {t('sandbox.badge.default')}
            </Badge>
          ) : null}
        </Group>
        <Group gap="xs">
          <Button variant="default" leftSection={<Icon name="pencil" size={16} />} onClick={() => open({ kind: 'rename', sandbox })}>
            {t('sandbox.action.rename')}
          </Button>
          <Button variant="default" leftSection={<Icon name="reset" size={16} />} onClick={() => open({ kind: 'reset', sandbox })}>
            {t('sandbox.action.reset')}
          </Button>
          <Button
            variant="default"
            color="red"
            leftSection={<Icon name="trash" size={16} />}
            disabled={sandbox.isDefault}
            aria-describedby={sandbox.isDefault ? 'delete-default-hint' : undefined}
            onClick={() => open({ kind: 'delete', sandbox })}
          >
            {t('sandbox.action.delete')}
          </Button>
        </Group>
      </Group>
      {sandbox.isDefault ? (
        <Text id="delete-default-hint" size="xs" c="dimmed" mt={-8} ta="right">
          {t('sandbox.deleteDefaultHint')}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="lg" verticalSpacing="md" component="dl" m={0}>
        <Detail label={t('sandbox.field.name')} value={<Text ff="monospace" size="sm">{sandbox.name}</Text>} />
        <Detail label={t('sandbox.field.tenant')} value={<Text ff="monospace" size="sm">_{sandbox.tenantId}</Text>} />
        <Detail label={t('sandbox.field.rows')} value={format.number(sandbox.rowCount)} />
        <Detail label={t('sandbox.field.created')} value={format.dateTime(sandbox.createdAt)} isDynamic />
        <Detail label={t('sandbox.field.updated')} value={format.dateTime(sandbox.updatedAt)} isDynamic />
      </SimpleGrid>
    </Stack>
  );
}

function Detail({ label, value, isDynamic = false }: { label: string; value: ReactNode; isDynamic?: boolean }) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} mt={4} size="sm" data-dynamic={isDynamic || undefined}>
        {value}
      </Text>
    </div>
  );
}

/** Same outline as the details, so nothing moves when the data arrives. */
function DetailsSkeleton() {
  return (
    <Stack gap="lg" aria-hidden="true">
      <Group justify="space-between" h={36}>
        <Skeleton h={26} w={220} />
        <Skeleton h={36} w={300} />
      </Group>
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="lg" verticalSpacing="md">
        {Array.from({ length: 5 }, (_, i) => (
          <Stack key={i} gap={8}>
            <Skeleton h={12} w={80} />
            <Skeleton h={16} w={140} />
          </Stack>
        ))}
      </SimpleGrid>
    </Stack>
  );
}
