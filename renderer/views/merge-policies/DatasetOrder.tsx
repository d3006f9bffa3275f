// Dataset precedence: the datasets that merge, highest priority first, moved with buttons; the others can be added.
import { ActionIcon, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import type { DatasetView } from '../../../shared/contract';
import { Icon } from '../../app/icons';
import { useT } from '../../i18n/useT';
import { moveInOrder } from './policy-model';

export interface DatasetOrderProps {
  datasets: readonly DatasetView[];
  order: readonly string[];
  error: string | undefined;
  onChange(order: string[]): void;
}

export function DatasetOrder({ datasets, order, error, onChange }: DatasetOrderProps) {
  const t = useT();
  const byId = new Map(datasets.map((dataset) => [dataset.id, dataset]));
  const left = datasets.filter((dataset) => dataset.isProfileEnabled && !order.includes(dataset.id));
  const name = (id: string) => byId.get(id)?.name ?? id;

  return (
    <Stack gap="xs" role="group" aria-labelledby="policy-order-label" aria-describedby="policy-order-hint">
      <Text size="sm" fw={500} id="policy-order-label">
        {t('views.mergePolicies.order.label')}
      </Text>
      <Text size="xs" c="dimmed" id="policy-order-hint">
        {t('views.mergePolicies.order.hint')}
      </Text>
      {order.length === 0 ? (
        <Text size="sm" c={error ? 'red' : 'dimmed'} role={error ? 'alert' : undefined}>
          {error ?? t('views.mergePolicies.order.empty')}
        </Text>
      ) : (
        <ol
          style={{ margin: 0, paddingInlineStart: 0, listStyle: 'none' }}
          aria-label={t('views.mergePolicies.order.list')}
        >
          {order.map((id, index) => (
            <li key={id}>
              <Paper withBorder radius="sm" px="sm" py={6} mb={6}>
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Group gap="sm" wrap="nowrap">
                    <Badge variant="filled" radius="sm" size="sm" circle>
                      {index + 1}
                    </Badge>
                    <Text size="sm" fw={500}>
                      {name(id)}
                    </Text>
                  </Group>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="default"
                      size="md"
                      disabled={index === 0}
                      onClick={() => onChange(moveInOrder(order, id, -1))}
                      aria-label={t('views.mergePolicies.order.up', { name: name(id) })}
                    >
                      <Icon name="chevronDown" size={14} style={{ transform: 'rotate(180deg)' }} />
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      size="md"
                      disabled={index === order.length - 1}
                      onClick={() => onChange(moveInOrder(order, id, 1))}
                      aria-label={t('views.mergePolicies.order.down', { name: name(id) })}
                    >
                      <Icon name="chevronDown" size={14} />
                    </ActionIcon>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="md"
                      onClick={() => onChange(order.filter((other) => other !== id))}
                      aria-label={t('views.mergePolicies.order.remove', { name: name(id) })}
                    >
                      <Icon name="trash" size={14} />
                    </ActionIcon>
                  </Group>
                </Group>
              </Paper>
            </li>
          ))}
        </ol>
      )}
      {left.length > 0 ? (
        <Group gap={6}>
          {left.map((dataset) => (
            <Button
              key={dataset.id}
              size="xs"
              variant="light"
              leftSection={<Icon name="plus" size={14} />}
              onClick={() => onChange([...order, dataset.id])}
              aria-label={t('views.mergePolicies.order.add', { name: dataset.name })}
            >
              {dataset.name}
            </Button>
          ))}
        </Group>
      ) : null}
    </Stack>
  );
}
