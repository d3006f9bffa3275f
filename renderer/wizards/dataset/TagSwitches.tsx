// The Profile, Identity and upsert switches; a switch the schema does not allow is off, disabled, and says why.
import { Anchor, Badge, Group, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'wouter';
import type { SchemaView } from '../../../shared/contract';
import { useT } from '../../i18n/useT';
import { translateReason } from '../common/reasons';
import { schemaWizardLink } from './dataset-links';
import { effectiveSwitches, profileBlock, upsertBlock } from './dataset-rules';
import type { Switches } from './dataset-wizard-store';
import { useDatasetWizard } from './DatasetWizardProvider';

export function TagSwitches({
  schema,
  baseline,
}: {
  schema: SchemaView | undefined;
  baseline: Switches | undefined;
}) {
  const t = useT();
  const raw = useDatasetWizard((state) => state.switches);
  const setSwitches = useDatasetWizard((state) => state.setSwitches);
  const switches = effectiveSwitches(raw, schema);
  const noProfile = profileBlock(schema);
  const noUpsert = upsertBlock(schema, switches);
  const link = schema ? schemaWizardLink(schema) : undefined;
  const now = (isOn: boolean | undefined) =>
    baseline === undefined ? null : (
      <Badge size="xs" variant="outline" color="gray" radius="sm">
        {t(isOn ? 'wizards.dataset.switch.nowOn' : 'wizards.dataset.switch.nowOff')}
      </Badge>
    );

  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={3} fz="md" mb="md">
        {t('wizards.dataset.switch.heading')}
      </Title>
      <Stack gap="lg">
        <Row badge={now(baseline?.isProfile)}>
          <Switch
            label={t('wizards.dataset.switch.profile')}
            description={
              noProfile ? (
                <>
                  {translateReason(t, noProfile)}{' '}
                  {link ? (
                    <Anchor component={Link} href={link} size="xs">
                      {t('wizards.dataset.switch.enableSchema')}
                    </Anchor>
                  ) : null}
                </>
              ) : (
                t('wizards.dataset.switch.profileHint')
              )
            }
            checked={switches.isProfile}
            disabled={noProfile !== undefined}
            onChange={(event) => setSwitches({ isProfile: event.currentTarget.checked })}
          />
        </Row>
        <Row badge={now(baseline?.isIdentity)}>
          <Switch
            label={t('wizards.dataset.switch.identity')}
            description={t('wizards.dataset.switch.identityHint')}
            checked={switches.isIdentity}
            onChange={(event) => setSwitches({ isIdentity: event.currentTarget.checked })}
          />
        </Row>
        <Row badge={now(baseline?.isUpsert)}>
          <Switch
            label={t('wizards.dataset.switch.upsert')}
            description={noUpsert ? translateReason(t, noUpsert) : t('wizards.dataset.switch.upsertHint')}
            checked={switches.isUpsert}
            disabled={noUpsert !== undefined}
            onChange={(event) => setSwitches({ isUpsert: event.currentTarget.checked })}
          />
        </Row>
      </Stack>
    </Paper>
  );
}

function Row({ badge, children }: { badge: ReactNode; children: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
      <div style={{ flex: 1 }}>{children}</div>
      {badge}
    </Group>
  );
}

/** The platform's upsert rules, always visible next to the switches. */
export function UpsertRules() {
  const t = useT();
  return (
    <Paper withBorder radius="md" p="lg" bg="var(--ps-frame-bg)">
      <Title order={3} fz="md" mb="sm">
        {t('wizards.dataset.rules.heading')}
      </Title>
      <Stack component="ul" gap="xs" m={0} pl="md">
        {(['records', 'parquet', 'sequence', 'gap', 'later'] as const).map((rule) => (
          <Text component="li" size="sm" key={rule}>
            {t(`wizards.dataset.rules.${rule}`)}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}
