// One schema: its field tree, identity descriptors and field groups, and the Profile union of its class.
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  CloseButton,
  Code,
  Group,
  List,
  Skeleton,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
} from '@mantine/core';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { SchemaDetail, SchemaView, UnionView } from '../../../shared/contract';
import { Icon } from '../../app/icons';
import { useEngineCall } from '../../app/useEngineCall';
import { useT } from '../../i18n/useT';
import { classLabel, schemaWizardLink } from '../../wizards/dataset/dataset-links';
import { FieldTree } from '../../wizards/schema/FieldTree';
import { SchemaStateBadge } from './SchemaStateBadge';

export function SchemaDetailPanel({
  sandbox,
  schema,
  onClose,
}: {
  sandbox: string;
  schema: SchemaView;
  onClose(): void;
}) {
  const t = useT();
  const show = useEngineCall('registry-schema-show').run;
  const [detail, setDetail] = useState<SchemaDetail | undefined>(undefined);
  const [tab, setTab] = useState<string | null>('fields');
  const enableLink = schemaWizardLink(schema);
  const state = schema.isProfileEnabled ? 'locked' : schema.isInUse ? 'inUse' : 'editable';

  // The list's copy gets a new version when the schema changes (engine events); the detail follows it.
  const { $id: schemaId, version } = schema;
  useEffect(() => {
    let isCurrent = true;
    void show({ sandbox, ref: schemaId }).then((found) => {
      if (found && isCurrent) setDetail(found);
    });
    return () => {
      isCurrent = false;
    };
  }, [show, sandbox, schemaId, version]);

  return (
    <Card component="section" withBorder padding="lg" aria-labelledby="schema-detail-title" mih={480}>
      <Group justify="space-between" wrap="nowrap" mb="md" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2} fz="lg" id="schema-detail-title">
              {schema.title}
            </Title>
            <SchemaStateBadge schema={schema} />
          </Group>
          <Text size="sm" c="dimmed">
            {classLabel(t, schema['meta:class'])} ·{' '}
            {t('views.schemas.detail.version', { version: schema.version })}
          </Text>
          <Text size="xs" c="dimmed" ff="monospace" data-dynamic>
            {schema.$id}
          </Text>
        </Stack>
        <CloseButton aria-label={t('views.schemas.detail.close')} onClick={onClose} />
      </Group>
      <Text size="sm" mb="md">
        {t(`views.schemas.state.${state}.hint`)}
      </Text>
      <Group gap="sm" mb="lg">
        {enableLink ? (
          <Button component={Link} href={enableLink} rightSection={<Icon name="arrowRight" size={16} />}>
            {t('views.schemas.detail.enable')}
          </Button>
        ) : null}
        {schema.isProfileEnabled ? (
          <Button
            component={Link}
            href={`/wizards/configure-dataset?schema=${encodeURIComponent(schema['meta:altId'])}`}
            variant="default"
          >
            {t('views.schemas.detail.dataset')}
          </Button>
        ) : null}
      </Group>
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="fields">{t('views.schemas.tab.fields')}</Tabs.Tab>
          <Tabs.Tab value="identities">
            {t('views.schemas.tab.identities', { count: schema.identities.length })}
          </Tabs.Tab>
          <Tabs.Tab value="groups">
            {t('views.schemas.tab.groups', { count: schema.fieldGroups.length })}
          </Tabs.Tab>
          <Tabs.Tab value="union">{t('views.schemas.tab.union')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="fields" pt="md">
          {detail ? (
            <>
              <Text size="sm" c="dimmed" mb="xs">
                {t('views.schemas.detail.fieldCount', { count: detail.fields.length })}
              </Text>
              <div style={{ maxHeight: 460, overflow: 'auto' }}>
                <FieldTree
                  fields={detail.fields}
                  label={t('views.schemas.detail.fieldsLabel', { title: schema.title })}
                />
              </div>
            </>
          ) : (
            <Stack gap={6} aria-busy>
              {Array.from({ length: 8 }, (_, index) => (
                <Skeleton key={index} height={14} width={`${60 - index * 4}%`} />
              ))}
            </Stack>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="identities" pt="md">
          {schema.identities.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t(
                schema.isProfileEnabled
                  ? 'views.schemas.detail.noIdentitiesMap'
                  : 'views.schemas.detail.noIdentities',
              )}
            </Text>
          ) : (
            <Table fz="sm" verticalSpacing={6} aria-label={t('views.schemas.detail.identitiesLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('views.schemas.detail.field')}</Table.Th>
                  <Table.Th>{t('views.schemas.detail.namespace')}</Table.Th>
                  <Table.Th>{t('views.schemas.detail.primary')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {schema.identities.map((identity) => (
                  <Table.Tr key={identity['@id']}>
                    <Table.Td>
                      <Code>{identity['xdm:sourceProperty']}</Code>
                    </Table.Td>
                    <Table.Td>{identity['xdm:namespace']}</Table.Td>
                    <Table.Td>
                      {identity['xdm:isPrimary'] ? (
                        <Badge size="sm" variant="light" color="blue" tt="none">
                          {t('views.schemas.detail.isPrimary')}
                        </Badge>
                      ) : (
                        t('views.schemas.detail.notPrimary')
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="groups" pt="md">
          {schema.fieldGroups.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('views.schemas.detail.noGroups')}
            </Text>
          ) : (
            <List size="sm" spacing={4} aria-label={t('views.schemas.detail.groupsLabel')}>
              {schema.fieldGroups.map((group) => (
                <List.Item key={group.$id}>
                  {group.title}{' '}
                  {group.isTenant ? (
                    <Badge size="xs" variant="light" color="grape" tt="none">
                      {t('views.schemas.detail.tenantGroup')}
                    </Badge>
                  ) : null}
                </List.Item>
              ))}
            </List>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="union" pt="md">
          {tab === 'union' ? <UnionPanel sandbox={sandbox} schema={schema} /> : null}
        </Tabs.Panel>
      </Tabs>
    </Card>
  );
}

function UnionPanel({ sandbox, schema }: { sandbox: string; schema: SchemaView }) {
  const t = useT();
  const showUnion = useEngineCall('registry-union-show', { inlineCodes: ['not-found'] });
  const run = showUnion.run;
  const [union, setUnion] = useState<UnionView | undefined>(undefined);
  const classId = schema['meta:class'];
  const enableLink = schemaWizardLink(schema);
  // A member's new version (or enabling) changes the union.
  const memberVersion = `${schema.version}|${String(schema.isProfileEnabled)}`;

  useEffect(() => {
    let isCurrent = true;
    void run({ sandbox, classRef: classId }).then((found) => {
      if (found && isCurrent) setUnion(found);
    });
    return () => {
      isCurrent = false;
    };
  }, [run, sandbox, classId, memberVersion]);

  if (showUnion.inlineError)
    return (
      <Alert variant="light" color="gray" title={t('views.schemas.union.noneTitle')}>
        {showUnion.inlineError.message}
      </Alert>
    );
  if (!union)
    return (
      <Stack gap={6} aria-busy>
        <Skeleton height={16} width="50%" />
        <Skeleton height={160} />
      </Stack>
    );
  const isMember = union.schemas.some((member) => member.$id === schema.$id);
  return (
    <Stack gap="md">
      <Text size="sm">
        {t('views.schemas.union.intro', { className: classLabel(t, classId), count: union.schemas.length })}
      </Text>
      {!isMember ? (
        <Alert variant="light" color="yellow" icon={<Icon name="alert" size={18} />}>
          {t('views.schemas.union.notMember', { title: schema.title })}{' '}
          {enableLink ? (
            <Anchor component={Link} href={enableLink} size="sm">
              {t('views.schemas.detail.enable')}
            </Anchor>
          ) : null}
        </Alert>
      ) : null}
      <List size="sm" spacing={2} aria-label={t('views.schemas.union.membersLabel')}>
        {union.schemas.map((member) => (
          <List.Item key={member.$id}>{member.title}</List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed">
        {t('views.schemas.detail.fieldCount', { count: union.fields.length })}
      </Text>
      <div style={{ maxHeight: 460, overflow: 'auto' }}>
        <FieldTree
          fields={union.fields}
          label={t('views.schemas.union.fieldsLabel', { title: union.title })}
        />
      </div>
    </Stack>
  );
}
