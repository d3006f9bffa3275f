// All sandboxes in a table, with a switch button on each one that is not current.
import { Badge, Button, Card, Group, Skeleton, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEngineData } from '../../app/EngineProvider';
import { Icon } from '../../app/icons';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { SandboxTypeBadge } from '../../sandbox/SandboxTypeBadge';
import { usePrefs, useSandboxDialog } from '../../state/StoresProvider';
import { useCurrentSandbox } from '../../state/useCurrentSandbox';

export function SandboxTable() {
  const t = useT();
  const format = useFormat();
  const sandboxes = useEngineData((state) => state.sandboxes);
  const current = useCurrentSandbox();
  const setCurrentSandbox = usePrefs((state) => state.setCurrentSandbox);
  const open = useSandboxDialog((state) => state.open);

  return (
    <Card component="section" aria-labelledby="all-sandboxes-heading" p={0}>
      <Group justify="space-between" px="lg" py="md">
        <Title id="all-sandboxes-heading" order={2} fz="lg">
          {t('overview.sandboxes')}
        </Title>
        <Button
          variant="light"
          leftSection={<Icon name="plus" size={16} />}
          onClick={() => open({ kind: 'create' })}
        >
          {t('sandbox.action.create')}
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={640}>
        <Table
          verticalSpacing="sm"
          horizontalSpacing="lg"
          highlightOnHover
          aria-labelledby="all-sandboxes-heading"
        >
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sandbox.field.title')}</Table.Th>
              <Table.Th>{t('sandbox.field.name')}</Table.Th>
              <Table.Th>{t('sandbox.field.type')}</Table.Th>
              <Table.Th ta="right">{t('sandbox.field.rows')}</Table.Th>
              <Table.Th>{t('sandbox.field.updated')}</Table.Th>
              <Table.Th w={190}>
                <VisuallyHidden>{t('sandbox.action.switch')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sandboxes
              ? sandboxes.map((sandbox) => {
                  const isCurrent = sandbox.name === current?.name;
                  return (
                    <Table.Tr key={sandbox.name} aria-current={isCurrent || undefined}>
                      <Table.Td fw={500}>{sandbox.title}</Table.Td>
                      <Table.Td>
                        <Text ff="monospace" size="sm">
                          {sandbox.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <SandboxTypeBadge sandbox={sandbox} />
                      </Table.Td>
                      <Table.Td ta="right">{format.number(sandbox.rowCount)}</Table.Td>
                      <Table.Td data-dynamic>{format.dateTime(sandbox.updatedAt)}</Table.Td>
                      <Table.Td ta="right">
                        {isCurrent ? (
                          <Badge variant="dot" radius="sm" color="blue">
                            {t('sandbox.badge.current')}
                          </Badge>
                        ) : (
                          <Button
                            size="xs"
                            variant="default"
                            aria-label={t('sandbox.action.switchTo', { title: sandbox.title })}
                            onClick={() => setCurrentSandbox(sandbox.name)}
                          >
                            {t('sandbox.action.switch')}
                          </Button>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })
              : [0, 1].map((row) => (
                  <Table.Tr key={row} aria-hidden="true">
                    {Array.from({ length: 6 }, (_, cell) => (
                      <Table.Td key={cell}>
                        <Skeleton h={14} my={6} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
