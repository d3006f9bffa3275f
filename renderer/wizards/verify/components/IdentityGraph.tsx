// The identity graph: the drawing (nodes coloured by namespace, edges labelled with their batch), its legend and links as text.
import {
  Alert,
  Badge,
  Group,
  Stack,
  Text,
  Title,
  useComputedColorScheme,
  useMantineTheme,
  VisuallyHidden,
} from '@mantine/core';
import { useMemo } from 'react';
import type { GraphView, ProfileDetail } from '../../../../shared/contract';
import { Icon } from '../../../app/icons';
import { useT } from '../../../i18n/useT';
import { graphElements, MAX_VIEWER_NODES } from '../model/graph-elements';
import { namespaceColors } from '../model/namespace-colors';
import { GraphCanvas, type GraphColors } from './GraphCanvas';
import classes from './IdentityGraph.module.css';

/** Links listed as text under the legend; the drawing shows them all. */
const LISTED_LINKS = 40;

export interface IdentityGraphProps {
  graph: GraphView | null;
  identities: ProfileDetail['identities'];
  focus: { namespace: string; id: string };
  isStitched: boolean;
  datasetName(id: string): string;
}

export function IdentityGraph({ graph, identities, focus, isStitched, datasetName }: IdentityGraphProps) {
  const t = useT();
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  const elements = useMemo(() => graphElements(graph, identities, focus), [graph, identities, focus]);
  const colorNames = useMemo(() => namespaceColors(elements.nodes.map((node) => node.namespace)), [elements]);
  const isDark = scheme === 'dark';
  const colors = useMemo<GraphColors>(
    () => ({
      namespaces: Object.fromEntries(
        [...colorNames].map(([code, color]) => [
          code,
          theme.colors[color]?.[isDark ? 5 : 6] ?? theme.colors.gray[6],
        ]),
      ),
      label: isDark ? theme.colors.dark[0] : theme.colors.gray[8],
      edge: isDark ? theme.colors.dark[2] : theme.colors.gray[5],
      edgeLabel: isDark ? theme.colors.dark[1] : theme.colors.gray[7],
      background: isDark ? theme.colors.dark[7] : theme.white,
      focus: isDark ? theme.white : theme.colors.dark[7],
    }),
    [colorNames, theme, isDark],
  );
  const counts = new Map<string, number>();
  for (const node of elements.nodes) counts.set(node.namespace, (counts.get(node.namespace) ?? 0) + 1);
  const byXid = new Map(elements.nodes.map((node) => [node.id, node]));
  const links = graph?.links.filter((link) => byXid.has(link.a) && byXid.has(link.b)) ?? [];

  return (
    <Stack gap="md">
      {!isStitched ? (
        <Alert color="blue" variant="light" p="xs" icon={<Icon name="merge" size={18} />}>
          {t('wizards.verify.graph.notStitched')}
        </Alert>
      ) : null}
      {graph?.isOverLimit ? (
        <Alert color="yellow" variant="light" p="xs" icon={<Icon name="alert" size={18} />}>
          {t('wizards.verify.graph.overLimit')}
        </Alert>
      ) : null}
      {elements.isCapped ? (
        <Alert color="yellow" variant="light" p="xs" icon={<Icon name="alert" size={18} />}>
          {t('wizards.verify.graph.capped', {
            shown: elements.nodes.length,
            total: elements.total,
            max: MAX_VIEWER_NODES,
          })}
        </Alert>
      ) : null}
      <div className={classes.layout}>
        <GraphCanvas
          label={t('wizards.verify.graph.canvas', {
            nodes: elements.nodes.length,
            links: elements.edges.length,
          })}
          nodes={elements.nodes}
          edges={elements.edges}
          colors={colors}
        />
        <Stack gap="md" className={classes.side}>
          <section aria-labelledby="verify-graph-legend">
            <Title order={3} fz="xs" c="dimmed" tt="uppercase" lts={0.4} mb={6} id="verify-graph-legend">
              {t('wizards.verify.graph.legend')}
            </Title>
            <ul className={classes.legend} aria-labelledby="verify-graph-legend">
              {[...colorNames].map(([code]) => (
                <li key={code}>
                  <span
                    className={classes.swatch}
                    style={{ background: colors.namespaces[code] }}
                    aria-hidden="true"
                  />
                  <Text component="span" size="sm" fw={500}>
                    {code}
                  </Text>
                  <Text component="span" size="xs" c="dimmed">
                    {t('wizards.verify.graph.identities', { count: counts.get(code) ?? 0 })}
                  </Text>
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="verify-graph-links">
            <Title order={3} fz="xs" c="dimmed" tt="uppercase" lts={0.4} mb={6} id="verify-graph-links">
              {t('wizards.verify.graph.links', { count: links.length })}
            </Title>
            {links.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('wizards.verify.graph.noLinks')}
              </Text>
            ) : (
              <ul className={classes.links} aria-labelledby="verify-graph-links">
                {links.slice(0, LISTED_LINKS).map((link) => {
                  const a = byXid.get(link.a);
                  const b = byXid.get(link.b);
                  return (
                    <li key={`${link.a}~${link.b}`}>
                      <Group gap={4} wrap="wrap">
                        <Badge
                          size="xs"
                          radius="sm"
                          variant="light"
                          color={colorNames.get(a?.namespace ?? '') ?? 'gray'}
                          tt="none"
                        >
                          {a?.namespace}
                        </Badge>
                        <Text component="span" size="xs" className={classes.wrap}>
                          {a?.value}
                        </Text>
                        <Text component="span" size="xs" c="dimmed" aria-hidden="true">
                          ↔
                        </Text>
                        <VisuallyHidden>{t('wizards.verify.graph.linkedTo')}</VisuallyHidden>
                        <Badge
                          size="xs"
                          radius="sm"
                          variant="light"
                          color={colorNames.get(b?.namespace ?? '') ?? 'gray'}
                          tt="none"
                        >
                          {b?.namespace}
                        </Badge>
                        <Text component="span" size="xs" className={classes.wrap}>
                          {b?.value}
                        </Text>
                      </Group>
                      {link.sources.map((source) => (
                        <Text key={`${source.batchId ?? ''}|${source.row}`} size="xs" c="dimmed" mt={2}>
                          {t('wizards.verify.graph.linkSource', {
                            dataset: datasetName(source.datasetId),
                            row: source.row,
                          })}{' '}
                          <span className={classes.mono} data-dynamic>
                            {source.batchId ?? t('wizards.verify.graph.streamed')}
                          </span>
                        </Text>
                      ))}
                    </li>
                  );
                })}
              </ul>
            )}
            {links.length > LISTED_LINKS ? (
              <Text size="xs" c="dimmed" mt={4}>
                {t('wizards.verify.graph.moreLinks', { count: links.length - LISTED_LINKS })}
              </Text>
            ) : null}
          </section>
        </Stack>
      </div>
    </Stack>
  );
}
