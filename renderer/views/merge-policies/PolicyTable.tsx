// The sandbox's merge policies: name, class, merge type, stitching, default and version, each with its actions.
import { Badge, Button, Group, Skeleton, Table, Text } from '@mantine/core';
import type { MergePolicy } from '../../../shared/contract';
import { Icon } from '../../app/icons';
import { useT } from '../../i18n/useT';

export interface PolicyTableProps {
  policies: MergePolicy[] | undefined;
  datasetName(id: string): string;
  editingId: string | null;
  busyId: string | null;
  onEdit(policy: MergePolicy): void;
  onMakeDefault(policy: MergePolicy): void;
  onDelete(policy: MergePolicy): void;
}

export function PolicyTable({
  policies,
  datasetName,
  editingId,
  busyId,
  onEdit,
  onMakeDefault,
  onDelete,
}: PolicyTableProps) {
  const t = useT();
  if (!policies) return <Skeleton height={160} radius="md" />;
  if (policies.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('views.mergePolicies.list.none')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table verticalSpacing="xs" aria-label={t('views.mergePolicies.list.label')} highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('views.mergePolicies.list.name')}</Table.Th>
            <Table.Th>{t('views.mergePolicies.list.class')}</Table.Th>
            <Table.Th>{t('views.mergePolicies.list.merge')}</Table.Th>
            <Table.Th>{t('views.mergePolicies.list.stitching')}</Table.Th>
            <Table.Th>{t('views.mergePolicies.list.default')}</Table.Th>
            <Table.Th ta="right">{t('views.mergePolicies.list.version')}</Table.Th>
            <Table.Th>
              <span
                style={{
                  position: 'absolute',
                  width: 1,
                  height: 1,
                  overflow: 'hidden',
                  clip: 'rect(0 0 0 0)',
                }}
              >
                {t('views.mergePolicies.list.actions')}
              </span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {policies.map((policy) => (
            <Table.Tr
              key={policy.id}
              data-policy={policy.name}
              bg={policy.id === editingId ? 'var(--mantine-primary-color-light)' : undefined}
            >
              <Table.Td>
                <Text size="sm" fw={600}>
                  {policy.name}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t('views.mergePolicies.class.profile')}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {policy.attributeMerge.type === 'dataSetPrecedence'
                    ? t('views.mergePolicies.merge.precedenceOrder', {
                        datasets: policy.attributeMerge.order.map(datasetName).join(' › '),
                      })
                    : t('views.mergePolicies.merge.timestampOrdered')}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{t(`views.mergePolicies.stitching.${policy.identityGraph.type}`)}</Text>
              </Table.Td>
              <Table.Td>
                {policy.default ? (
                  <Badge variant="light" color="teal" radius="sm" tt="none">
                    {t('views.mergePolicies.list.isDefault')}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('views.mergePolicies.list.notDefault')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {policy.version}
              </Table.Td>
              <Table.Td>
                <Group gap={6} justify="flex-end" wrap="nowrap">
                  <Button
                    size="xs"
                    variant="light"
                    leftSection={<Icon name="pencil" size={14} />}
                    onClick={() => onEdit(policy)}
                    aria-label={t('views.mergePolicies.list.editOne', { name: policy.name })}
                  >
                    {t('views.mergePolicies.list.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    disabled={policy.default}
                    loading={busyId === policy.id}
                    onClick={() => onMakeDefault(policy)}
                    aria-label={t('views.mergePolicies.list.makeDefaultOne', { name: policy.name })}
                  >
                    {t('views.mergePolicies.list.makeDefault')}
                  </Button>
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    leftSection={<Icon name="trash" size={14} />}
                    onClick={() => onDelete(policy)}
                    aria-label={t('views.mergePolicies.list.deleteOne', { name: policy.name })}
                  >
                    {t('views.mergePolicies.list.delete')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
