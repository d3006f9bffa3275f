// Shown for a hash path no route matches (an old bookmark, a typo).
import { Button, Group, Text } from '@mantine/core';
import { Link, useLocation } from 'wouter';
import { PageHeader } from '../../app/PageHeader';
import { useT } from '../../i18n/useT';

export function NotFoundPage() {
  const t = useT();
  const [location] = useLocation();
  return (
    <>
      <PageHeader
        title={t('notFound.title')}
        description={<Text span>{t('notFound.body', { path: location })}</Text>}
      />
      <Group>
        <Button component={Link} href="/">
          {t('placeholder.back')}
        </Button>
      </Group>
    </>
  );
}
