// Asks before starting over: the draft schema (never enabled, so the platform allows it) is deleted.
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { useSchemaDraft } from './SchemaWizardProvider';
import { Icon } from '../../app/icons';

export function StartOverButton({
  onConfirm,
  isPending,
}: {
  onConfirm(): Promise<void>;
  isPending: boolean;
}) {
  const t = useT();
  const [isOpen, setOpen] = useState(false);
  const title = useSchemaDraft((state) => state.schema?.title ?? '');
  return (
    <>
      <Button
        variant="subtle"
        color="gray"
        onClick={() => setOpen(true)}
        leftSection={<Icon name="trash" size={16} />}
      >
        {t('wizards.schema.startOver')}
      </Button>
      <Modal
        opened={isOpen}
        onClose={() => setOpen(false)}
        title={t('wizards.schema.startOver.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="md">
          <Text size="sm">{t('wizards.schema.startOver.body', { title })}</Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setOpen(false)} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={isPending}
              onClick={async () => {
                await onConfirm();
                setOpen(false);
              }}
            >
              {t('wizards.schema.startOver.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
