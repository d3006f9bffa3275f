// The Schemas view: the sandbox's schemas (class, field groups, identities, Profile, in use / locked), one schema's
// field tree, identity descriptors and field groups, and the Profile union of its class.
import { Anchor, Badge, Button, Card, Group, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'wouter';
import type { SchemaView } from '../../../shared/contract';
import { PageHeader } from '../../app/PageHeader';
import { useEngineCall } from '../../app/useEngineCall';
import { useEngineEvent } from '../../app/useEngineEvent';
import { useT } from '../../i18n/useT';
import { useCurrentSandbox } from '../../state/useCurrentSandbox';
import { classLabel, schemaWizardLink } from '../../wizards/dataset/dataset-links';
import { SchemaDetailPanel } from './SchemaDetailPanel';
import { SchemaStateBadge } from './SchemaStateBadge';

export function SchemasPage() {
  const t = useT();
  const sandbox = useCurrentSandbox();
  return (
    <>
      <PageHeader
        title={t('route.schemas.title')}
        description={t('route.schemas.summary')}
        actions={
          <Button component={Link} href="/wizards/enable-schema" variant="light">
            {t('views.schemas.create')}
          </Button>
        }
      />
      {sandbox ? (
        <SchemasView key={sandbox.name} sandbox={sandbox.name} />
      ) : (
        <Skeleton height={320} radius="md" />
      )}
    </>
  );
}

function useSchemaList(sandbox: string) {
  const list = useEngineCall('registry-schema-list').run;
  const [schemas, setSchemas] = useState<SchemaView[] | undefined>(undefined);
  const apply = useCallback((found: SchemaView[] | undefined) => {
    if (found) setSchemas([...found].sort((a, b) => a.title.localeCompare(b.title)));
  }, []);
  const reload = useCallback(() => list({ sandbox }).then(apply), [list, sandbox, apply]);
  useEffect(() => {
    let isCurrent = true;
    void list({ sandbox }).then((found) => {
      if (isCurrent) apply(found);
    });
    return () => {
      isCurrent = false;
    };
  }, [list, sandbox, apply]);
  useEngineEvent('sandbox-changed', ({ changed }) => {
    if (changed === sandbox) void reload();
  });
  // A batch can put a schema in use.
  useEngineEvent('batch-finished', (event) => {
    if (event.sandbox === sandbox) void reload();
  });
  return schemas;
}

function SchemasView({ sandbox }: { sandbox: string }) {
  const t = useT();
  const schemas = useSchemaList(sandbox);
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const selected = schemas?.find((schema) => schema.$id === selectedId);

  return (
    <Stack gap="lg">
      <Card withBorder padding={0}>
        <Table.ScrollContainer minWidth={900}>
          <Table
            verticalSpacing="sm"
            highlightOnHover
            aria-label={t('views.schemas.tableLabel')}
            aria-busy={!schemas}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('views.schemas.col.title')}</Table.Th>
                <Table.Th>{t('views.schemas.col.class')}</Table.Th>
                <Table.Th ta="right">{t('views.schemas.col.fieldGroups')}</Table.Th>
                <Table.Th>{t('views.schemas.col.identities')}</Table.Th>
                <Table.Th>{t('views.schemas.col.profile')}</Table.Th>
                <Table.Th>{t('views.schemas.col.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {schemas === undefined
                ? Array.from({ length: 3 }, (_, index) => (
                    <Table.Tr key={index}>
                      <Table.Td colSpan={6}>
                        <Skeleton height={16} />
                      </Table.Td>
                    </Table.Tr>
                  ))
                : schemas.map((schema) => {
                    const isSelected = schema.$id === selectedId;
                    const primary = schema.identities.find((identity) => identity['xdm:isPrimary']);
                    const others = schema.identities.length - (primary ? 1 : 0);
                    const enableLink = schemaWizardLink(schema);
                    return (
                      <Table.Tr
                        key={schema.$id}
                        aria-selected={isSelected}
                        bg={isSelected ? 'var(--mantine-primary-color-light)' : undefined}
                        data-schema={schema.title}
                      >
                        <Table.Td>
                          <Anchor
                            component="button"
                            type="button"
                            fw={600}
                            ta="left"
                            aria-current={isSelected || undefined}
                            aria-label={t('views.schemas.open', { title: schema.title })}
                            onClick={() => setSelectedId(schema.$id)}
                          >
                            {schema.title}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>{classLabel(t, schema['meta:class'])}</Table.Td>
                        <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {schema.fieldGroups.length}
                        </Table.Td>
                        <Table.Td>
                          {schema.identities.length === 0 ? (
                            <Text size="sm" c="dimmed">
                              {t('views.schemas.noIdentities')}
                            </Text>
                          ) : (
                            <Stack gap={0}>
                              {primary ? (
                                <Text size="sm">
                                  {t('views.schemas.primary', {
                                    path: primary['xdm:sourceProperty'],
                                    namespace: primary['xdm:namespace'],
                                  })}
                                </Text>
                              ) : null}
                              {others > 0 ? (
                                <Text size="xs" c="dimmed">
                                  {t(
                                    primary ? 'views.schemas.moreIdentities' : 'views.schemas.identityCount',
                                    {
                                      count: others,
                                    },
                                  )}
                                </Text>
                              ) : null}
                            </Stack>
                          )}
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Group gap={6} wrap="nowrap">
                            <Badge
                              size="sm"
                              radius="sm"
                              tt="none"
                              variant={schema.isProfileEnabled ? 'light' : 'outline'}
                              color={schema.isProfileEnabled ? 'teal' : 'gray'}
                              style={{ flexShrink: 0, minWidth: 'max-content' }}
                            >
                              {t(
                                schema.isProfileEnabled
                                  ? 'views.schemas.profileOn'
                                  : 'views.schemas.profileOff',
                              )}
                            </Badge>
                            {enableLink ? (
                              <Anchor
                                component={Link}
                                href={enableLink}
                                size="sm"
                                aria-label={t('views.schemas.enableLabel', { title: schema.title })}
                              >
                                {t('views.schemas.enable')}
                              </Anchor>
                            ) : null}
                          </Group>
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <SchemaStateBadge schema={schema} />
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {schemas?.length === 0 ? (
          <Stack align="center" gap="xs" p="xl">
            <Text size="sm" c="dimmed">
              {t('views.schemas.empty')}
            </Text>
            <Anchor component={Link} href="/wizards/enable-schema" size="sm">
              {t('views.schemas.create')}
            </Anchor>
          </Stack>
        ) : null}
      </Card>
      {selected ? (
        <SchemaDetailPanel
          key={selected.$id}
          sandbox={sandbox}
          schema={selected}
          onClose={() => setSelectedId(undefined)}
        />
      ) : null}
    </Stack>
  );
}
