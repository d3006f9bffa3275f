// Stand-in for a page not built yet: says so, and says in one sentence what the page will do.
import { Badge, Button, Card, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { Link } from 'wouter';
import { Icon } from '../../app/icons';
import { PageHeader } from '../../app/PageHeader';
import type { AppRoute } from '../../app/route-table';
import { useT } from '../../i18n/useT';

export function PlaceholderPage({ route }: { route: AppRoute }) {
  const t = useT();
  return (
    <>
      <PageHeader
        title={t(route.title)}
        badge={
          <Badge variant="light" color="gray" size="lg" radius="sm">
            {t('placeholder.badge')}
          </Badge>
        }
      />
      <Card maw={720}>
        <Group align="flex-start" wrap="nowrap" gap="lg">
          <ThemeIcon size={48} radius="md" variant="light">
            <Icon name={route.icon} size={26} />
          </ThemeIcon>
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {t('placeholder.body')}
            </Text>
            <Text>{t(route.summary)}</Text>
            <Group mt="sm">
              <Button
                component={Link}
                href="/"
                variant="default"
                leftSection={<Icon name="overview" size={16} />}
              >
                {t('placeholder.back')}
              </Button>
            </Group>
          </Stack>
        </Group>
      </Card>
    </>
  );
}
