// Profiles view: counts per namespace (chart and table) and dataset, browsing the profiles a batch touched, and
// lookup with the verify wizard's merged profile, graph and events, or the diagnosis when nothing comes back.
import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { EngineClient } from '../../../shared/contract';
import type { GraphCanvasProps } from '../../../renderer/wizards/verify/components/GraphCanvas';
import { renderApp } from '../render-app';
import { chooseOption, world } from '../wizards/verify-world';

// cytoscape needs a real canvas: the graph's drawing is replaced by a stub that records what it is given.
vi.mock('../../../renderer/wizards/verify/components/GraphCanvas', () => ({
  GraphCanvas: (props: GraphCanvasProps) => <div role="img" aria-label={props.label} />,
}));

async function openProfiles<W>(build: (client: EngineClient) => Promise<W>) {
  const app = await renderApp({ path: '/' });
  const w = await act(() => build(app.client));
  app.navigate('/profiles');
  await screen.findByRole('heading', { level: 1, name: 'Profiles' });
  return { app, w };
}

const figure = (counts: HTMLElement, label: string) => within(counts).getByRole('group', { name: label });

const cellsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('profiles view', () => {
  it('shows profile, fragment and identity counts, the namespace chart with its table, and fragments per dataset', async () => {
    await openProfiles(world);
    const counts = screen.getByRole('region', { name: 'Profile counts' });
    // 12 CRM people; Ada's browser (ECID) joins her profile through the first event.
    await waitFor(() => expect(figure(counts, 'Profiles')).toHaveTextContent(/^Profiles12$/));
    expect(figure(counts, 'Fragments')).toHaveTextContent(/^Fragments24$/);
    expect(figure(counts, 'Identities')).toHaveTextContent(/^Identities25$/);
    const chart = screen.getByRole('figure', { name: 'Identities per namespace' });
    expect(
      within(chart).getByRole('img', {
        name: /^Identities per namespace\. 25 identities in 3 namespaces\.$/,
      }),
    ).toBeInTheDocument();
    expect(
      cellsOf(within(chart).getByRole('table', { name: 'Identities per namespace, as a table' })),
    ).toEqual([
      ['ECID', '1'],
      ['Email', '12'],
      ['Phone', '12'],
    ]);
    expect(cellsOf(screen.getByRole('table', { name: 'Fragments per dataset' }))).toEqual([
      ['crm', '12'],
      ['web', '12'],
    ]);
  });

  it('counts follow a new batch without reloading the page', async () => {
    const { app, w } = await openProfiles(world);
    const counts = screen.getByRole('region', { name: 'Profile counts' });
    await waitFor(() => expect(figure(counts, 'Profiles')).toHaveTextContent(/^Profiles12$/));
    const { ingest } = await import('../../engine/ingest/builders');
    await act(() =>
      ingest(
        app.client,
        w.crm.id,
        'more.csv',
        'personalEmail.address,mobilePhone.number,person.name.firstName\nnew@example.com,+31699999999,New\n',
      ),
    );
    await waitFor(() => expect(figure(counts, 'Profiles')).toHaveTextContent(/^Profiles13$/));
  });

  it('browses the profiles the newest batch touched, a page at a time, and looks one up', async () => {
    const { app, w } = await openProfiles(world);
    const browse = screen.getByRole('region', { name: 'Browse profiles' });
    // The newest successful batch (the web events) is chosen first; the CRM batch lists twelve profiles.
    await waitFor(() =>
      expect(within(browse).getByRole('combobox', { name: 'Batch' })).toHaveDisplayValue(
        new RegExp(w.webBatch.id),
      ),
    );
    await chooseOption(app, 'Batch', new RegExp(w.crmBatch.id));
    const touched = await within(browse).findByRole('table', { name: 'Profiles this batch touched' });
    await waitFor(() => expect(within(touched).getAllByRole('row')).toHaveLength(11));
    expect(within(browse).getByText('12 profiles')).toBeInTheDocument();
    await app.user.click(within(browse).getByRole('button', { name: 'Next' }));
    await waitFor(() =>
      expect(
        within(browse).getByRole('button', { name: 'Look up Email p10@example.com' }),
      ).toBeInTheDocument(),
    );
    await app.user.click(within(browse).getByRole('button', { name: 'Look up Email p10@example.com' }));
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Profile of Email: p10@example.com',
    });
    await waitFor(() => expect(heading).toHaveFocus());
    const tree = await screen.findByRole('tree', { name: 'Attributes of the merged profile' });
    expect(within(tree).getByRole('treeitem', { name: 'firstName: P10' })).toBeInTheDocument();
  });

  it('looks a profile up by namespace and value, with sources, fragments, graph and events', async () => {
    const { app, w } = await openProfiles(world);
    const lookup = screen.getByRole('region', { name: 'Look a profile up' });
    await waitFor(() =>
      expect(within(lookup).getByRole('combobox', { name: /^Identity namespace/ })).toHaveValue('Email'),
    );
    await app.user.type(within(lookup).getByRole('textbox', { name: /^Identity value/ }), 'ada@example.com');
    await app.user.click(within(lookup).getByRole('button', { name: 'Look up' }));
    const tree = await screen.findByRole('tree', { name: 'Attributes of the merged profile' });
    await app.user.click(within(tree).getByRole('treeitem', { name: 'firstName: Ada' }));
    const panel = screen.getByRole('region', { name: 'Source of the attribute' });
    expect(within(panel).getByText(w.crmBatch.id)).toBeInTheDocument();
    await app.user.click(screen.getByRole('tab', { name: /Identity graph/ }));
    expect(
      await screen.findByRole('img', { name: 'Identity graph drawing with 3 identities and 2 links' }),
    ).toBeInTheDocument();
    await app.user.click(screen.getByRole('tab', { name: 'Events' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Events, newest first' })).getAllByText(/^Event e\d\d$/),
      ).toHaveLength(10),
    );
  });

  it('a lookup that finds nothing runs the checklist of documented causes', async () => {
    const { app } = await openProfiles(world);
    const lookup = screen.getByRole('region', { name: 'Look a profile up' });
    await waitFor(() =>
      expect(within(lookup).getByRole('combobox', { name: /^Identity namespace/ })).toHaveValue('Email'),
    );
    await app.user.click(within(lookup).getByRole('button', { name: 'Look up' }));
    expect(await within(lookup).findByText('Enter the identity value to look up.')).toBeInTheDocument();
    await app.user.type(
      within(lookup).getByRole('textbox', { name: /^Identity value/ }),
      'nobody@example.com',
    );
    await app.user.click(within(lookup).getByRole('button', { name: 'Look up' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'No profile for Email: nobody@example.com' }),
    ).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: /Documented causes/ })).toBeInTheDocument();
  });

  it('an empty sandbox says there is nothing to count or browse yet', async () => {
    await openProfiles(async () => undefined);
    expect(await screen.findByText(/No identities yet/)).toBeInTheDocument();
    expect(screen.getByText('No dataset has sent anything to Profile yet.')).toBeInTheDocument();
    expect(await screen.findByText(/No batch has succeeded in this sandbox yet/)).toBeInTheDocument();
  });
});
