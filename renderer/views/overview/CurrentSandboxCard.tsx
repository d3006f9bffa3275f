// The current sandbox's details and its actions (rename, reset, delete); same outline while loading.
import { Badge, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SandboxInfo } from '../../../shared/contract';
import { Icon } from '../../app/icons';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { SandboxTypeBadge } from '../../sandbox/SandboxTypeBadge';
import { useSandboxDialog } from '../../state/StoresProvider';
import { useCurrentSandbox } from '../../state/useCurrentSandbox';

/** Shape-only stand-in drawn under skeletons until the list arrives (the default sandbox, as on first run). */
const PLACEHOLDER: SandboxInfo = {
  name: 'prod',
  title: 'Production',
  type: 'production',
  isDefault: true,
  tenantId: 'stager',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  rowCount: 0,
};

export function CurrentSandboxCard() {
  const t = useT();
  const current = useCurrentSandbox();
  return (
    <Card component="section" aria-labelledby="current-sandbox-heading" aria-busy={!current}>
      <Text
        id="current-sandbox-heading"
        component="h2"
        size="xs"
        c="dimmed"
        tt="uppercase"
        fw={700}
        lts={0.5}
        m={0}
        mb="xs"
      >
        {t('overview.current')}
      </Text>
      <SandboxDetails sandbox={current ?? PLACEHOLDER} isLoading={!current} />
    </Card>
  );
}

function SandboxDetails({ sandbox, isLoading }: { sandbox: SandboxInfo; isLoading: boolean }) {
  const t = useT();
  const format = useFormat();
  const open = useSandboxDialog((state) => state.open);
  // While loading, each piece keeps its real size under a skeleton, so nothing moves when data arrives.
  const loading = (content: ReactNode) =>
    isLoading ? (
      <Skeleton visible width="fit-content">
        {content}
      </Skeleton>
    ) : (
      content
    );
  return (
    <Stack gap="lg" aria-hidden={isLoading || undefined}>
      <Group justify="space-between" align="center" wrap="wrap" gap="md">
        {loading(
          <Group gap="sm" align="center">
            <Title order={3} fz={22} data-testid={isLoading ? undefined : 'current-sandbox-title'}>
              {sandbox.title}
            </Title>
            <SandboxTypeBadge sandbox={sandbox} />
            {sandbox.isDefault ? (
              <Badge variant="outline" color="gray" radius="sm">
                {t('sandbox.badge.default')}
              </Badge>
            ) : null}
          </Group>,
        )}
        {loading(
          <Group gap="xs">
            <Button
              variant="default"
              leftSection={<Icon name="pencil" size={16} />}
              disabled={isLoading}
              onClick={() => open({ kind: 'rename', sandbox })}
            >
              {t('sandbox.action.rename')}
            </Button>
            <Button
              variant="default"
              leftSection={<Icon name="reset" size={16} />}
              disabled={isLoading}
              onClick={() => open({ kind: 'reset', sandbox })}
            >
              {t('sandbox.action.reset')}
            </Button>
            <Button
              variant="default"
              color="red"
              leftSection={<Icon name="trash" size={16} />}
              disabled={isLoading || sandbox.isDefault}
              aria-describedby={sandbox.isDefault ? 'delete-default-hint' : undefined}
              onClick={() => open({ kind: 'delete', sandbox })}
            >
              {t('sandbox.action.delete')}
            </Button>
          </Group>,
        )}
      </Group>
      {sandbox.isDefault ? (
        <Text
          id="delete-default-hint"
          size="xs"
          c="dimmed"
          mt={-8}
          ta="right"
          style={{ visibility: isLoading ? 'hidden' : undefined }}
        >
          {t('sandbox.deleteDefaultHint')}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 2, md: 3 }} spacing="lg" verticalSpacing="md" component="dl" m={0}>
        <Detail
          label={t('sandbox.field.name')}
          value={loading(
            <Text ff="monospace" size="sm">
              {sandbox.name}
            </Text>,
          )}
        />
        <Detail
          label={t('sandbox.field.tenant')}
          value={loading(
            <Text ff="monospace" size="sm">
              _{sandbox.tenantId}
            </Text>,
          )}
        />
        <Detail label={t('sandbox.field.rows')} value={loading(format.number(sandbox.rowCount))} />
        <Detail
          label={t('sandbox.field.created')}
          value={loading(format.dateTime(sandbox.createdAt))}
          isDynamic
        />
        <Detail
          label={t('sandbox.field.updated')}
          value={loading(format.dateTime(sandbox.updatedAt))}
          isDynamic
        />
      </SimpleGrid>
    </Stack>
  );
}

function Detail({
  label,
  value,
  isDynamic = false,
}: {
  label: string;
  value: ReactNode;
  isDynamic?: boolean;
}) {
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
