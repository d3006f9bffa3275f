// A profile that came back: facts, then tabs for its attributes (with sources), fragments, identity graph and events.
import { Badge, Group, Tabs } from '@mantine/core';
import { useMemo } from 'react';
import type { GraphView, MergePolicy, ProfileDetail } from '../../../../shared/contract';
import { useT } from '../../../i18n/useT';
import { attributeTree, findAttribute, leavesOf } from '../model/attribute-tree';
import type { EventsAnswer } from '../state/verify-data-store';
import { RESULT_TABS, type Lookup, type ResultTab } from '../state/verify-wizard-store';
import { useVerifyWizard } from '../state/VerifyWizardProvider';
import { AttributeTree } from './AttributeTree';
import { EventsTimeline } from './EventsTimeline';
import { FragmentList } from './FragmentList';
import { IdentityGraph } from './IdentityGraph';
import { ProvenancePanel } from './ProvenancePanel';
import classes from './ProfileView.module.css';

export interface ProfileViewProps {
  lookup: Lookup;
  detail: ProfileDetail;
  graph: GraphView | null;
  policy: MergePolicy | undefined;
  events: EventsAnswer | undefined;
  isPagingEvents: boolean;
  onPageEvents(direction: 'older' | 'newer'): void;
  datasetName(id: string): string;
}

export function ProfileView({
  lookup,
  detail,
  graph,
  policy,
  events,
  isPagingEvents,
  onPageEvents,
  datasetName,
}: ProfileViewProps) {
  const t = useT();
  const tab = useVerifyWizard((state) => state.tab);
  const setTab = useVerifyWizard((state) => state.setTab);
  const selected = useVerifyWizard((state) => state.selectedAttribute);
  const preview = useVerifyWizard((state) => state.previewedAttribute);
  const collapsed = useVerifyWizard((state) => state.collapsed);
  const selectAttribute = useVerifyWizard((state) => state.selectAttribute);
  const previewAttribute = useVerifyWizard((state) => state.previewAttribute);
  const setCollapsed = useVerifyWizard((state) => state.setCollapsed);
  const eventPage = useVerifyWizard((state) => state.eventStarts.length);
  const nodes = useMemo(() => attributeTree(detail.entity), [detail.entity]);
  const focus = useMemo(
    () => ({ namespace: lookup.namespace, id: lookup.value }),
    [lookup.namespace, lookup.value],
  );
  const shown = findAttribute(nodes, preview ?? selected ?? '');
  const attributeCount = nodes.flatMap(leavesOf).length;
  const counts: Record<ResultTab, number | undefined> = {
    attributes: attributeCount,
    fragments: detail.fragments.length,
    graph: graph?.identities.length || detail.identities.length,
    events: undefined,
  };

  return (
    <Tabs
      value={tab}
      onChange={(value) => setTab(RESULT_TABS.find((id) => id === value) ?? 'attributes')}
      keepMounted={false}
    >
      <Tabs.List aria-label={t('wizards.verify.tabs.label')}>
        {RESULT_TABS.map((id) => (
          <Tabs.Tab
            key={id}
            value={id}
            rightSection={
              counts[id] !== undefined ? (
                <Badge size="xs" variant="light" color="gray" circle={false}>
                  {counts[id]}
                </Badge>
              ) : undefined
            }
          >
            {t(`wizards.verify.tabs.${id}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
      <Tabs.Panel value="attributes" pt="md">
        <div className={classes.split}>
          <AttributeTree
            label={t('wizards.verify.attributes.label')}
            nodes={nodes}
            provenance={detail.provenance}
            datasetName={datasetName}
            selected={selected}
            collapsed={collapsed}
            onSelect={selectAttribute}
            onPreview={previewAttribute}
            onCollapsedChange={setCollapsed}
          />
          <ProvenancePanel node={shown} provenance={detail.provenance} datasetName={datasetName} />
        </div>
      </Tabs.Panel>
      <Tabs.Panel value="fragments" pt="md">
        <FragmentList fragments={detail.fragments} datasetName={datasetName} />
      </Tabs.Panel>
      <Tabs.Panel value="graph" pt="md">
        <IdentityGraph
          graph={graph}
          identities={detail.identities}
          focus={focus}
          isStitched={policy?.identityGraph.type === 'pdg'}
          datasetName={datasetName}
        />
      </Tabs.Panel>
      <Tabs.Panel value="events" pt="md">
        <Group mb="xs">
          <Badge variant="light" radius="sm" tt="none">
            {t('wizards.verify.events.order')}
          </Badge>
        </Group>
        <EventsTimeline
          events={events}
          page={eventPage}
          isBusy={isPagingEvents}
          onOlder={() => onPageEvents('older')}
          onNewer={() => onPageEvents('newer')}
        />
      </Tabs.Panel>
    </Tabs>
  );
}
