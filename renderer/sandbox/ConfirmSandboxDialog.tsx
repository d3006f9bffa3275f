// Confirms a destructive sandbox action (reset or delete), saying exactly what will be lost.
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { SandboxInfo } from '../../shared/contract';
import { useEngineData, useEngineSession } from '../app/EngineProvider';
import { Icon } from '../app/icons';
import { useEngineCall } from '../app/useEngineCall';
import { useT } from '../i18n/useT';
import { DEFAULT_SANDBOX_NAME } from '../state/prefs-store';
import { useStores } from '../state/StoresProvider';
import type { SandboxDialogProps } from './CreateSandboxDialog';

export type DestructiveAction = 'reset' | 'delete';

export function ConfirmSandboxDialog({
  action,
  opened,
  onClose,
  sandbox,
}: SandboxDialogProps & { action: DestructiveAction; sandbox: SandboxInfo }) {
  const t = useT();
  const title = t(action === 'reset' ? 'sandbox.reset.title' : 'sandbox.delete.title', {
    title: sandbox.title,
  });
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="md"
    >
      <ConfirmBody action={action} sandbox={sandbox} onDone={onClose} />
    </Modal>
  );
}

function ConfirmBody({
  action,
  sandbox,
  onDone,
}: {
  action: DestructiveAction;
  sandbox: SandboxInfo;
  onDone(): void;
}) {
  const t = useT();
  const session = useEngineSession();
  const { prefs } = useStores();
  const defaultName =
    useEngineData((state) => state.sandboxes?.find((s) => s.isDefault)?.name) ?? DEFAULT_SANDBOX_NAME;
  const reset = useEngineCall('sandbox-reset');
  const remove = useEngineCall('sandbox-delete');
  const isPending = reset.isPending || remove.isPending;

  const confirm = async () => {
    if (action === 'reset') {
      const emptied = await reset.run({ name: sandbox.name });
      if (!emptied) return;
      session.applySandbox(emptied);
    } else {
      const deleted = await remove.run({ name: sandbox.name });
      if (!deleted) return;
      session.forgetSandbox(sandbox.name);
      if (prefs.getState().currentSandbox === sandbox.name) prefs.getState().setCurrentSandbox(defaultName);
    }
    onDone();
  };

  const copy =
    action === 'reset'
      ? {
          lost: t('sandbox.reset.lost'),
          rows:
            sandbox.rowCount === 0
              ? t('sandbox.reset.rowsNone')
              : t('sandbox.reset.rows', { count: sandbox.rowCount }),
          kept: t('sandbox.reset.kept', { name: sandbox.name }),
          submit: t('sandbox.reset.submit'),
        }
      : {
          lost: t('sandbox.delete.lost', { name: sandbox.name }),
          rows:
            sandbox.rowCount === 0
              ? t('sandbox.delete.rowsNone')
              : t('sandbox.delete.rows', { count: sandbox.rowCount }),
          kept: t('sandbox.delete.kept'),
          submit: t('sandbox.delete.submit'),
        };

  return (
    <Stack gap="md">
      <Alert color="red" variant="light" icon={<Icon name="alert" size={20} />} p="md" role="note">
        <Stack gap={6}>
          <Text size="sm">{copy.lost}</Text>
          <Text size="sm" fw={600}>
            {copy.rows}
          </Text>
        </Stack>
      </Alert>
      <Text size="sm" c="dimmed">
        {copy.kept}
      </Text>
      <Group justify="flex-end" gap="sm" mt="xs">
        <Button variant="default" onClick={onDone} data-autofocus>
          {t('common.cancel')}
        </Button>
        <Button color="red" onClick={() => void confirm()} loading={isPending}>
          {copy.submit}
        </Button>
      </Group>
    </Stack>
  );
}
