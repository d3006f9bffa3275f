// Creates or edits one merge policy: name, attribute merge (with the dataset order), stitching and default,
// each rule checked next to its field, and the draft's effect on a chosen profile before anything is saved.
import { Alert, Button, Group, Paper, Radio, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { DatasetView, EngineError, MergePolicy, NamespaceInfo } from '../../../shared/contract';
import { Icon } from '../../app/icons';
import { useEngineCall } from '../../app/useEngineCall';
import { useT } from '../../i18n/useT';
import { DatasetOrder } from './DatasetOrder';
import { draftOf, draftProblems, emptyDraft, inputOf, MAX_POLICIES, type PolicyDraft } from './policy-model';
import { PolicyPreview } from './PolicyPreview';

const SAVE_CODES = ['invalid-argument', 'not-found', 'already-exists', 'failed-precondition'] as const;

export interface PolicyEditorProps {
  sandbox: string;
  /** The policy being edited; undefined creates a new one. */
  editing: MergePolicy | undefined;
  policies: readonly MergePolicy[];
  datasets: readonly DatasetView[];
  namespaces: readonly NamespaceInfo[];
  datasetName(id: string): string;
  onSaved(policy: MergePolicy): void;
  onCancel(): void;
}

export function PolicyEditor({
  sandbox,
  editing,
  policies,
  datasets,
  namespaces,
  datasetName,
  onSaved,
  onCancel,
}: PolicyEditorProps) {
  const t = useT();
  const [draft, setDraft] = useState<PolicyDraft>(() => (editing ? draftOf(editing) : emptyDraft()));
  const [isSubmitted, setSubmitted] = useState(false);
  const [refusal, setRefusal] = useState<EngineError | undefined>(undefined);
  const create = useEngineCall('profile-policy-create', { inlineCodes: SAVE_CODES });
  const update = useEngineCall('profile-policy-update', { inlineCodes: SAVE_CODES });
  const heading = useRef<HTMLHeadingElement>(null);
  const editingId = editing?.id ?? null;
  const problems = draftProblems(draft, policies, editingId);
  // Rules show once the user typed a name or tried to save, not on an untouched form.
  const shows = (problem: (typeof problems)[number]) =>
    problems.includes(problem) && (isSubmitted || problem !== 'nameMissing');
  const currentDefault = policies.find((p) => p.default);
  const compareWith = editing ?? currentDefault;
  const saveError = create.inlineError ?? update.inlineError ?? refusal;
  const onRefusal = useCallback((error: EngineError | undefined) => setRefusal(error), []);

  useEffect(() => heading.current?.focus(), []);

  const change = (patch: Partial<PolicyDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.length > 0) return;
    const input = inputOf(draft);
    const saved = editing
      ? await update.run({ sandbox, id: editing.id, ...input })
      : await create.run({ sandbox, ...input });
    if (saved) onSaved(saved);
  };

  const nameError = shows('nameMissing')
    ? t('views.mergePolicies.rule.nameMissing')
    : shows('nameTaken')
      ? t('views.mergePolicies.rule.nameTaken', { name: draft.name.trim() })
      : undefined;
  const title = editing
    ? t('views.mergePolicies.editor.editTitle', { name: editing.name })
    : t('views.mergePolicies.editor.newTitle');

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="policy-editor-title">
        <form onSubmit={(event) => void save(event)} noValidate aria-labelledby="policy-editor-title">
          <Title
            order={2}
            fz="lg"
            id="policy-editor-title"
            ref={heading}
            tabIndex={-1}
            style={{ outline: 'none' }}
            mb="md"
          >
            {title}
          </Title>
          <Stack gap="md" maw={720}>
            {shows('tooMany') ? (
              <Alert color="red" variant="light" icon={<Icon name="alert" size={18} />} p="xs" role="alert">
                {t('views.mergePolicies.rule.tooMany', { max: MAX_POLICIES })}
              </Alert>
            ) : null}
            <TextInput
              label={t('views.mergePolicies.editor.name')}
              value={draft.name}
              onChange={(event) => change({ name: event.currentTarget.value })}
              error={nameError}
              required
              autoComplete="off"
              maw={420}
            />
            <Radio.Group
              label={t('views.mergePolicies.editor.merge')}
              value={draft.mergeType}
              onChange={(value) =>
                change({
                  mergeType: value === 'dataSetPrecedence' ? 'dataSetPrecedence' : 'timestampOrdered',
                })
              }
            >
              <Stack gap={6} mt={6}>
                <Radio
                  value="timestampOrdered"
                  label={t('views.mergePolicies.merge.timestampOrdered')}
                  description={t('views.mergePolicies.merge.timestampOrdered.why')}
                />
                <Radio
                  value="dataSetPrecedence"
                  label={t('views.mergePolicies.merge.dataSetPrecedence')}
                  description={t('views.mergePolicies.merge.dataSetPrecedence.why')}
                />
              </Stack>
            </Radio.Group>
            {draft.mergeType === 'dataSetPrecedence' ? (
              <DatasetOrder
                datasets={datasets}
                order={draft.order}
                error={
                  shows('orderEmpty') && isSubmitted ? t('views.mergePolicies.rule.orderEmpty') : undefined
                }
                onChange={(order) => change({ order })}
              />
            ) : null}
            <Radio.Group
              label={t('views.mergePolicies.editor.stitching')}
              value={draft.stitching}
              onChange={(value) => change({ stitching: value === 'none' ? 'none' : 'pdg' })}
            >
              <Stack gap={6} mt={6}>
                <Radio
                  value="pdg"
                  label={t('views.mergePolicies.stitching.pdg')}
                  description={t('views.mergePolicies.stitching.pdg.why')}
                />
                <Radio
                  value="none"
                  label={t('views.mergePolicies.stitching.none')}
                  description={t('views.mergePolicies.stitching.none.why')}
                />
              </Stack>
            </Radio.Group>
            <Switch
              label={t('views.mergePolicies.editor.default')}
              description={
                draft.isDefault && currentDefault && currentDefault.id !== editingId
                  ? t('views.mergePolicies.editor.defaultTakes', { name: currentDefault.name })
                  : t('views.mergePolicies.editor.defaultHint')
              }
              checked={draft.isDefault}
              onChange={(event) => change({ isDefault: event.currentTarget.checked })}
            />
            {saveError ? (
              <Alert
                color="red"
                variant="light"
                icon={<Icon name="alert" size={18} />}
                p="xs"
                role="alert"
                title={t('views.mergePolicies.editor.refused')}
              >
                {saveError.message}
              </Alert>
            ) : null}
            <Group gap="sm">
              <Button
                type="submit"
                loading={create.isPending || update.isPending}
                leftSection={<Icon name="check" size={16} />}
              >
                {editing
                  ? t('views.mergePolicies.editor.saveChanges')
                  : t('views.mergePolicies.editor.create')}
              </Button>
              <Button variant="default" onClick={onCancel}>
                {t('views.mergePolicies.editor.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
      <PolicyPreview
        sandbox={sandbox}
        draft={draft}
        isDraftValid={problems.length === 0}
        editingId={editingId}
        saved={compareWith}
        namespaces={namespaces}
        datasetName={datasetName}
        onRefusal={onRefusal}
      />
    </Stack>
  );
}
