// Creates a custom identity namespace inline (symbol, display name, identity type); the engine checks and explains.
import { Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { IDENTITY_TYPES, type IdentityType, type NamespaceInfo } from '../../../shared/contract';
import { useEngineCall } from '../../app/useEngineCall';
import { useT } from '../../i18n/useT';
import { useSchemaWizard, useSchemaWizardStores } from './SchemaWizardProvider';

export function NamespaceDialog({ onCreated }: { onCreated(namespace: NamespaceInfo): void }) {
  const t = useT();
  const isOpen = useSchemaWizard((state) => state.isNamespaceDialogOpen);
  const setOpen = useSchemaWizard((state) => state.setNamespaceDialogOpen);
  return (
    <Modal
      opened={isOpen}
      onClose={() => setOpen(false)}
      title={t('wizards.schema.namespace.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {isOpen ? (
        <NamespaceForm
          onCancel={() => setOpen(false)}
          onCreated={(namespace) => {
            setOpen(false);
            onCreated(namespace);
          }}
        />
      ) : null}
    </Modal>
  );
}

function NamespaceForm({
  onCancel,
  onCreated,
}: {
  onCancel(): void;
  onCreated(namespace: NamespaceInfo): void;
}) {
  const t = useT();
  const { sandbox } = useSchemaWizardStores();
  const create = useEngineCall('registry-namespace-create', {
    inlineCodes: ['invalid-argument', 'already-exists'],
  });
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [type, setType] = useState<IdentityType>('CROSS_DEVICE');
  const [description, setDescription] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const created = await create.run({
      sandbox,
      code: code.trim(),
      name: name.trim(),
      type,
      ...(description.trim() ? { description: description.trim() } : {}),
    });
    if (created) onCreated(created);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('wizards.schema.namespace.intro')}
        </Text>
        <TextInput
          label={t('wizards.schema.namespace.code')}
          description={t('wizards.schema.namespace.codeHint')}
          placeholder="CRMID"
          value={code}
          onChange={(event) => {
            setCode(event.currentTarget.value);
            create.clearError();
          }}
          error={create.inlineError?.message}
          withAsterisk
          autoComplete="off"
          spellCheck={false}
          data-autofocus
        />
        <TextInput
          label={t('wizards.schema.namespace.name')}
          placeholder={t('wizards.schema.namespace.namePlaceholder')}
          value={name}
          onChange={(event) => {
            setName(event.currentTarget.value);
            create.clearError();
          }}
          withAsterisk
          autoComplete="off"
        />
        <Select
          label={t('wizards.schema.namespace.type')}
          description={t('wizards.schema.namespace.typeHint')}
          value={type}
          onChange={(value) => setType((value ?? 'CROSS_DEVICE') as IdentityType)}
          data={IDENTITY_TYPES.map((value) => ({
            value,
            label: t(`wizards.schema.namespace.type.${value}`),
          }))}
          allowDeselect={false}
        />
        <TextInput
          label={t('wizards.schema.namespace.description')}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          autoComplete="off"
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('wizards.schema.namespace.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
