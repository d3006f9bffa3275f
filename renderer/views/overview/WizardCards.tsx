// The four wizards as cards in the order data travels: schema, dataset, import, verify.
import { Card, SimpleGrid, Stack, Text, ThemeIcon, Title, UnstyledButton } from '@mantine/core';
import { Link } from 'wouter';
import { Icon } from '../../app/icons';
import { routesIn } from '../../app/route-table';
import { useT } from '../../i18n/useT';
import classes from './WizardCards.module.css';

export function WizardCards() {
  const t = useT();
  return (
    <section aria-labelledby="get-started-heading">
      <Title id="get-started-heading" order={2} fz="lg">
        {t('overview.start')}
      </Title>
      <Text size="sm" c="dimmed" mt={4} mb="md">
        {t('overview.startIntro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        {routesIn('wizard').map((route, index) => (
          <UnstyledButton key={route.id} component={Link} href={route.path} className={classes.card}>
            <Card h="100%" className={classes.surface}>
              <Stack gap="sm">
                <ThemeIcon size={38} radius="md" variant="light">
                  <Icon name={route.icon} size={20} />
                </ThemeIcon>
                <Text fw={600} lh={1.3}>
                  <Text span c="dimmed" fw={500} mr={6}>
                    {index + 1}.
                  </Text>
                  {t(route.title)}
                </Text>
                <Text size="sm" c="dimmed" lh={1.45}>
                  {t(route.summary)}
                </Text>
              </Stack>
            </Card>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </section>
  );
}
