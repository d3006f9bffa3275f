// The app frame: header, navigation, page, status bar, plus the error area and sandbox dialogs.
import { AppShell } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useT } from '../i18n/useT';
import { SandboxDialogs } from '../sandbox/SandboxDialogs';
import { AppHeader } from './AppHeader';
import { AppRoutes } from './AppRoutes';
import { ErrorCenter } from './ErrorCenter';
import { Navigation } from './Navigation';
import { StatusBar } from './StatusBar';
import classes from './AppFrame.module.css';

export const MAIN_CONTENT_ID = 'main-content';

export function AppFrame() {
  const t = useT();
  const [isNavOpen, nav] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 272, breakpoint: 'sm', collapsed: { mobile: !isNavOpen } }}
      footer={{ height: 32 }}
      padding={0}
      classNames={{ header: classes.header, navbar: classes.navbar, footer: classes.footer }}
    >
      <a
        href={`#${MAIN_CONTENT_ID}`}
        className={classes.skipLink}
        onClick={(event) => {
          // Hash routing owns the URL fragment, so move focus instead of following the link.
          event.preventDefault();
          document.getElementById(MAIN_CONTENT_ID)?.focus();
        }}
      >
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        <AppHeader isNavOpen={isNavOpen} onToggleNav={nav.toggle} />
      </AppShell.Header>
      <AppShell.Navbar aria-label={t('nav.label')}>
        <Navigation onNavigate={nav.close} />
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} className={classes.main}>
        <div className={classes.page}>
          <AppRoutes />
        </div>
      </AppShell.Main>
      <AppShell.Footer>
        <StatusBar />
      </AppShell.Footer>
      <ErrorCenter />
      <SandboxDialogs />
    </AppShell>
  );
}
