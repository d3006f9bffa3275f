// Step 3: custom fields under the tenant namespace `_{tenantId}` — name, type, allowed values — added to the draft at once.
import { Button, Checkbox, Code, Group, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useRef, type FormEvent } from 'react';
import { useT } from '../../i18n/useT';
import { translateReason } from '../common/reasons';
import { StepHeading } from '../common/StepHeading';
import { FormAndList } from './FormAndList';
import { CustomFieldTable } from './CustomFieldTable';
import { customFields } from './schema-rules';
import { FIELD_TYPES, type FieldTypeChoice } from './schema-wizard-store';
import { useSchemaDraft, useSchemaWizard, useSchemaWizardStores } from './SchemaWizardProvider';
import { useAddCustomField } from './useAddCustomField';
import { Icon } from '../../app/icons';

export function CustomFieldsStep() {
  const t = useT();
  const { tenantId } = useSchemaWizardStores();
  const form = useSchemaWizard((state) => state.fieldForm);
  const setFieldForm = useSchemaWizard((state) => state.setFieldForm);
  const schema = useSchemaDraft((state) => state.schema);
  const add = useAddCustomField();
  const nameInput = useRef<HTMLInputElement>(null);
  const tenantRoot = `_${tenantId}`;
  const fields = schema ? customFields(schema, tenantId) : [];

  const change = (patch: Parameters<typeof setFieldForm>[0]) => {
    setFieldForm(patch);
    add.clear();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // Refused or added, the name field is where the next thing happens.
    await add.submit();
    nameInput.current?.focus();
  };
  const nameError =
    add.problem?.input === 'name' ? translateReason(t, add.problem.reason) : add.engineError?.message;
  const enumError = add.problem?.input === 'enum' ? translateReason(t, add.problem.reason) : undefined;

  return (
    <Stack gap="xl">
      <StepHeading
        title={t('wizards.schema.fields.heading')}
        description={t('wizards.schema.fields.intro', { tenant: tenantRoot })}
      />
      <FormAndList
        formTitle={t('wizards.schema.fields.formTitle')}
        onSubmit={submit}
        form={
          <>
            <TextInput
              ref={nameInput}
              label={t('wizards.schema.field.name')}
              description={t('wizards.schema.field.nameHint')}
              placeholder="loyaltyTier"
              leftSection={
                <Text size="sm" c="dimmed" ff="monospace" pl={10} aria-hidden="true">
                  {tenantRoot}.
                </Text>
              }
              leftSectionWidth={tenantRoot.length * 8.5 + 22}
              value={form.name}
              onChange={(event) => change({ name: event.currentTarget.value })}
              error={nameError}
              withAsterisk
              autoComplete="off"
              spellCheck={false}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            />
            <Select
              label={t('wizards.schema.field.type')}
              value={form.type}
              onChange={(value) => change({ type: (value ?? 'string') as FieldTypeChoice })}
              data={FIELD_TYPES.map((type) => ({
                value: type,
                label: t(`wizards.schema.field.type.${type}`),
              }))}
              allowDeselect={false}
              withCheckIcon={false}
            />
            {form.type === 'enum' ? (
              <TagsInput
                label={t('wizards.schema.field.enum')}
                description={t('wizards.schema.field.enumHint')}
                value={form.enumValues}
                onChange={(enumValues) => change({ enumValues })}
                error={enumError}
                withAsterisk
                clearable
              />
            ) : null}
            <TextInput
              label={t('wizards.schema.field.title')}
              description={t('wizards.schema.field.titleHint')}
              value={form.title}
              onChange={(event) => change({ title: event.currentTarget.value })}
              autoComplete="off"
            />
            <Checkbox
              label={t('wizards.schema.field.required')}
              description={t('wizards.schema.field.requiredHint')}
              checked={form.isRequired}
              onChange={(event) => change({ isRequired: event.currentTarget.checked })}
            />
            <Group justify="flex-end">
              <Button
                type="submit"
                variant="light"
                loading={add.isPending}
                leftSection={<Icon name="plus" size={16} />}
              >
                {t('wizards.schema.field.add')}
              </Button>
            </Group>
          </>
        }
        listTitle={t('wizards.schema.fields.listTitle', { tenant: tenantRoot })}
        list={fields.length > 0 ? <CustomFieldTable fields={fields} /> : null}
        emptyText={t('wizards.schema.fields.none')}
        notes={
          <>
            <Text size="xs" c="dimmed">
              {t('wizards.schema.fields.optional')} <Code>{`${tenantRoot}.loyalty.tier`}</Code>
            </Text>
          </>
        }
      />
    </Stack>
  );
}
