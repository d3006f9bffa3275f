// Confirms enabling for Profile, listing exactly what becomes permanent (the engine's `locks`).
import { Alert, Button, Group, List, Modal, Stack, Text, ThemeIcon } from '@mantine/core';
import { useT } from '../../i18n/useT';
import { useSchemaDraft, useSchemaWizard } from './SchemaWizardProvider';
import { useEnableProfile } from './useEnableProfile';
import { Icon } from '../../app/icons';

export function EnableConfirmDialog({ locks }: { locks: readonly string[] }) {
  const t = useT();
  const isOpen = useSchemaWizard((state) => state.isConfirmOpen);
  const setOpen = useSchemaWizard((state) => state.setConfirmOpen);
  const title = useSchemaDraft((state) => state.schema?.title ?? '');
  const enable = useEnableProfile();
  const close = () => {
    enable.clearError();
    setOpen(false);
  };

  return (
    <Modal
      opened={isOpen}
      onClose={close}
      title={t('wizards.schema.confirm.title', { title })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      <Stack gap="md">
        <Text size="sm">{t('wizards.schema.confirm.intro')}</Text>
        <List
          spacing="xs"
          size="sm"
          aria-label={t('wizards.schema.confirm.listLabel')}
          icon={
            <ThemeIcon size={22} radius="xl" variant="light" color="orange">
              <Icon name="lock" size={13} />
            </ThemeIcon>
          }
        >
          {locks.map((lock) => (
            <List.Item key={lock}>{lock}</List.Item>
          ))}
        </List>
        {enable.error ? (
          <Alert color="red" variant="light" icon={<Icon name="alert" />}>
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {enable.error.message}
            </Text>
          </Alert>
        ) : null}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={close} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button
            color="orange"
            loading={enable.isPending}
            onClick={() => void enable.confirm()}
            leftSection={<Icon name="lock" size={16} />}
          >
            {t('wizards.schema.confirm.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
