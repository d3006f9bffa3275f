// The root component: stores, engine session, Mantine theme and hash routing around the app frame.
import { MantineProvider } from '@mantine/core';
import { useEffect, useState } from 'react';
import { Router, type BaseLocationHook } from 'wouter';
import { LOCALES } from '../i18n/translate';
import { useT } from '../i18n/useT';
import type { AppStores } from '../state/app-stores';
import type { EngineSession } from '../state/engine-session';
import { StoresProvider, usePrefs } from '../state/StoresProvider';
import { AppFrame } from './AppFrame';
import { prefsColorSchemeManager } from './color-scheme-manager';
import { EngineProvider } from './EngineProvider';
import { useAppHashLocation } from './hash-location';
import { cssVariablesResolver, theme } from './theme';

export interface AppProps {
  stores: AppStores;
  engine: EngineSession;
  /** Defaults to hash routing (a query may sit before the `#` or inside it); tests pass wouter's memory location. */
  locationHook?: BaseLocationHook;
  /** `test` turns off Mantine's transitions and portals (component tests). */
  env?: 'default' | 'test';
}

export function App({ stores, engine, locationHook = useAppHashLocation, env = 'default' }: AppProps) {
  const [colorSchemeManager] = useState(() => prefsColorSchemeManager(stores.prefs));
  return (
    <StoresProvider stores={stores}>
      <EngineProvider session={engine}>
        <MantineProvider
          theme={theme}
          cssVariablesResolver={cssVariablesResolver}
          colorSchemeManager={colorSchemeManager}
          defaultColorScheme="auto"
          env={env}
        >
          <DocumentLanguage />
          <Router hook={locationHook}>
            <AppFrame />
          </Router>
        </MantineProvider>
      </EngineProvider>
    </StoresProvider>
  );
}

/** Keeps `<html lang>` and the window title in step with the language setting. */
function DocumentLanguage() {
  const language = usePrefs((state) => state.language);
  const t = useT();
  const title = t('app.name');
  useEffect(() => {
    document.documentElement.lang = LOCALES[language];
    document.title = title;
  }, [language, title]);
  return null;
}
