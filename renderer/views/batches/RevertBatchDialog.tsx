// Asks before reverting a batch and says exactly what happens: status inactive, its rows leave the dataset and Profile.
import { Button, Group, List, Modal, Text } from '@mantine/core';
import { useT } from '../../i18n/useT';

export function RevertBatchDialog({
  batchId,
  rows,
  isOpen,
  onClose,
  onConfirm,
}: {
  batchId: string;
  rows: number;
  isOpen: boolean;
  onClose(): void;
  onConfirm(): void;
}) {
  const t = useT();
  return (
    <Modal opened={isOpen} onClose={onClose} title={t('views.batches.revert.title')} size="lg">
      <Text size="sm" mb="sm">
        {t('views.batches.revert.intro', { id: batchId })}
      </Text>
      <List size="sm" spacing={6}>
        <List.Item>{t('views.batches.revert.status')}</List.Item>
        <List.Item>{t('views.batches.revert.rows', { count: rows })}</List.Item>
        <List.Item>{t('views.batches.revert.profiles')}</List.Item>
        <List.Item>{t('views.batches.revert.kept')}</List.Item>
      </List>
      <Text size="sm" c="dimmed" mt="sm">
        {t('views.batches.revert.final')}
      </Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button color="red" onClick={onConfirm}>
          {t('views.batches.revert.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
