// The chosen files with size, what the engine detected (format, charset, delimiter) and a remove button each.
import { ActionIcon, Badge, Group, Loader, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { Icon } from '../../../app/icons';
import { useT } from '../../../i18n/useT';
import { useUnits } from '../hooks/useUnits';
import { useImportData, useWizard } from '../state/ImportWizardProvider';
import { detectedFacts } from './detected-labels';

export function ChosenFiles({ onRemove }: { onRemove(id: string): void }) {
  const t = useT();
  const units = useUnits();
  const files = useWizard((state) => state.files);
  const previews = useImportData((state) => state.previews);
  const pending = useImportData((state) => state.pendingPreviews);
  if (files.length === 0) return null;
  return (
    <Table.ScrollContainer minWidth={600} mt="lg">
      <Table verticalSpacing="sm" aria-label={t('wizards.import.files.listLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('wizards.import.files.file')}</Table.Th>
            <Table.Th ta="right">{t('wizards.import.files.size')}</Table.Th>
            <Table.Th>{t('wizards.import.files.detected')}</Table.Th>
            <Table.Th w={48}>
              <VisuallyHidden>{t('wizards.import.files.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {files.map(({ id, file }) => {
            const detected = previews[id]?.result.detected;
            const facts = detected ? detectedFacts(t, detected) : {};
            return (
              <Table.Tr key={id} data-file={file.name}>
                <Table.Td>
                  <Text size="sm" fw={600} ff="monospace">
                    {file.name}
                  </Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {units.bytes(file.size)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {file.size === 0 ? (
                    <Badge color="red" variant="light" size="sm">
                      {t('wizards.import.files.empty')}
                    </Badge>
                  ) : pending[id] !== undefined && !detected ? (
                    <Group gap={6}>
                      <Loader size={14} />
                      <Text size="sm" c="dimmed">
                        {t('wizards.import.files.detecting')}
                      </Text>
                    </Group>
                  ) : (
                    <Group
                      gap={6}
                      aria-label={t('wizards.import.files.detectedLabel', { name: file.name })}
                      role="group"
                    >
                      {facts.format ? (
                        <Badge variant="light" size="md" tt="none">
                          {facts.format}
                        </Badge>
                      ) : null}
                      {facts.charset ? (
                        <Tooltip label={facts.charsetReason} withArrow>
                          <Badge variant="default" size="md" tt="none" tabIndex={0}>
                            {facts.charset}
                          </Badge>
                        </Tooltip>
                      ) : null}
                      {facts.delimiter ? (
                        <Badge variant="default" size="md" tt="none">
                          {t('wizards.import.files.delimiterFact', { delimiter: facts.delimiter })}
                        </Badge>
                      ) : null}
                    </Group>
                  )}
                </Table.Td>
                <Table.Td>
                  <ActionIcon
                    variant="subtle"
                    color="gray"
                    onClick={() => onRemove(id)}
                    aria-label={t('wizards.import.files.remove', { name: file.name })}
                  >
                    <Icon name="trash" size={16} />
                  </ActionIcon>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
