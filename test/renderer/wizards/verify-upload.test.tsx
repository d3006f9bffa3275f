// Verify wizard, step 1: batches newest first, `?batch=` preselection, dataset filter, batch facts and touched profiles.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../engine/ingest/builders';
import { batchRadio, chooseOption, crmSchema, openVerify, sandbox, world } from './verify-world';

describe('verify wizard: choosing the upload', () => {
  it('lists batches newest first and preselects the one a link names', async () => {
    const { w } = await openVerify(world, (built) => `?batch=${built.crmBatch.id}`);
    expect(await batchRadio(w.crmBatch.id)).toBeChecked();
    const radios = screen.getAllByRole('radio').map((radio) => radio.getAttribute('aria-label'));
    expect(radios).toEqual([`Batch ${w.webBatch.id} in web`, `Batch ${w.crmBatch.id} in crm`]);
    const summary = screen.getByRole('region', { name: 'What the batch wrote' });
    expect(within(summary).getByText('Success')).toBeInTheDocument();
    expect(within(summary).getByText('Profile on')).toBeInTheDocument();
    expect(within(summary).getByText('Records written').nextElementSibling).toHaveTextContent('12');
  });

  it('pages through the profiles the batch touched', async () => {
    const { app } = await openVerify(world, (built) => `?batch=${built.crmBatch.id}`);
    const touched = await screen.findByRole('region', { name: 'Profiles this batch touched' });
    expect(await within(touched).findByText('12 profiles')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(touched).getAllByRole('button', { name: /^Look up Email / })).toHaveLength(10),
    );
    expect(within(touched).getByText('Page 1 of 2')).toBeInTheDocument();
    await app.user.click(within(touched).getByRole('button', { name: 'Next' }));
    await waitFor(() =>
      expect(within(touched).getAllByRole('button', { name: /^Look up Email / })).toHaveLength(2),
    );
    expect(within(touched).getByText('Page 2 of 2')).toBeInTheDocument();
  });

  it('a dataset narrows the list and picks its newest batch; arrow keys move between batches', async () => {
    const { app, w } = await openVerify(async (client) => {
      const built = await world(client);
      const second = await ingest(
        client,
        built.crm.id,
        'more.csv',
        'personalEmail.address,mobilePhone.number,person.name.firstName\nzoe@example.com,+31644444444,Zoë\n',
      );
      return { ...built, second };
    });
    await batchRadio(w.webBatch.id);
    expect(screen.queryByRole('radio', { checked: true })).toBeNull();
    await chooseOption(app, 'Dataset', 'crm');
    expect(await batchRadio(w.second.id)).toBeChecked();
    expect(screen.getAllByRole('radio')).toHaveLength(2);
    expect(screen.queryByRole('radio', { name: new RegExp(w.webBatch.id) })).toBeNull();
    const touched = await screen.findByRole('region', { name: 'Profiles this batch touched' });
    expect(await within(touched).findByText('1 profile')).toBeInTheDocument();
    await app.user.click(await batchRadio(w.second.id));
    await app.user.keyboard('{ArrowDown}');
    expect(await batchRadio(w.crmBatch.id)).toBeChecked();
    expect(await within(touched).findByText('12 profiles')).toBeInTheDocument();
  });

  it('warns when the batch was loaded before the dataset was enabled for Profile', async () => {
    const { w } = await openVerify(
      async (client) => {
        const schema = await crmSchema(client, 'Late CRM');
        const dataset = await client.call('catalog-dataset-create', {
          sandbox,
          name: 'late',
          schemaRef: schema.$id,
        });
        const batch = await ingest(
          client,
          dataset.id,
          'late.csv',
          'personalEmail.address,mobilePhone.number,person.name.firstName\nearly@example.com,+31655555555,Early\n',
        );
        return { batch };
      },
      (built) => `?batch=${built.batch.id}`,
    );
    expect(await batchRadio(w.batch.id)).toBeChecked();
    expect(await screen.findByText(/not enabled for Profile when this batch was loaded/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'What the batch wrote' })).getByText('Profile off'),
    ).toBeInTheDocument();
    expect(
      await within(screen.getByRole('region', { name: 'Profiles this batch touched' })).findByText(
        'This batch touched no profiles.',
      ),
    ).toBeInTheDocument();
  });

  it('says so when the linked batch is not in this sandbox', async () => {
    await openVerify(world, () => '?batch=nope');
    expect(await screen.findByText(/There is no batch nope in this sandbox/)).toBeInTheDocument();
  });

  it('picking a profile from the list looks it up', async () => {
    const { app } = await openVerify(world, (built) => `?batch=${built.crmBatch.id}`);
    await app.user.click(await screen.findByRole('button', { name: 'Look up Email ada@example.com' }));
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Profile of Email: ada@example.com',
    });
    // The button that led here is gone: focus starts on the new step's heading.
    expect(heading).toHaveFocus();
    expect(await screen.findByRole('treeitem', { name: 'firstName: Ada' })).toBeInTheDocument();
  });
});
