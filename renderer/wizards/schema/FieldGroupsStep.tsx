// Step 2: search the standard library for field groups made for the class, add them, and see each one's fields.
import {
  ActionIcon,
  Badge,
  Button,
  Collapse,
  Group,
  Loader,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useMemo, useState } from 'react';
import { useT } from '../../i18n/useT';
import { useEngineQuery } from '../common/useEngineQuery';
import { StepHeading } from '../common/StepHeading';
import { FieldGroupList } from './FieldGroupList';
import { FieldTree } from './FieldTree';
import { filterLibrary } from './library-search';
import { CLASS_IDS, type ChosenGroup } from './schema-wizard-store';
import { useSchemaDraft, useSchemaWizard } from './SchemaWizardProvider';
import { Icon } from '../../app/icons';

export function FieldGroupsStep() {
  const t = useT();
  const classChoice = useSchemaWizard((state) => state.classChoice);
  const search = useSchemaWizard((state) => state.search);
  const setSearch = useSchemaWizard((state) => state.setSearch);
  const groups = useSchemaWizard((state) => state.groups);
  const toggleGroup = useSchemaWizard((state) => state.toggleGroup);
  const hasSchema = useSchemaDraft((state) => state.schema !== undefined);
  const classId = classChoice ? CLASS_IDS[classChoice] : undefined;
  const library = useEngineQuery(
    'registry-library-list',
    classId ? { kind: 'fieldgroup', intendedFor: classId } : undefined,
  );
  const visible = useMemo(() => filterLibrary(library.data ?? [], search), [library.data, search]);
  const chosenIds = useMemo(() => groups.map((g) => g.id), [groups]);
  const countId = useId();

  return (
    <Stack gap="xl">
      <StepHeading
        title={t('wizards.schema.groups.heading')}
        description={t(hasSchema ? 'wizards.schema.groups.introExisting' : 'wizards.schema.groups.intro', {
          class: classChoice ? t(`wizards.schema.class.${classChoice}`) : '',
        })}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
        <Stack gap="xs">
          <TextInput
            type="search"
            label={t('wizards.schema.groups.search')}
            placeholder={t('wizards.schema.groups.searchPlaceholder')}
            leftSection={<Icon name="search" size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            aria-describedby={countId}
            autoComplete="off"
          />
          <Text id={countId} size="xs" c="dimmed" aria-live="polite">
            {library.data
              ? t('wizards.schema.groups.count', { count: visible.length })
              : t('wizards.schema.groups.loading')}
          </Text>
          {library.data ? (
            <FieldGroupList
              label={t('wizards.schema.groups.listLabel')}
              entries={visible}
              chosenIds={chosenIds}
              onToggle={(entry) => toggleGroup({ id: entry.$id, title: entry.title })}
            />
          ) : (
            <Skeleton h={420} radius="md" />
          )}
          <Text size="xs" c="dimmed">
            {t('wizards.schema.groups.keyboardHint')}
          </Text>
        </Stack>
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={3} fz="md">
              {t('wizards.schema.groups.chosen')}
            </Title>
            <Badge variant="light" radius="sm">
              {groups.length}
            </Badge>
          </Group>
          {groups.length === 0 ? (
            <Paper withBorder radius="md" p="lg" bg="var(--ps-frame-bg)">
              <Text size="sm" c="dimmed">
                {t('wizards.schema.groups.none')}
              </Text>
            </Paper>
          ) : (
            groups.map((group) => <ChosenGroupCard key={group.id} group={group} />)
          )}
        </Stack>
      </SimpleGrid>
    </Stack>
  );
}

function ChosenGroupCard({ group }: { group: ChosenGroup }) {
  const t = useT();
  const removeGroup = useSchemaWizard((state) => state.removeGroup);
  const [isOpen, setOpen] = useState(true);
  const detail = useEngineQuery('registry-library-show', { ref: group.id });
  const treeId = useId();
  const fieldCount = detail.data?.fields.filter((f) => f.xdmType !== 'object').length;

  return (
    <Paper withBorder radius="md" p="md" data-testid="chosen-group">
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text fw={600} size="sm" truncate>
            {group.title}
          </Text>
          <Text size="xs" c="dimmed">
            {fieldCount === undefined
              ? t('wizards.schema.groups.loadingFields')
              : t('wizards.schema.groups.fieldCount', { count: fieldCount })}
          </Text>
        </Stack>
        <Group gap={4} wrap="nowrap">
          <Button
            size="compact-sm"
            variant="subtle"
            onClick={() => setOpen((value) => !value)}
            aria-expanded={isOpen}
            aria-controls={treeId}
            rightSection={<Icon name={isOpen ? 'chevronDown' : 'chevronRight'} size={14} />}
          >
            {t(isOpen ? 'wizards.schema.groups.hideFields' : 'wizards.schema.groups.showFields')}
          </Button>
          <ActionIcon
            variant="subtle"
            color="gray"
            onClick={() => removeGroup(group.id)}
            aria-label={t('wizards.schema.groups.remove', { title: group.title })}
          >
            <Icon name="trash" size={16} />
          </ActionIcon>
        </Group>
      </Group>
      <Collapse expanded={isOpen} id={treeId}>
        <div style={{ marginTop: 'var(--mantine-spacing-sm)', maxHeight: 320, overflow: 'auto' }}>
          {detail.data ? (
            <FieldTree
              fields={detail.data.fields}
              label={t('wizards.schema.groups.fieldsOf', { title: group.title })}
            />
          ) : (
            <Loader size="sm" />
          )}
        </div>
      </Collapse>
    </Paper>
  );
}
