// Whether a schema can still change freely: editable, in use (changes must be additive) or locked by Profile.
import { Badge } from '@mantine/core';
import type { SchemaView } from '../../../shared/contract';
import { useT } from '../../i18n/useT';

export function SchemaStateBadge({ schema }: { schema: SchemaView }) {
  const t = useT();
  const state = schema.isProfileEnabled ? 'locked' : schema.isInUse ? 'inUse' : 'editable';
  return (
    <Badge
      size="sm"
      radius="sm"
      tt="none"
      variant="light"
      color={state === 'locked' ? 'violet' : state === 'inUse' ? 'yellow' : 'gray'}
      title={t(`views.schemas.state.${state}.hint`)}
      data-state={state}
      style={{ flexShrink: 0, minWidth: 'max-content' }}
    >
      {t(`views.schemas.state.${state}`)}
    </Badge>
  );
}
