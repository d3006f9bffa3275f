// The profile's ExperienceEvents, newest first, a page at a time (Profile Access cursor paging).
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useT } from '../../../i18n/useT';
import { useTime } from '../hooks/useTime';
import type { EventsAnswer } from '../state/verify-data-store';
import { Pager } from './Pager';
import classes from './EventsTimeline.module.css';

export interface EventsTimelineProps {
  events: EventsAnswer | undefined;
  /** 1-based: how many pages deep the reader is. */
  page: number;
  isBusy: boolean;
  onOlder(): void;
  onNewer(): void;
}

function identitiesOf(entity: Record<string, unknown>): string[] {
  const map = entity['identityMap'];
  return typeof map === 'object' && map !== null ? Object.keys(map) : [];
}

export function EventsTimeline({ events, page, isBusy, onOlder, onNewer }: EventsTimelineProps) {
  const t = useT();
  const time = useTime();
  if (!events || (events.page.children.length === 0 && page === 1)) {
    return (
      <Text size="sm" c="dimmed">
        {t('wizards.verify.events.none')}
      </Text>
    );
  }
  const hasOlder = events.page._page.next !== '';
  return (
    <Stack gap="xs">
      <ol className={classes.timeline} aria-label={t('wizards.verify.events.label')}>
        {events.page.children.map((event) => {
          const type =
            typeof event.entity['eventType'] === 'string'
              ? event.entity['eventType']
              : t('wizards.verify.events.untyped');
          return (
            <li key={event.entityId} className={classes.event}>
              <span className={classes.dot} aria-hidden="true" />
              <Group justify="space-between" align="baseline" wrap="nowrap" gap="md">
                <Text size="sm" fw={600} className={classes.type}>
                  {type}
                </Text>
                <Text size="xs" c="dimmed" className={classes.time}>
                  {time(event.timestamp)}
                </Text>
              </Group>
              <Group gap={6} mt={2}>
                <Text size="xs" c="dimmed">
                  {t('wizards.verify.events.id', { id: event.entityId })}
                </Text>
                {identitiesOf(event.entity).map((namespace) => (
                  <Badge key={namespace} size="xs" variant="outline" color="gray" radius="sm" tt="none">
                    {namespace}
                  </Badge>
                ))}
              </Group>
            </li>
          );
        })}
      </ol>
      {page === 1 && !hasOlder ? null : (
        <Pager
          label={t('wizards.verify.events.pages')}
          page={page}
          pageCount={hasOlder ? page + 1 : page}
          onChange={(next) => (next > page ? onOlder() : onNewer())}
          previousLabel={t('wizards.verify.events.newer')}
          nextLabel={t('wizards.verify.events.older')}
          status={t('wizards.verify.events.page', { page })}
          isBusy={isBusy}
        />
      )}
    </Stack>
  );
}
