// Creates a sandbox; the engine checks the name, and its message is shown under the name field.
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useEngineSession } from '../app/EngineProvider';
import { useEngineCall } from '../app/useEngineCall';
import { useT } from '../i18n/useT';
import { useStores } from '../state/StoresProvider';

export interface SandboxDialogProps {
  opened: boolean;
  onClose(): void;
}

export function CreateSandboxDialog({ opened, onClose, formKey }: SandboxDialogProps & { formKey: number }) {
  const t = useT();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('sandbox.create.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="md"
    >
      <CreateSandboxForm key={formKey} onDone={onClose} />
    </Modal>
  );
}

function CreateSandboxForm({ onDone }: { onDone(): void }) {
  const t = useT();
  const session = useEngineSession();
  const { prefs } = useStores();
  const create = useEngineCall('sandbox-create', { inlineCodes: ['invalid-argument', 'already-exists'] });
  const [name, setName] = useState('');
  const [title, setTitle] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // The name goes to the engine exactly as typed: the engine owns the naming rule and explains it.
    const created = await create.run(title.trim() ? { name, title } : { name });
    if (!created) return;
    session.applySandbox(created);
    prefs.getState().setCurrentSandbox(created.name);
    onDone();
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('sandbox.create.intro')}
        </Text>
        <TextInput
          label={t('sandbox.field.name')}
          description={t('sandbox.field.nameHint')}
          placeholder={t('sandbox.field.namePlaceholder')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            create.clearError();
          }}
          error={create.inlineError?.message}
          withAsterisk
          aria-required
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
        <TextInput
          label={t('sandbox.field.title')}
          description={t('sandbox.field.titleHint')}
          placeholder={t('sandbox.field.titlePlaceholder')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          autoComplete="off"
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('sandbox.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
