// The header: navigation toggle (narrow windows), product name, and the sandbox switcher.
import { Burger, Group, Text, ThemeIcon } from '@mantine/core';
import { Link } from 'wouter';
import { useT } from '../i18n/useT';
import { SandboxSwitcher } from '../sandbox/SandboxSwitcher';
import { Icon } from './icons';
import classes from './AppHeader.module.css';

export function AppHeader({ isNavOpen, onToggleNav }: { isNavOpen: boolean; onToggleNav(): void }) {
  const t = useT();
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Burger
          opened={isNavOpen}
          onClick={onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-expanded={isNavOpen}
          aria-label={t('header.toggleNavigation')}
        />
        <Link href="/" className={classes.brand}>
          <ThemeIcon
            size={32}
            radius="md"
            variant="gradient"
            gradient={{ from: 'blue.6', to: 'cyan.5', deg: 135 }}
            aria-hidden="true"
          >
            <Icon name="profiles" size={18} stroke={2} />
          </ThemeIcon>
          <span className={classes.brandText}>
            <Text component="span" fw={700} size="md" lh={1.2} display="block">
              {t('app.name')}
            </Text>
            <Text component="span" size="xs" c="dimmed" lh={1.2} visibleFrom="md" display="block">
              {t('app.tagline')}
            </Text>
          </span>
        </Link>
      </Group>
      <SandboxSwitcher />
    </Group>
  );
}
