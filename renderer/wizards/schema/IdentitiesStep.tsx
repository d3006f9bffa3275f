// Step 4: mark identity fields — a string field, a namespace (or a new custom one), and the one primary identity.
import { Alert, Button, Group, List, Select, Stack, Switch } from '@mantine/core';
import { useMemo, type FormEvent } from 'react';
import { useT } from '../../i18n/useT';
import { translateReason } from '../common/reasons';
import { useEngineQuery } from '../common/useEngineQuery';
import { StepHeading } from '../common/StepHeading';
import { FormAndList } from './FormAndList';
import { IdentityTable } from './IdentityTable';
import { NamespaceDialog } from './NamespaceDialog';
import { hasIdentityMap, identities, identityCandidates, primaryIdentity } from './schema-rules';
import { useSchemaDraft, useSchemaWizard, useSchemaWizardStores } from './SchemaWizardProvider';
import { useIdentityActions } from './useIdentityActions';
import { Icon } from '../../app/icons';

export function IdentitiesStep() {
  const t = useT();
  const { sandbox } = useSchemaWizardStores();
  const schema = useSchemaDraft((state) => state.schema);
  const form = useSchemaWizard((state) => state.identityForm);
  const setForm = useSchemaWizard((state) => state.setIdentityForm);
  const openNamespaceDialog = useSchemaWizard((state) => state.setNamespaceDialogOpen);
  const namespaces = useEngineQuery('registry-namespace-list', { sandbox });
  const actions = useIdentityActions();

  const candidates = useMemo(() => (schema ? identityCandidates(schema) : []), [schema]);
  const fieldOptions = useMemo(
    () =>
      candidates.map((field) => ({
        value: field.path,
        label: field.title ? `${field.path} — ${field.title}` : field.path,
      })),
    [candidates],
  );
  const namespaceOptions = useMemo(() => {
    const all = namespaces.data ?? [];
    const option = (ns: (typeof all)[number]) => ({
      value: ns.code,
      label: ns.name === ns.code ? ns.code : `${ns.name} (${ns.code})`,
    });
    const custom = all.filter((ns) => !ns.isStandard).map(option);
    return [
      {
        group: t('wizards.schema.identity.standardNamespaces'),
        items: all.filter((ns) => ns.isStandard).map(option),
      },
      ...(custom.length > 0 ? [{ group: t('wizards.schema.identity.customNamespaces'), items: custom }] : []),
    ];
  }, [namespaces.data, t]);

  if (!schema) return null;
  const primary = primaryIdentity(schema);
  const isPrimaryTaken = primary !== undefined && primary.path !== form.path;
  const entries = identities(schema);

  const change = (patch: Parameters<typeof setForm>[0]) => {
    setForm(patch);
    actions.clearError();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    await actions.add();
  };

  return (
    <Stack gap="xl">
      <StepHeading
        title={t('wizards.schema.identity.heading')}
        description={t('wizards.schema.identity.intro')}
      />
      <FormAndList
        formTitle={t('wizards.schema.identity.formTitle')}
        onSubmit={submit}
        form={
          <>
            <Select
              label={t('wizards.schema.identity.field')}
              description={t('wizards.schema.identity.fieldHint', { count: candidates.length })}
              placeholder={t('wizards.schema.identity.fieldPlaceholder')}
              data={fieldOptions}
              value={form.path}
              onChange={(path) => change({ path })}
              error={actions.missing.path ? translateReason(t, actions.missing.path) : actions.error?.message}
              searchable
              clearable
              nothingFoundMessage={t('wizards.schema.identity.noField')}
              maxDropdownHeight={280}
              withAsterisk
            />
            <Stack gap={6} align="flex-start">
              <Select
                w="100%"
                label={t('wizards.schema.identity.namespace')}
                description={t('wizards.schema.identity.namespaceHint')}
                placeholder={t('wizards.schema.identity.namespacePlaceholder')}
                data={namespaceOptions}
                value={form.namespace}
                onChange={(namespace) => change({ namespace })}
                error={actions.missing.namespace ? translateReason(t, actions.missing.namespace) : undefined}
                searchable
                clearable
                nothingFoundMessage={t('wizards.schema.identity.noNamespace')}
                withAsterisk
              />
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => openNamespaceDialog(true)}
                leftSection={<Icon name="plus" size={14} />}
              >
                {t('wizards.schema.identity.newNamespace')}
              </Button>
            </Stack>
            <Switch
              label={t('wizards.schema.identity.primary')}
              description={
                isPrimaryTaken
                  ? t('wizards.schema.identity.primaryTaken', { path: primary.path })
                  : t('wizards.schema.identity.primaryHint')
              }
              checked={form.isPrimary && !isPrimaryTaken}
              disabled={isPrimaryTaken}
              onChange={(event) => change({ isPrimary: event.currentTarget.checked })}
            />
            <Group justify="flex-end">
              <Button
                type="submit"
                variant="light"
                loading={actions.isPending}
                leftSection={<Icon name="key" size={16} />}
              >
                {t('wizards.schema.identity.add')}
              </Button>
            </Group>
          </>
        }
        listTitle={t('wizards.schema.identity.listTitle')}
        list={entries.length > 0 ? <IdentityTable entries={entries} actions={actions} /> : null}
        emptyText={t('wizards.schema.identity.none')}
        notes={
          <>
            {hasIdentityMap(schema) && !primary ? (
              <Alert
                variant="light"
                color="blue"
                icon={<Icon name="info" />}
                title={t('wizards.schema.identity.identityMapTitle')}
              >
                {t('wizards.schema.identity.identityMap')}
              </Alert>
            ) : null}
            <List size="xs" c="dimmed" spacing={4} mt="xs">
              <List.Item>{t('wizards.schema.identity.rule.strings')}</List.Item>
              <List.Item>{t('wizards.schema.identity.rule.required')}</List.Item>
              <List.Item>{t('wizards.schema.identity.rule.primary')}</List.Item>
              <List.Item>{t('wizards.schema.identity.rule.unique')}</List.Item>
            </List>
          </>
        }
      />
      <NamespaceDialog
        onCreated={(namespace) => {
          namespaces.reload();
          change({ namespace: namespace.code });
        }}
      />
    </Stack>
  );
}
