// Production / Development badge of a sandbox, coloured as the platform's sandbox list does.
import { Badge } from '@mantine/core';
import type { SandboxInfo } from '../../shared/contract';
import { useT } from '../i18n/useT';

export function SandboxTypeBadge({ sandbox }: { sandbox: Pick<SandboxInfo, 'type'> }) {
  const t = useT();
  return (
    <Badge variant="light" radius="sm" color={sandbox.type === 'production' ? 'grape' : 'teal'}>
      {t(`sandbox.type.${sandbox.type}`)}
    </Badge>
  );
}
