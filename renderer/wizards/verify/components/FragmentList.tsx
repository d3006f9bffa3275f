// The fragments the profile merged: one per dataset and primary identity, each opening to its stored record.
import { Accordion, Code, Group, Stack, Text } from '@mantine/core';
import type { ProfileDetail } from '../../../../shared/contract';
import { useT } from '../../../i18n/useT';
import { useTime } from '../hooks/useTime';
import { leavesOf, attributeTree } from '../model/attribute-tree';
import classes from '../VerifyWizard.module.css';

export function FragmentList({
  fragments,
  datasetName,
}: {
  fragments: ProfileDetail['fragments'];
  datasetName(id: string): string;
}) {
  const t = useT();
  const time = useTime();
  if (fragments.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('wizards.verify.fragments.none')}
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('wizards.verify.fragments.intro')}
      </Text>
      <Accordion variant="separated" multiple chevronPosition="left">
        {fragments.map((fragment) => {
          const key = `${fragment.datasetId}|${fragment.primaryIdentity}`;
          const count = attributeTree(fragment.record).flatMap(leavesOf).length;
          return (
            <Accordion.Item key={key} value={key}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" gap="md">
                  <Stack gap={0}>
                    <Text size="sm" fw={600}>
                      {datasetName(fragment.datasetId)}
                    </Text>
                    <Text size="xs" c="dimmed" className={classes.wrap}>
                      {fragment.primaryIdentity}
                    </Text>
                  </Stack>
                  <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                    {t('wizards.verify.fragments.attributes', { count })}
                  </Text>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <dl className={classes.facts}>
                  <div className={classes.wide}>
                    <dt>{t('wizards.verify.fragments.batch')}</dt>
                    <dd className={classes.mono} data-dynamic>
                      {fragment.lastBatchId}
                    </dd>
                  </div>
                  <div className={classes.wide}>
                    <dt>{t('wizards.verify.fragments.time')}</dt>
                    <dd data-dynamic>{time(fragment.time)}</dd>
                  </div>
                </dl>
                <Code block mt="sm" aria-label={t('wizards.verify.fragments.record')}>
                  {JSON.stringify(fragment.record, null, 2)}
                </Code>
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>
    </Stack>
  );
}
