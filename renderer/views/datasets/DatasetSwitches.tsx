// A dataset's Profile, Identity and upsert switches as tags, each saying on or off in words (not colour alone).
import { Badge, Group } from '@mantine/core';
import type { DatasetView } from '../../../shared/contract';
import { useT } from '../../i18n/useT';

export function DatasetSwitches({ dataset }: { dataset: DatasetView }) {
  const t = useT();
  const tag = (isOn: boolean, on: string, off: string, key: string) => (
    <Badge
      key={key}
      size="sm"
      radius="sm"
      tt="none"
      variant={isOn ? 'light' : 'outline'}
      color={isOn ? 'teal' : 'gray'}
      data-switch={key}
      data-on={isOn || undefined}
      style={{ minWidth: 'max-content' }}
    >
      {isOn ? on : off}
    </Badge>
  );
  return (
    <Group gap={6} wrap="wrap">
      {tag(
        dataset.isProfileEnabled,
        t('views.datasets.tag.profileOn'),
        t('views.datasets.tag.profileOff'),
        'profile',
      )}
      {tag(
        dataset.isIdentityEnabled,
        t('views.datasets.tag.identityOn'),
        t('views.datasets.tag.identityOff'),
        'identity',
      )}
      {dataset.isUpsert ? tag(true, t('views.datasets.tag.upsert'), '', 'upsert') : null}
    </Group>
  );
}
