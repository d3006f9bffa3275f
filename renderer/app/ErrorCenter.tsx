// The one place engine errors appear: a stack above the status bar with the message and what to do next.
import { Badge, Group, Notification, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/useT';
import { useErrorState } from '../state/StoresProvider';
import { Icon } from './icons';
import classes from './ErrorCenter.module.css';

export function ErrorCenter() {
  const t = useT();
  const errors = useErrorState((state) => state.errors);
  const dismiss = useErrorState((state) => state.dismiss);

  return (
    <section aria-label={t('errors.region')} className={classes.region}>
      <Stack gap="sm">
        {errors.map((error) => (
          <Notification
            key={error.id}
            color="red"
            withBorder
            icon={<Icon name="alert" size={18} />}
            title={
              <Group gap="xs" wrap="nowrap">
                <span>{t(`errors.title.${error.code}`)}</span>
                {error.count > 1 ? (
                  <Badge size="xs" color="red" variant="light">
                    ×{error.count}
                  </Badge>
                ) : null}
              </Group>
            }
            onClose={() => dismiss(error.id)}
            closeButtonProps={{ 'aria-label': t('errors.dismiss') }}
            className={classes.notification}
          >
            <Text size="sm" c="var(--mantine-color-text)" className={classes.message}>
              {error.message}
            </Text>
            <Text size="sm" mt={6}>
              <Text span fw={600} size="sm">
                {t('errors.next')}
              </Text>{' '}
              {t(`errors.next.${error.code}`)}
            </Text>
            {error.method ? (
              <Text size="xs" c="dimmed" mt={6} ff="monospace">
                {error.method} · {error.code}
              </Text>
            ) : null}
          </Notification>
        ))}
      </Stack>
    </section>
  );
}
