// Settings: theme and language (remembered on this computer) and what the engine reports about itself.
import { Card, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useEngineData, useEngineSession } from '../../app/EngineProvider';
import { PageHeader } from '../../app/PageHeader';
import { LANGUAGE_NAMES } from '../../i18n/translate';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { COLOR_SCHEMES, LANGUAGES, type ColorSchemePreference, type Language } from '../../state/prefs-store';
import { usePrefs } from '../../state/StoresProvider';
import { ApiCard } from './ApiCard';
import { SnapshotCard } from './SnapshotCard';

function SettingRow({
  label,
  hint,
  control,
}: {
  label: string;
  hint: string;
  control: (labelId: string, hintId: string) => ReactNode;
}) {
  const labelId = useId();
  const hintId = useId();
  return (
    <Stack gap={6}>
      <Text id={labelId} fw={600} size="sm">
        {label}
      </Text>
      {control(labelId, hintId)}
      <Text id={hintId} size="xs" c="dimmed">
        {hint}
      </Text>
    </Stack>
  );
}

export function SettingsPage() {
  const t = useT();
  const format = useFormat();
  const colorScheme = usePrefs((state) => state.colorScheme);
  const setColorScheme = usePrefs((state) => state.setColorScheme);
  const language = usePrefs((state) => state.language);
  const setLanguage = usePrefs((state) => state.setLanguage);
  const info = useEngineData((state) => state.info);
  const { host } = useEngineSession();

  const themeLabels: Record<ColorSchemePreference, string> = {
    light: t('settings.theme.light'),
    dark: t('settings.theme.dark'),
    auto: t('settings.theme.auto'),
  };

  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.intro')} />
      <Stack gap="lg" maw={720}>
        <Card>
          <Title order={2} fz="lg" mb="md">
            {t('settings.appearance')}
          </Title>
          <Stack gap="lg">
            <SettingRow
              label={t('settings.theme')}
              hint={t('settings.theme.hint')}
              control={(labelId, hintId) => (
                <SegmentedControl<ColorSchemePreference>
                  aria-labelledby={labelId}
                  aria-describedby={hintId}
                  value={colorScheme}
                  onChange={setColorScheme}
                  data={COLOR_SCHEMES.map((value) => ({ value, label: themeLabels[value] }))}
                  maw={420}
                />
              )}
            />
            <SettingRow
              label={t('settings.language')}
              hint={t('settings.language.hint')}
              control={(labelId, hintId) => (
                <SegmentedControl<Language>
                  aria-labelledby={labelId}
                  aria-describedby={hintId}
                  value={language}
                  onChange={setLanguage}
                  data={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] }))}
                  maw={420}
                />
              )}
            />
          </Stack>
        </Card>
        <SnapshotCard />
        <ApiCard />
        <Card>
          <Title order={2} fz="lg" mb="md">
            {t('settings.about')}
          </Title>
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="lg" component="dl" m={0}>
            <AboutItem label={t('settings.about.host')} value={t(`status.host.${host}`)} />
            <AboutItem label={t('settings.about.version')} value={info?.version} isDynamic />
            <AboutItem
              label={t('settings.about.started')}
              value={info ? format.dateTime(info.startedAt) : undefined}
              isDynamic
            />
          </SimpleGrid>
        </Card>
      </Stack>
    </>
  );
}

function AboutItem({
  label,
  value,
  isDynamic = false,
}: {
  label: string;
  value: string | undefined;
  isDynamic?: boolean;
}) {
  return (
    <div>
      <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600} lts={0.4}>
        {label}
      </Text>
      <Text component="dd" m={0} mt={4} size="sm" data-dynamic={isDynamic || undefined}>
        {value ?? '—'}
      </Text>
    </div>
  );
}
