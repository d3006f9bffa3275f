// The Merge policies view: the sandbox's policies, create / edit with the effect on a chosen profile shown before
// saving, set default, and delete with confirmation.
import { Alert, Button, Group, Modal, Skeleton, Stack, Text } from '@mantine/core';
import { useMemo, useRef, useState } from 'react';
import type { MergePolicy } from '../../../shared/contract';
import { Icon } from '../../app/icons';
import { PageHeader } from '../../app/PageHeader';
import { useEngineCall } from '../../app/useEngineCall';
import { useT } from '../../i18n/useT';
import { useCurrentSandbox } from '../../state/useCurrentSandbox';
import { MAX_POLICIES } from './policy-model';
import { PolicyEditor } from './PolicyEditor';
import { PolicyTable } from './PolicyTable';
import { usePolicyData } from './usePolicyData';

type Editing = { mode: 'closed' } | { mode: 'new'; key: number } | { mode: 'edit'; id: string; key: number };

function MergePolicies({ sandbox }: { sandbox: string }) {
  const t = useT();
  const { policies, datasets, namespaces, reload } = usePolicyData(sandbox);
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [toDelete, setToDelete] = useState<MergePolicy | undefined>(undefined);
  const [busyId, setBusyId] = useState<string | null>(null);
  /** A fresh editor (its own draft) every time one is opened. */
  const opened = useRef(0);
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const update = useEngineCall('profile-policy-update');
  const remove = useEngineCall('profile-policy-delete', { inlineCodes: ['failed-precondition'] });
  const datasetName = useMemo(() => {
    const names = new Map((datasets ?? []).map((dataset) => [dataset.id, dataset.name]));
    return (id: string) => names.get(id) ?? id;
  }, [datasets]);
  const isFull = (policies?.length ?? 0) >= MAX_POLICIES;
  const editedPolicy = editing.mode === 'edit' ? policies?.find((p) => p.id === editing.id) : undefined;

  const makeDefault = async (policy: MergePolicy) => {
    setBusyId(policy.id);
    const saved = await update.run({ sandbox, id: policy.id, default: true });
    setBusyId(null);
    if (saved) setNotice(t('views.mergePolicies.notice.default', { name: saved.name }));
    await reload();
  };
  const confirmDelete = async () => {
    if (!toDelete) return;
    const answer = await remove.run({ sandbox, id: toDelete.id });
    if (!answer) return;
    setNotice(t('views.mergePolicies.notice.deleted', { name: toDelete.name }));
    if (editing.mode === 'edit' && editing.id === toDelete.id) setEditing({ mode: 'closed' });
    setToDelete(undefined);
    await reload();
  };

  return (
    <>
      <PageHeader
        title={t('route.mergePolicies.title')}
        description={t('route.mergePolicies.summary')}
        actions={
          <Button
            leftSection={<Icon name="plus" size={16} />}
            disabled={!policies || isFull}
            onClick={() => {
              setNotice(undefined);
              setEditing({ mode: 'new', key: ++opened.current });
            }}
          >
            {t('views.mergePolicies.new')}
          </Button>
        }
      />
      <Stack gap="lg">
        {isFull ? (
          <Text size="sm" c="dimmed">
            {t('views.mergePolicies.full', { max: MAX_POLICIES })}
          </Text>
        ) : null}
        <div role="status" aria-live="polite" style={{ minHeight: notice ? undefined : 0 }}>
          {notice ? (
            <Alert
              color="teal"
              variant="light"
              icon={<Icon name="check" size={18} />}
              p="xs"
              withCloseButton
              closeButtonLabel={t('views.mergePolicies.notice.close')}
              onClose={() => setNotice(undefined)}
            >
              {notice}
            </Alert>
          ) : null}
        </div>
        <PolicyTable
          policies={policies}
          datasetName={datasetName}
          editingId={editing.mode === 'edit' ? editing.id : null}
          busyId={busyId}
          onEdit={(policy) => {
            setNotice(undefined);
            setEditing({ mode: 'edit', id: policy.id, key: ++opened.current });
          }}
          onMakeDefault={(policy) => void makeDefault(policy)}
          onDelete={(policy) => {
            remove.clearError();
            setToDelete(policy);
          }}
        />
        {editing.mode === 'closed' ? null : !policies || !datasets || !namespaces ? (
          <Skeleton height={320} radius="md" />
        ) : (
          <PolicyEditor
            key={editing.key}
            sandbox={sandbox}
            editing={editedPolicy}
            policies={policies}
            datasets={datasets}
            namespaces={namespaces}
            datasetName={datasetName}
            onSaved={(saved) => {
              setEditing({ mode: 'closed' });
              setNotice(t('views.mergePolicies.notice.saved', { name: saved.name, version: saved.version }));
              void reload();
            }}
            onCancel={() => setEditing({ mode: 'closed' })}
          />
        )}
      </Stack>
      <Modal
        opened={toDelete !== undefined}
        onClose={() => setToDelete(undefined)}
        title={t('views.mergePolicies.delete.title', { name: toDelete?.name ?? '' })}
        centered
      >
        <Stack gap="md">
          <Text size="sm">
            {toDelete?.default
              ? t('views.mergePolicies.delete.bodyDefault')
              : t('views.mergePolicies.delete.body')}
          </Text>
          {remove.inlineError ? (
            <Alert color="red" variant="light" p="xs" role="alert">
              {remove.inlineError.message}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={() => setToDelete(undefined)}>
              {t('views.mergePolicies.delete.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => void confirmDelete()}>
              {t('views.mergePolicies.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

export function MergePoliciesPage() {
  const t = useT();
  const sandbox = useCurrentSandbox();
  if (!sandbox) {
    return (
      <>
        <PageHeader title={t('route.mergePolicies.title')} description={t('route.mergePolicies.summary')} />
        <Skeleton height={320} radius="md" />
      </>
    );
  }
  return <MergePolicies key={sandbox.name} sandbox={sandbox.name} />;
}
