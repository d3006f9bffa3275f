// The navigation column: overview, the four wizards, the sandbox data views, and settings.
import { AppShell, NavLink, ScrollArea, Text } from '@mantine/core';
import { useId } from 'react';
import { Link, useLocation } from 'wouter';
import { useT } from '../i18n/useT';
import { Icon } from './icons';
import { routesIn, type AppRoute, type RouteGroup } from './route-table';
import classes from './Navigation.module.css';

export function Navigation({ onNavigate }: { onNavigate(): void }) {
  const t = useT();
  return (
    <>
      <AppShell.Section grow component={ScrollArea} p="sm">
        <NavGroup group="home" onNavigate={onNavigate} />
        <NavGroup group="wizard" heading={t('nav.section.wizards')} onNavigate={onNavigate} />
        <NavGroup group="view" heading={t('nav.section.data')} onNavigate={onNavigate} />
      </AppShell.Section>
      <AppShell.Section p="sm" style={{ borderTop: '1px solid var(--app-shell-border-color)' }}>
        <NavGroup group="settings" onNavigate={onNavigate} />
      </AppShell.Section>
    </>
  );
}

function NavGroup({
  group,
  heading,
  onNavigate,
}: {
  group: RouteGroup;
  heading?: string;
  onNavigate(): void;
}) {
  const headingId = useId();
  const items = routesIn(group).map((route) => (
    <NavItem key={route.id} route={route} onNavigate={onNavigate} />
  ));
  if (!heading) return <div>{items}</div>;
  return (
    <div role="group" aria-labelledby={headingId}>
      <Text id={headingId} size="xs" fw={700} c="dimmed" tt="uppercase" lts={0.6} px="sm" pt="md" pb={6}>
        {heading}
      </Text>
      {items}
    </div>
  );
}

function NavItem({ route, onNavigate }: { route: AppRoute; onNavigate(): void }) {
  const t = useT();
  const [location] = useLocation();
  const isActive = location === route.path;
  return (
    <NavLink
      component={Link}
      href={route.path}
      label={t(route.title)}
      leftSection={<Icon name={route.icon} size={18} />}
      active={isActive}
      aria-current={isActive ? 'page' : undefined}
      onClick={onNavigate}
      variant="light"
      className={classes.link}
    />
  );
}
