// The side panel: where the shown attribute's value came from (dataset, batch, row, time) and the merge rule that chose it.
import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { Provenance } from '../../../../shared/contract';
import { useFormat } from '../../../i18n/useFormat';
import { useT } from '../../../i18n/useT';
import { useTime } from '../hooks/useTime';
import {
  displayValue,
  IDENTITY_MAP,
  leavesOf,
  sourcesUnder,
  type AttributeNode,
} from '../model/attribute-tree';
import classes from '../VerifyWizard.module.css';

export interface ProvenancePanelProps {
  node: AttributeNode | undefined;
  provenance: Readonly<Record<string, Provenance>>;
  datasetName(id: string): string;
}

export function ProvenancePanel({ node, provenance, datasetName }: ProvenancePanelProps) {
  const t = useT();
  const format = useFormat();
  const time = useTime();
  const source = node ? provenance[node.path] : undefined;
  const isIdentityMap = node ? node.path === IDENTITY_MAP || node.path.startsWith(`${IDENTITY_MAP}.`) : false;

  return (
    <Paper
      withBorder
      radius="md"
      p="md"
      component="section"
      aria-label={t('wizards.verify.source.label')}
      className={classes.sidePanel}
    >
      <Title order={3} fz="sm" c="dimmed" tt="uppercase" lts={0.4} mb="xs">
        {t('wizards.verify.source.title')}
      </Title>
      {!node ? (
        <Text size="sm" c="dimmed">
          {t('wizards.verify.source.empty')}
        </Text>
      ) : (
        <Stack gap="sm">
          <Text className={classes.mono} fw={600}>
            {node.path}
          </Text>
          {node.children ? null : <Text className={classes.valueBox}>{displayValue(node.value)}</Text>}
          {isIdentityMap ? (
            <Text size="sm">{t('wizards.verify.source.identityMap')}</Text>
          ) : source ? (
            <>
              <dl className={classes.facts}>
                <div>
                  <dt>{t('wizards.verify.source.dataset')}</dt>
                  <dd>{datasetName(source.datasetId)}</dd>
                </div>
                <div>
                  <dt>{t('wizards.verify.source.row')}</dt>
                  <dd>{format.number(source.row)}</dd>
                </div>
                <div className={classes.wide}>
                  <dt>{t('wizards.verify.source.batch')}</dt>
                  <dd className={classes.mono} data-dynamic>
                    {source.batchId}
                  </dd>
                </div>
                <div className={classes.wide}>
                  <dt>{t('wizards.verify.source.time')}</dt>
                  <dd data-dynamic>{time(source.time)}</dd>
                </div>
              </dl>
              <Stack gap={4}>
                <Group gap={6}>
                  <Text size="xs" c="dimmed" fw={600} tt="uppercase" lts={0.4}>
                    {t('wizards.verify.source.rule')}
                  </Text>
                  <Badge size="sm" variant="light" radius="sm" tt="none">
                    {t(`wizards.verify.rule.${source.rule}`)}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {t(`wizards.verify.rule.${source.rule}.why`)}
                </Text>
              </Stack>
            </>
          ) : node.children ? (
            <Stack gap={6}>
              <Text size="sm">{t('wizards.verify.source.branch', { count: leavesOf(node).length })}</Text>
              <ul className={classes.plainList}>
                {sourcesUnder(node, provenance).map((entry) => (
                  <li key={`${entry.datasetId} ${entry.batchId}`}>
                    <Text size="sm">
                      {t('wizards.verify.source.branchSource', {
                        dataset: datasetName(entry.datasetId),
                        count: entry.count,
                      })}
                    </Text>
                  </li>
                ))}
              </ul>
            </Stack>
          ) : (
            <Text size="sm" c="dimmed">
              {t('wizards.verify.source.unknown')}
            </Text>
          )}
        </Stack>
      )}
    </Paper>
  );
}
