// Verify wizard, steps 2–3: the lookup form, the merged profile with sources, fragments, the graph data and events paging.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { GraphCanvasProps } from '../../../renderer/wizards/verify/components/GraphCanvas';
import { shortId } from '../../../renderer/wizards/verify/model/graph-elements';
import { ECID, lookUp, openVerify, sandbox, world } from './verify-world';

// cytoscape needs a real canvas: the graph's drawing is replaced by a stub that records what it is given.
const drawn = vi.hoisted(() => ({ last: undefined as GraphCanvasProps | undefined }));
vi.mock('../../../renderer/wizards/verify/components/GraphCanvas', () => ({
  GraphCanvas: (props: GraphCanvasProps) => {
    drawn.last = props;
    return <div role="img" aria-label={props.label} />;
  },
}));

describe('verify wizard: looking a profile up', () => {
  it('offers the sandbox namespaces with Email first and the default merge policy preselected', async () => {
    const { app } = await openVerify(world);
    await app.user.click(screen.getByRole('button', { name: /^Look up a profile/ }));
    expect(await screen.findByRole('combobox', { name: /^Identity namespace/ })).toHaveValue('Email');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /^Merge policy/ })).toHaveValue(
        'Default Timebased (default)',
      ),
    );
    expect(screen.getByText(/Timestamp ordered: the most recently ingested value wins/)).toBeInTheDocument();
    await app.user.click(screen.getByRole('combobox', { name: /^Identity namespace/ }));
    const options = (await screen.findAllByRole('option')).map((option) => option.textContent);
    expect(options).toEqual(expect.arrayContaining(['Email', 'Phone', expect.stringContaining('ECID')]));
  });

  it('refuses an empty value next to the field', async () => {
    const { app } = await openVerify(world);
    await app.user.click(screen.getByRole('button', { name: /^Look up a profile/ }));
    await app.user.click(await screen.findByRole('button', { name: /^Look up$/ }));
    expect(await screen.findByText('Enter the identity value to look up.')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Identity value/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { level: 2, name: 'Look a profile up' })).toBeInTheDocument();
  });

  it('shows every attribute with its source on selection, hover and keyboard focus', async () => {
    const { app, w } = await openVerify(world);
    await lookUp(app, 'ada@example.com');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Profile of Email: ada@example.com' }),
    ).toBeInTheDocument();
    const tree = await screen.findByRole('tree', { name: 'Attributes of the merged profile' });
    const panel = screen.getByRole('region', { name: 'Source of the attribute' });
    expect(within(panel).getByText(/Select an attribute/)).toBeInTheDocument();

    await app.user.click(within(tree).getByRole('treeitem', { name: 'firstName: Ada' }));
    expect(within(tree).getByRole('treeitem', { name: 'firstName: Ada' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(within(panel).getByText('person.name.firstName')).toBeInTheDocument();
    expect(within(panel).getByText('crm')).toBeInTheDocument();
    expect(within(panel).getByText(w.crmBatch.id)).toBeInTheDocument();
    expect(within(panel).getByText('Row').nextElementSibling).toHaveTextContent('1');
    expect(within(panel).getByText('Only source')).toBeInTheDocument();

    await app.user.hover(within(tree).getByRole('treeitem', { name: 'birthDate: 1985-12-10' }));
    expect(within(panel).getByText('person.birthDate')).toBeInTheDocument();
    await app.user.unhover(tree);
    expect(within(panel).getByText('person.name.firstName')).toBeInTheDocument();

    // Keyboard: arrows move focus (and the panel follows), Left folds a branch, Enter selects.
    within(tree).getByRole('treeitem', { name: 'firstName: Ada' }).focus();
    await app.user.keyboard('{ArrowUp}');
    expect(within(tree).getByRole('treeitem', { name: 'name' })).toHaveFocus();
    await app.user.keyboard('{ArrowLeft}');
    expect(within(tree).getByRole('treeitem', { name: 'name' })).toHaveAttribute('aria-expanded', 'false');
    expect(within(tree).queryByRole('treeitem', { name: 'firstName: Ada' })).toBeNull();
    await app.user.keyboard('{ArrowUp}{Enter}');
    expect(within(tree).getByRole('treeitem', { name: 'birthDate: 1985-12-10' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    expect(within(panel).getByText('person.birthDate')).toBeInTheDocument();
  });

  it('lists the fragments and hands the graph drawing its identities, colours and the batch behind each link', async () => {
    const { app, w } = await openVerify(world);
    await lookUp(app, 'ada@example.com');
    await app.user.click(await screen.findByRole('tab', { name: /Fragments/ }));
    const fragment = await screen.findByRole('button', { name: /crm\s*Email:ada@example.com/ });
    await app.user.click(fragment);
    expect(await screen.findByText(/"firstName": "Ada"/)).toBeInTheDocument();

    await app.user.click(screen.getByRole('tab', { name: /Identity graph/ }));
    expect(
      await screen.findByRole('img', { name: 'Identity graph drawing with 3 identities and 2 links' }),
    ).toBeInTheDocument();
    const last = drawn.last;
    expect(last?.nodes[0]).toMatchObject({
      namespace: 'Email',
      value: 'ada@example.com',
      isFocus: true,
      depth: 0,
    });
    expect(last?.nodes.map((node) => [node.namespace, node.value, node.isFocus, node.depth]).sort()).toEqual([
      ['ECID', ECID, false, 1],
      ['Email', 'ada@example.com', true, 0],
      ['Phone', '+31611111111', false, 1],
    ]);
    const byValue = new Map(last?.nodes.map((node) => [node.id, node.value]));
    const linked = last?.edges
      .map((edge) => [[byValue.get(edge.source), byValue.get(edge.target)].sort().join(' ↔ '), edge.batchIds])
      .sort();
    expect(linked).toEqual([
      ['+31611111111 ↔ ada@example.com', [w.crmBatch.id]],
      [`${ECID} ↔ ada@example.com`, [w.webBatch.id]],
    ]);
    expect(last?.edges.map((edge) => edge.label).sort()).toEqual(
      [shortId(w.crmBatch.id), shortId(w.webBatch.id)].sort(),
    );
    expect(shortId(w.crmBatch.id)).toMatch(/^d\d{7}…$/);
    expect(new Set(Object.values(last?.colors.namespaces ?? {})).size).toBe(3);
    const legend = screen.getByRole('list', { name: 'Namespaces' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['ECID1 identity', 'Email1 identity', 'Phone1 identity']);
    const links = screen.getByRole('list', { name: '2 links' });
    expect(within(links).getByText(new RegExp(`From crm, row 1, batch`))).toHaveTextContent(w.crmBatch.id);
  });

  it('shows the events newest first, a page at a time', async () => {
    const { app } = await openVerify(world);
    await lookUp(app, 'ada@example.com');
    await app.user.click(await screen.findByRole('tab', { name: 'Events' }));
    const list = () => screen.getByRole('list', { name: 'Events, newest first' });
    const ids = () =>
      within(list())
        .getAllByText(/^Event e\d\d$/)
        .map((item) => item.textContent);
    await waitFor(() => expect(ids()).toHaveLength(10));
    expect(ids()[0]).toBe('Event e12');
    expect(ids()[9]).toBe('Event e03');
    await app.user.click(screen.getByRole('button', { name: 'Older' }));
    await waitFor(() => expect(ids()).toEqual(['Event e02', 'Event e01']));
    expect(screen.getByText('Page 2')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Older' })).toBeDisabled();
    await app.user.click(screen.getByRole('button', { name: 'Newer' }));
    await waitFor(() => expect(ids()[0]).toBe('Event e12'));
    expect(screen.getByRole('button', { name: 'Newer' })).toBeDisabled();
  });

  it('a policy without stitching keeps to the looked-up identity', async () => {
    const { app } = await openVerify(async (client) => {
      const built = await world(client);
      await client.call('profile-policy-create', {
        sandbox,
        name: 'No stitching',
        identityGraph: { type: 'none' },
        attributeMerge: { type: 'timestampOrdered' },
      });
      return built;
    });
    await lookUp(app, ECID, { namespace: 'ECID', policy: 'No stitching' });
    expect(
      await screen.findByRole('heading', { level: 2, name: `Profile of ECID: ${ECID}` }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Merge policy “No stitching”.*No stitching: only the looked-up identity counts/),
    ).toBeInTheDocument();
    await app.user.click(screen.getByRole('tab', { name: /Fragments/ }));
    expect(await screen.findByText(/holds events only/)).toBeInTheDocument();
    await app.user.click(screen.getByRole('tab', { name: /Identity graph/ }));
    expect(await screen.findByText(/This merge policy does not stitch identities/)).toBeInTheDocument();
    // The form keeps the choices for the next lookup.
    await app.user.click(screen.getByRole('button', { name: 'Change the lookup' }));
    expect(await screen.findByRole('combobox', { name: /^Merge policy/ })).toHaveValue('No stitching');
  });
});
