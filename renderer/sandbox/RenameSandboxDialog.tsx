// Changes a sandbox's title; its name never changes, as on the platform.
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { SandboxInfo } from '../../shared/contract';
import { useEngineSession } from '../app/EngineProvider';
import { useEngineCall } from '../app/useEngineCall';
import { useT } from '../i18n/useT';
import type { SandboxDialogProps } from './CreateSandboxDialog';

export function RenameSandboxDialog({
  opened,
  onClose,
  sandbox,
  formKey,
}: SandboxDialogProps & { sandbox: SandboxInfo; formKey: number }) {
  const t = useT();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('sandbox.rename.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="md"
    >
      <RenameSandboxForm key={formKey} sandbox={sandbox} onDone={onClose} />
    </Modal>
  );
}

function RenameSandboxForm({ sandbox, onDone }: { sandbox: SandboxInfo; onDone(): void }) {
  const t = useT();
  const session = useEngineSession();
  const rename = useEngineCall('sandbox-rename', { inlineCodes: ['invalid-argument'] });
  const [title, setTitle] = useState(sandbox.title);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const renamed = await rename.run({ name: sandbox.name, title });
    if (!renamed) return;
    session.applySandbox(renamed);
    onDone();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('sandbox.rename.intro', { name: sandbox.name })}
        </Text>
        <TextInput
          label={t('sandbox.field.title')}
          value={title}
          onChange={(event) => {
            setTitle(event.currentTarget.value);
            rename.clearError();
          }}
          error={rename.inlineError?.message}
          withAsterisk
          aria-required
          autoComplete="off"
          data-autofocus
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={rename.isPending}>
            {t('sandbox.rename.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
