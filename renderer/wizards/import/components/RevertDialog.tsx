// Asks before reverting a batch: its rows leave the dataset and the profiles they built are recomputed.
import { Button, Group, Modal, Text } from '@mantine/core';
import { useT } from '../../../i18n/useT';

export function RevertDialog({
  isOpen,
  onClose,
  onConfirm,
  rows,
}: {
  isOpen: boolean;
  onClose(): void;
  onConfirm(): void;
  rows: number;
}) {
  const t = useT();
  return (
    <Modal opened={isOpen} onClose={onClose} title={t('wizards.import.revert.title')}>
      <Text size="sm">{t('wizards.import.revert.body', { count: rows })}</Text>
      <Text size="sm" c="dimmed" mt="sm">
        {t('wizards.import.revert.kept')}
      </Text>
      <Group justify="flex-end" mt="lg">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button color="red" onClick={onConfirm}>
          {t('wizards.import.revert.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
