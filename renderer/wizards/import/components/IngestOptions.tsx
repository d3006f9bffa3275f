// Partial ingestion (with its bad-row threshold), error diagnostics and the dry run's sample size.
import { NumberInput, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { useT } from '../../../i18n/useT';
import { useImportStores, useWizard } from '../state/ImportWizardProvider';
import { MAX_SAMPLE, MIN_SAMPLE } from '../state/step-rules';

export function IngestOptions() {
  const t = useT();
  const { wizard } = useImportStores();
  const options = useWizard((state) => state.options);
  const set = wizard.getState().setOption;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg" verticalSpacing="md">
        <Stack gap={8}>
          <Switch
            label={t('wizards.import.options.partial')}
            description={t('wizards.import.options.partialHint')}
            checked={options.isPartial}
            onChange={(event) => set('isPartial', event.currentTarget.checked)}
          />
          <NumberInput
            label={t('wizards.import.options.percent')}
            description={t('wizards.import.options.percentHint')}
            value={options.partialPercent}
            onChange={(value) => set('partialPercent', typeof value === 'number' ? value : Number.NaN)}
            min={0}
            max={100}
            step={1}
            decimalScale={2}
            suffix=" %"
            disabled={!options.isPartial}
            maw={220}
            ml={46}
          />
        </Stack>
        <Stack gap={8}>
          <Switch
            label={t('wizards.import.options.diagnostics')}
            description={t(
              options.isPartial
                ? 'wizards.import.options.diagnosticsForced'
                : 'wizards.import.options.diagnosticsHint',
            )}
            checked={options.isDiagnostics || options.isPartial}
            disabled={options.isPartial}
            onChange={(event) => set('isDiagnostics', event.currentTarget.checked)}
          />
          <NumberInput
            label={t('wizards.import.options.sample')}
            description={t('wizards.import.options.sampleHint', { max: MAX_SAMPLE })}
            value={options.sampleSize}
            onChange={(value) => set('sampleSize', typeof value === 'number' ? value : Number.NaN)}
            min={MIN_SAMPLE}
            max={MAX_SAMPLE}
            step={100}
            allowDecimal={false}
            maw={220}
            ml={46}
          />
        </Stack>
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        {t('wizards.import.options.platformNote')}
      </Text>
    </Stack>
  );
}
