// Settings card to export sandboxes as a snapshot file and import one (validated before anything changes).
import { Button, Card, Checkbox, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useEngineCall } from '../../app/useEngineCall';
import { useT } from '../../i18n/useT';
import { useCurrentSandbox } from '../../state/useCurrentSandbox';

function download(bytes: Uint8Array, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/gzip' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

export function SnapshotCard() {
  const t = useT();
  const current = useCurrentSandbox();
  const exporter = useEngineCall('sandbox-export');
  const importer = useEngineCall('sandbox-import');
  const [replace, setReplace] = useState(false);
  const [result, setResult] = useState<string | undefined>();

  const exportSnapshot = async (names?: string[]) => {
    const bytes = await exporter.run(names ? { names } : {});
    if (bytes) download(bytes, `${names?.[0] ?? 'profile-stager'}.snap`);
  };
  const importSnapshot = async (file: File | null) => {
    if (!file) return;
    setResult(undefined);
    const imported = await importer.run({ bytes: new Uint8Array(await file.arrayBuffer()), replace });
    if (imported)
      setResult(
        t('settings.snapshots.imported', {
          names: imported.sandboxes.map((s) => s.name).join(', '),
          rows: String(imported.rows),
        }),
      );
  };

  return (
    <Card>
      <Title order={2} fz="lg" mb="xs">
        {t('settings.snapshots')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('settings.snapshots.intro')}
      </Text>
      <Stack gap="md">
        <Group gap="sm">
          <Button variant="default" loading={exporter.isPending} onClick={() => void exportSnapshot()}>
            {t('settings.snapshots.export')}
          </Button>
          <Button
            variant="default"
            disabled={!current}
            onClick={() => current && void exportSnapshot([current.name])}
          >
            {t('settings.snapshots.exportCurrent')}
          </Button>
        </Group>
        <Group gap="sm" align="center">
          <FileButton onChange={(file) => void importSnapshot(file)} accept=".snap,application/gzip">
            {(props) => (
              <Button {...props} loading={importer.isPending}>
                {t('settings.snapshots.import')}
              </Button>
            )}
          </FileButton>
          <Checkbox
            label={t('settings.snapshots.replace')}
            checked={replace}
            onChange={(event) => setReplace(event.currentTarget.checked)}
          />
        </Group>
        {result && (
          <Text size="sm" role="status">
            {result}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
