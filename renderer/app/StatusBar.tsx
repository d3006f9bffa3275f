// The footer: which host runs the engine, the engine's health, and its version.
import { Box, Group, Loader, Text, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { assertNever } from '../../shared/util/assert';
import { useT } from '../i18n/useT';
import type { EngineHealth } from '../state/engine-session';
import { useEngineData, useEngineSession } from './EngineProvider';
import classes from './StatusBar.module.css';

function HealthMark({ health }: { health: EngineHealth }): ReactNode {
  switch (health) {
    case 'connecting':
    case 'restarting':
      return (
        <Loader
          size={10}
          color={health === 'restarting' ? 'yellow' : 'gray'}
          type="oval"
          aria-hidden="true"
        />
      );
    case 'ready':
      return <span className={classes.dot} data-health="ready" aria-hidden="true" />;
    case 'down':
      return <span className={classes.dot} data-health="down" aria-hidden="true" />;
    default:
      return assertNever(health, 'engine health');
  }
}

export function StatusBar() {
  const t = useT();
  const { host } = useEngineSession();
  const health = useEngineData((state) => state.health);
  const reason = useEngineData((state) => state.healthReason);
  const info = useEngineData((state) => state.info);

  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="lg" className={classes.bar}>
      <Group gap="lg" wrap="nowrap" miw={0}>
        <Group
          gap={6}
          wrap="nowrap"
          role="status"
          aria-label={t('status.label')}
          data-health={health}
          miw={0}
        >
          <Box w={10} display="flex" style={{ justifyContent: 'center' }}>
            <HealthMark health={health} />
          </Box>
          <Text size="xs" fw={600} data-testid="engine-health">
            {t(`status.health.${health}`)}
          </Text>
          {reason && (health === 'down' || health === 'restarting') ? (
            <Tooltip label={reason} multiline maw={420} withArrow>
              <Text size="xs" c="dimmed" truncate="end" maw={360} tabIndex={0}>
                {reason}
              </Text>
            </Tooltip>
          ) : null}
        </Group>
        <Text size="xs" c="dimmed" className={classes.item}>
          {t('status.host')}:{' '}
          <Text span size="xs" c="var(--mantine-color-text)" data-testid="engine-host">
            {t(`status.host.${host}`)}
          </Text>
        </Text>
      </Group>
      <Group gap="lg" wrap="nowrap">
        <Text size="xs" c="dimmed">
          {t('status.engine')}{' '}
          <Text span size="xs" c="var(--mantine-color-text)" data-testid="engine-version" data-dynamic>
            {info?.version ?? '—'}
          </Text>
        </Text>
        {info ? (
          <Text size="xs" c="dimmed" visibleFrom="sm" data-dynamic>
            {t('status.dbVersion', { version: info.dbVersion })}
          </Text>
        ) : null}
      </Group>
    </Group>
  );
}
