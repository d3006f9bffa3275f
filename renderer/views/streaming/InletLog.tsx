// The live log of an inlet's recent messages, newest first, each passed or failed with its status and first cause.
import { Badge, ScrollArea, Skeleton, Table, Text, Title } from '@mantine/core';
import type { StreamedMessage } from '../../../shared/contract';
import { useT } from '../../i18n/useT';
import { useTime } from '../../wizards/verify/hooks/useTime';
import { withoutIdPrefix } from './message-example';
import { messageKey } from './useInletLog';

/** The log keeps this height whatever it holds, so the page does not move as messages arrive. */
const LOG_HEIGHT = 280;

export function InletLog({
  messages,
  datasetName,
}: {
  messages: StreamedMessage[] | undefined;
  datasetName(id: string): string;
}) {
  const t = useT();
  const time = useTime();
  const passed = messages?.filter((m) => m.status === 'pass').length ?? 0;
  return (
    <section aria-labelledby="inlet-log-title">
      <Title order={3} fz="md" id="inlet-log-title" mb={4}>
        {t('views.streaming.log.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs" aria-live="polite">
        {messages
          ? t('views.streaming.log.summary', {
              count: messages.length,
              passed,
              failed: messages.length - passed,
            })
          : t('views.streaming.log.loading')}
      </Text>
      <ScrollArea h={LOG_HEIGHT} type="auto" offsetScrollbars>
        {!messages ? (
          <Skeleton height={LOG_HEIGHT - 20} />
        ) : messages.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('views.streaming.log.empty')}
          </Text>
        ) : (
          <Table
            verticalSpacing={4}
            fz="sm"
            stickyHeader
            miw={560}
            aria-label={t('views.streaming.log.table')}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('views.streaming.log.time')}</Table.Th>
                <Table.Th w={80}>{t('views.streaming.log.result')}</Table.Th>
                <Table.Th>{t('views.streaming.log.status')}</Table.Th>
                <Table.Th>{t('views.streaming.log.dataset')}</Table.Th>
                <Table.Th>{t('views.streaming.log.detail')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {messages.map((message) => (
                <Table.Tr key={messageKey(message)} data-status={message.status}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }} data-dynamic>
                    {time(message.receivedTimeMs)}
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      radius="sm"
                      tt="none"
                      color={message.status === 'pass' ? 'teal' : 'red'}
                    >
                      {t(message.status === 'pass' ? 'views.streaming.log.pass' : 'views.streaming.log.fail')}
                    </Badge>
                  </Table.Td>
                  <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{message.statusCode}</Table.Td>
                  <Table.Td>{message.datasetId ? datasetName(message.datasetId) : '—'}</Table.Td>
                  <Table.Td>
                    <Text size="xs" style={{ overflowWrap: 'anywhere' }}>
                      {message.status === 'pass'
                        ? t(
                            message.syncValidation
                              ? 'views.streaming.log.passedSync'
                              : 'views.streaming.log.passedAsync',
                          )
                        : message.causes > 1
                          ? t('views.streaming.log.causes', {
                              count: message.causes,
                              message: withoutIdPrefix(message.message ?? ''),
                            })
                          : withoutIdPrefix(message.message ?? '')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </ScrollArea>
    </section>
  );
}
