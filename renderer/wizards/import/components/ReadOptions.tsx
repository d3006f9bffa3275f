// How the files are read: format, JSON layout, charset and delimiter, each "detected" unless overridden.
import { Select, SimpleGrid, Text, Title } from '@mantine/core';
import { useT } from '../../../i18n/useT';
import {
  CHARSET_CHOICES,
  CHARSETS,
  DELIMITER_CHOICES,
  DELIMITERS,
  FORMAT_CHOICES,
  FORMATS,
  JSON_LAYOUT_CHOICES,
  oneOf,
  type Overrides,
} from '../state/import-wizard-store';
import { useImportData, useWizard } from '../state/ImportWizardProvider';
import { charsetName, delimiterName, formatName } from './detected-labels';

export function ReadOptions({
  onChange,
}: {
  onChange<K extends keyof Overrides>(key: K, value: Overrides[K]): void;
}) {
  const t = useT();
  const overrides = useWizard((state) => state.overrides);
  const firstId = useWizard((state) => state.files[0]?.id);
  const detected = useImportData((state) => (firstId ? state.previews[firstId]?.result.detected : undefined));
  const format = overrides.format === 'auto' ? (detected?.format ?? undefined) : overrides.format;
  const detectedLabel = (value: string | undefined) =>
    value ? t('wizards.import.read.autoDetected', { value }) : t('wizards.import.read.auto');

  return (
    <section aria-labelledby="import-read-options">
      <Title order={3} fz="md" id="import-read-options">
        {t('wizards.import.read.title')}
      </Title>
      <Text size="sm" c="dimmed" mt={2} mb="sm">
        {t('wizards.import.read.intro')}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        <Select
          inputWrapperOrder={['label', 'input', 'description']}
          label={t('wizards.import.read.format')}
          value={overrides.format}
          allowDeselect={false}
          onChange={(value) => {
            const choice = oneOf(value, FORMAT_CHOICES);
            if (choice) onChange('format', choice);
          }}
          data={[
            {
              value: 'auto',
              label: detectedLabel(
                detected?.format ? formatName(t, detected.format, detected.isMultiLineJson) : undefined,
              ),
            },
            ...FORMATS.map((value) => ({ value, label: t(`wizards.import.format.${value}`) })),
          ]}
        />
        <Select
          inputWrapperOrder={['label', 'input', 'description']}
          label={t('wizards.import.read.layout')}
          value={overrides.jsonLayout}
          allowDeselect={false}
          disabled={format !== 'json'}
          description={format === 'json' ? undefined : t('wizards.import.read.onlyJson')}
          onChange={(value) => {
            const choice = oneOf(value, JSON_LAYOUT_CHOICES);
            if (choice) onChange('jsonLayout', choice);
          }}
          data={[
            {
              value: 'auto',
              label: detectedLabel(
                detected?.format === 'json' ? formatName(t, 'json', detected.isMultiLineJson) : undefined,
              ),
            },
            { value: 'lines', label: t('wizards.import.format.jsonLines') },
            { value: 'multiLine', label: t('wizards.import.format.jsonMultiLine') },
          ]}
        />
        <Select
          inputWrapperOrder={['label', 'input', 'description']}
          label={t('wizards.import.read.charset')}
          value={overrides.charset}
          allowDeselect={false}
          disabled={format === 'parquet'}
          description={format === 'parquet' ? t('wizards.import.read.notParquet') : undefined}
          onChange={(value) => {
            const choice = oneOf(value, CHARSET_CHOICES);
            if (choice) onChange('charset', choice);
          }}
          data={[
            {
              value: 'auto',
              label: detectedLabel(
                detected && detected.format !== 'parquet' ? charsetName(t, detected.charset) : undefined,
              ),
            },
            ...CHARSETS.map((value) => ({ value, label: charsetName(t, value) })),
          ]}
        />
        <Select
          inputWrapperOrder={['label', 'input', 'description']}
          label={t('wizards.import.read.delimiter')}
          value={overrides.delimiter}
          allowDeselect={false}
          disabled={format !== 'csv'}
          description={format === 'csv' ? undefined : t('wizards.import.read.onlyCsv')}
          onChange={(value) => {
            const choice = oneOf(value, DELIMITER_CHOICES);
            if (choice) onChange('delimiter', choice);
          }}
          data={[
            {
              value: 'auto',
              label: detectedLabel(detected?.csv ? delimiterName(t, detected.csv.delimiter) : undefined),
            },
            ...DELIMITERS.map((value) => ({ value, label: delimiterName(t, value) })),
          ]}
        />
      </SimpleGrid>
    </section>
  );
}
