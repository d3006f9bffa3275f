// The draft's effect on one profile before saving: the merged attributes under the saved policy next to the draft's,
// differing ones highlighted (colour and a "Changed" mark), refreshed as the draft changes.
import {
  Alert,
  Badge,
  Button,
  Group,
  Paper,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { EngineError, MergePolicy, NamespaceInfo, ProfileDetail } from '../../../shared/contract';
import { Icon } from '../../app/icons';
import { useEngineCall } from '../../app/useEngineCall';
import { useT } from '../../i18n/useT';
import { compareProfiles, displayValue, inputOf, type PolicyDraft } from './policy-model';

/** Draft edits are previewed once typing pauses this long. */
const PREVIEW_DELAY_MS = 250;
const INLINE_CODES = ['invalid-argument', 'not-found', 'already-exists', 'failed-precondition'] as const;

export interface PolicyPreviewProps {
  sandbox: string;
  draft: PolicyDraft;
  /** False while the draft breaks a rule: then there is nothing to preview. */
  isDraftValid: boolean;
  editingId: string | null;
  /** The policy the draft is compared with: the one being edited, else the default. */
  saved: MergePolicy | undefined;
  namespaces: readonly NamespaceInfo[];
  datasetName(id: string): string;
  /** The engine's refusal of the draft, for the editor to show next to its fields. */
  onRefusal(error: EngineError | undefined): void;
}

interface Answer {
  identity: { namespace: string; id: string };
  saved: ProfileDetail | null;
  draft: ProfileDetail | null;
}

export function PolicyPreview({
  sandbox,
  draft,
  isDraftValid,
  editingId,
  saved,
  namespaces,
  datasetName,
  onRefusal,
}: PolicyPreviewProps) {
  const t = useT();
  const [namespace, setNamespace] = useState<string | null>(
    () => namespaces.find((ns) => ns.code === 'Email')?.code ?? namespaces[0]?.code ?? null,
  );
  const [value, setValue] = useState('');
  const [isValueMissing, setValueMissing] = useState(false);
  const [identity, setIdentity] = useState<{ namespace: string; id: string } | undefined>(undefined);
  const [answer, setAnswer] = useState<Answer | undefined>(undefined);
  const detailCall = useEngineCall('profile-detail', { inlineCodes: ['limit-exceeded'] });
  const previewCall = useEngineCall('profile-policy-preview', { inlineCodes: INLINE_CODES });
  const { run: runDetail } = detailCall;
  const { run: runPreview, inlineError: refusal } = previewCall;
  const latest = useRef(0);
  const draftKey = JSON.stringify(inputOf(draft));

  useEffect(() => onRefusal(refusal), [refusal, onRefusal]);

  useEffect(() => {
    if (!identity || !isDraftValid) return;
    const token = ++latest.current;
    const timer = setTimeout(() => {
      void (async () => {
        const [savedDetail, draftDetail] = await Promise.all([
          runDetail({
            sandbox,
            entityId: identity.id,
            entityIdNS: identity.namespace,
            ...(saved ? { mergePolicyId: saved.id } : {}),
          }),
          runPreview({
            sandbox,
            identity,
            draft: JSON.parse(draftKey),
            ...(editingId ? { policyId: editingId } : {}),
          }),
        ]);
        if (token !== latest.current) return;
        if (draftDetail === undefined) return;
        setAnswer({ identity, saved: savedDetail ?? null, draft: draftDetail });
      })();
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [identity, isDraftValid, draftKey, editingId, saved, sandbox, runDetail, runPreview]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!namespace || value.trim() === '') return setValueMissing(true);
    setIdentity({ namespace, id: value.trim() });
  };

  const rows = answer ? compareProfiles(answer.saved, answer.draft) : [];
  const changed = rows.filter((row) => row.differs).length;
  const savedLabel = saved
    ? t('views.mergePolicies.preview.savedNamed', { name: saved.name })
    : t('views.mergePolicies.preview.noPolicy');

  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="policy-preview-title">
      <Title order={3} fz="md" id="policy-preview-title" mb={4}>
        {t('views.mergePolicies.preview.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('views.mergePolicies.preview.intro')}
      </Text>
      <form onSubmit={submit} noValidate aria-label={t('views.mergePolicies.preview.form')}>
        <Group align="flex-start" gap="sm" wrap="wrap">
          <Select
            label={t('views.mergePolicies.preview.namespace')}
            data={namespaces.map((ns) => ({
              value: ns.code,
              label: ns.name === ns.code ? ns.code : `${ns.name} (${ns.code})`,
            }))}
            value={namespace}
            onChange={setNamespace}
            searchable
            allowDeselect={false}
            w={200}
          />
          <TextInput
            label={t('views.mergePolicies.preview.value')}
            value={value}
            onChange={(event) => {
              setValue(event.currentTarget.value);
              setValueMissing(false);
            }}
            error={isValueMissing ? t('views.mergePolicies.preview.valueMissing') : undefined}
            autoComplete="off"
            spellCheck={false}
            miw={240}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="light" mt={25} leftSection={<Icon name="profiles" size={16} />}>
            {t('views.mergePolicies.preview.show')}
          </Button>
        </Group>
      </form>
      <div
        style={{ minHeight: 140, marginTop: 'var(--mantine-spacing-md)' }}
        aria-live="polite"
        aria-busy={previewCall.isPending || detailCall.isPending}
      >
        {!identity ? (
          <Text size="sm" c="dimmed">
            {t('views.mergePolicies.preview.pick')}
          </Text>
        ) : !isDraftValid ? (
          <Text size="sm" c="dimmed">
            {t('views.mergePolicies.preview.fixDraft')}
          </Text>
        ) : detailCall.inlineError ? (
          <Alert color="yellow" variant="light" icon={<Icon name="alert" size={18} />} p="xs">
            {detailCall.inlineError.message}
          </Alert>
        ) : !answer || answer.identity !== identity ? (
          <Skeleton height={120} />
        ) : !answer.saved && !answer.draft ? (
          <Alert color="yellow" variant="light" icon={<Icon name="alert" size={18} />} p="xs">
            {t('views.mergePolicies.preview.nothing', { identity: `${identity.namespace}: ${identity.id}` })}
          </Alert>
        ) : (
          <Stack gap="xs">
            <Group gap="sm">
              <Badge variant="light" color={changed ? 'yellow' : 'teal'} radius="sm" tt="none" role="status">
                {t('views.mergePolicies.preview.changed', { count: changed })}
              </Badge>
              <Text size="xs" c="dimmed">
                {t('views.mergePolicies.preview.fragments', {
                  saved: answer.saved?.fragments.length ?? 0,
                  draft: answer.draft?.fragments.length ?? 0,
                })}
              </Text>
            </Group>
            <Table.ScrollContainer minWidth={640}>
              <Table
                verticalSpacing={4}
                fz="sm"
                aria-label={t('views.mergePolicies.preview.table', {
                  identity: `${identity.namespace}: ${identity.id}`,
                })}
              >
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('views.mergePolicies.preview.attribute')}</Table.Th>
                    <Table.Th>{savedLabel}</Table.Th>
                    <Table.Th>{t('views.mergePolicies.preview.draft')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr
                      key={row.path}
                      data-differs={row.differs || undefined}
                      bg={row.differs ? 'var(--mantine-color-yellow-light)' : undefined}
                    >
                      <Table.Td>
                        <Group gap={6} wrap="nowrap">
                          <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                            {row.path}
                          </Text>
                          {row.differs ? (
                            <Badge size="xs" color="yellow" variant="filled" radius="sm" tt="none">
                              {t('views.mergePolicies.preview.differs')}
                            </Badge>
                          ) : null}
                        </Group>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                          {displayValue(row.saved)}
                        </Text>
                        {row.savedDataset ? (
                          <Text size="xs" c="dimmed">
                            {datasetName(row.savedDataset)}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        <Text
                          size="sm"
                          fw={row.differs ? 600 : undefined}
                          style={{ overflowWrap: 'anywhere' }}
                        >
                          {displayValue(row.draft)}
                        </Text>
                        {row.draftDataset ? (
                          <Text size="xs" c="dimmed">
                            {datasetName(row.draftDataset)}
                          </Text>
                        ) : null}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Stack>
        )}
      </div>
    </Paper>
  );
}
