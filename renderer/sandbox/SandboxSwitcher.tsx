// The header's sandbox switcher: lists sandboxes to switch to, and opens the sandbox dialogs.
import { Box, Group, Menu, Skeleton, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import type { SandboxInfo } from '../../shared/contract';
import { useEngineData } from '../app/EngineProvider';
import { Icon } from '../app/icons';
import { useT } from '../i18n/useT';
import { usePrefs, useSandboxDialog } from '../state/StoresProvider';
import { useCurrentSandbox } from '../state/useCurrentSandbox';
import classes from './SandboxSwitcher.module.css';

export function SandboxSwitcher() {
  const t = useT();
  const sandboxes = useEngineData((state) => state.sandboxes);
  const current = useCurrentSandbox();
  const setCurrentSandbox = usePrefs((state) => state.setCurrentSandbox);
  const open = useSandboxDialog((state) => state.open);

  return (
    <Menu position="bottom-end" width={320} offset={6} withinPortal>
      <Menu.Target>
        <UnstyledButton className={classes.target} disabled={!current} data-testid="sandbox-switcher">
          <Icon name="sandbox" size={20} />
          <Box className={classes.text}>
            <Text size="xs" c="dimmed" lh={1.2}>
              {t('sandbox.switcher.label')}
            </Text>
            {current ? (
              <Text size="sm" fw={600} lh={1.3} truncate="end">
                {current.title}
              </Text>
            ) : (
              <>
                <Skeleton h={12} w={96} mt={4} aria-hidden="true" />
                <VisuallyHidden>{t('sandbox.switcher.loading')}</VisuallyHidden>
              </>
            )}
          </Box>
          <Icon name="chevronDown" size={16} />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('sandbox.menu.sandboxes')}</Menu.Label>
        {(sandboxes ?? []).map((sandbox) => (
          <SandboxItem
            key={sandbox.name}
            sandbox={sandbox}
            isCurrent={sandbox.name === current?.name}
            onSelect={() => setCurrentSandbox(sandbox.name)}
          />
        ))}
        <Menu.Item leftSection={<Icon name="plus" size={16} />} onClick={() => open({ kind: 'create' })}>
          {t('sandbox.action.create')}
        </Menu.Item>
        {current ? (
          <>
            <Menu.Divider />
            <Menu.Label>
              {t('sandbox.menu.current')}: {current.title}
            </Menu.Label>
            <Menu.Item
              leftSection={<Icon name="pencil" size={16} />}
              onClick={() => open({ kind: 'rename', sandbox: current })}
            >
              {t('sandbox.action.rename')}
            </Menu.Item>
            <Menu.Item
              leftSection={<Icon name="reset" size={16} />}
              onClick={() => open({ kind: 'reset', sandbox: current })}
            >
              {t('sandbox.action.reset')}
            </Menu.Item>
            <Menu.Item
              color="red"
              leftSection={<Icon name="trash" size={16} />}
              disabled={current.isDefault}
              onClick={() => open({ kind: 'delete', sandbox: current })}
            >
              {t('sandbox.action.delete')}
              {current.isDefault ? (
                <Text size="xs" c="dimmed" mt={2}>
                  {t('sandbox.deleteDefaultHint')}
                </Text>
              ) : null}
            </Menu.Item>
          </>
        ) : null}
      </Menu.Dropdown>
    </Menu>
  );
}

function SandboxItem({
  sandbox,
  isCurrent,
  onSelect,
}: {
  sandbox: SandboxInfo;
  isCurrent: boolean;
  onSelect(): void;
}) {
  const t = useT();
  return (
    <Menu.Item
      onClick={onSelect}
      data-sandbox={sandbox.name}
      aria-current={isCurrent || undefined}
      leftSection={isCurrent ? <Icon name="check" size={16} /> : <Box w={16} />}
      rightSection={
        <Text size="xs" c="dimmed" ff="monospace">
          {sandbox.name}
        </Text>
      }
    >
      <Group gap={6} wrap="nowrap">
        <Text size="sm" fw={isCurrent ? 600 : 400} truncate="end">
          {sandbox.title}
        </Text>
        {isCurrent ? <VisuallyHidden>({t('sandbox.badge.current')})</VisuallyHidden> : null}
      </Group>
    </Menu.Item>
  );
}
