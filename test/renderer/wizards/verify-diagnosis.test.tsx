// Verify wizard, step 4: when a lookup finds nothing, the diagnosis checklist in order with a clear mark and evidence.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { DatasetTags } from '../../../shared/contract';
import { ingest } from '../../engine/ingest/builders';
import { checkItem, crmSchema, lookUp, openVerify, PROFILE_ON, sandbox, world } from './verify-world';

const CAUSES = [
  'Dataset not enabled for Profile',
  'Data ingested before Profile was enabled',
  'Wrong namespace or value format',
  'Identity value rejected',
  'Record with no primary identity',
  'Records with a single identity',
  'Identity graph over 50 identities',
  'Merge policy leaves the dataset out',
];

/** The checklist as [title, mark] pairs, in order. */
function checklist(): [string, string][] {
  const list = screen.getByRole('list', { name: /Documented causes/ });
  return within(list)
    .getAllByRole('listitem')
    .map((item) => {
      const [title, mark] = (item.getAttribute('aria-labelledby') ?? '')
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '');
      return [title ?? '', mark ?? ''];
    });
}

const only = (cause: string) =>
  CAUSES.map((title, index): [string, string] => [
    `${index + 1}. ${title}`,
    title === cause ? 'This is it' : 'Ruled out',
  ]);

async function crmOnly(tags: DatasetTags) {
  return openVerify(async (client) => {
    const schema = await crmSchema(client);
    const crm = await client.call('catalog-dataset-create', {
      sandbox,
      name: 'crm',
      schemaRef: schema.$id,
      tags,
    });
    const batch = await ingest(
      client,
      crm.id,
      'crm.csv',
      'personalEmail.address,mobilePhone.number,person.name.firstName\nada@example.com,+31611111111,Ada\n',
    );
    return { crm, batch, client };
  });
}

describe('verify wizard: why nothing came back', () => {
  it('a dataset that is not enabled for Profile', async () => {
    const { app, w } = await crmOnly({});
    await lookUp(app, 'ada@example.com');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'No profile for Email: ada@example.com' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Nothing came back')).toBeInTheDocument();
    await screen.findByRole('list', { name: /Documented causes/ });
    expect(checklist()).toEqual(only('Dataset not enabled for Profile'));
    expect(screen.getByText('1 cause found')).toBeInTheDocument();
    const item = checkItem('Dataset not enabled for Profile');
    expect(item).toHaveTextContent(/not enabled for Profile/);
    const evidence = within(item).getByRole('table', { name: 'Evidence' });
    expect(within(evidence).getAllByRole('row')[1]?.textContent).toBe(`crm${w.batch.id}1crm`);
  });

  it('data ingested before the dataset was enabled for Profile', async () => {
    const { app, w } = await crmOnly({});
    await app.call('catalog-dataset-set-tags', { sandbox, ref: w.crm.id, tags: PROFILE_ON });
    await lookUp(app, 'ada@example.com');
    await screen.findByRole('list', { name: /Documented causes/ });
    expect(checklist()).toEqual(only('Data ingested before Profile was enabled'));
    expect(
      within(checkItem('Data ingested before Profile was enabled')).getByRole('table', { name: 'Evidence' }),
    ).toHaveTextContent(w.batch.id);
  });

  it('a value in another letter case than ingested', async () => {
    const { app, w } = await openVerify(world);
    await lookUp(app, 'Ada@Example.com');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'No profile for Email: Ada@Example.com' }),
    ).toBeInTheDocument();
    await screen.findByRole('list', { name: /Documented causes/ });
    expect(checklist()).toEqual(only('Wrong namespace or value format'));
    const item = checkItem('Wrong namespace or value format');
    expect(item).toHaveTextContent(
      'The value is stored in another form or under another namespace than Email: Ada@Example.com.',
    );
    const rows = within(within(item).getByRole('table', { name: 'Evidence' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(`crm${w.crmBatch.id}1stored as Email: "ada@example.com"`);
  });

  it('a merge policy that leaves the dataset out', async () => {
    const { app } = await openVerify(async (client) => {
      const built = await world(client);
      await client.call('profile-policy-create', {
        sandbox,
        name: 'Loyalty only',
        attributeMerge: { type: 'dataSetPrecedence', order: [built.loyalty.id] },
        identityGraph: { type: 'pdg' },
      });
      return built;
    });
    await lookUp(app, 'ada@example.com', { policy: 'Loyalty only' });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'No profile for Email: ada@example.com' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Merge policy “Loyalty only”. Dataset precedence: loyalty;/)).toBeInTheDocument();
    await screen.findByRole('list', { name: /Documented causes/ });
    expect(checklist()).toEqual(only('Merge policy leaves the dataset out'));
    const evidence = within(checkItem('Merge policy leaves the dataset out')).getByRole('table', {
      name: 'Evidence',
    });
    expect(within(evidence).getAllByRole('row')[1]).toHaveTextContent(/^crm—/);

    // The same identity under the default policy comes back.
    await app.user.click(screen.getByRole('button', { name: 'Change the lookup' }));
    await lookUp(app, 'ada@example.com', { policy: 'Default Timebased (default)' });
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Profile of Email: ada@example.com' }),
    ).toBeInTheDocument();
  });

  it('an identity nobody ingested: every cause ruled out, and the message says where to look', async () => {
    const { app } = await openVerify(world);
    await lookUp(app, 'nobody@example.com');
    await screen.findByRole('list', { name: /Documented causes/ });
    expect(checklist().map(([, mark]) => mark)).toEqual(CAUSES.map(() => 'Ruled out'));
    expect(screen.getByText('No documented cause matches')).toBeInTheDocument();
    expect(checkItem('Wrong namespace or value format')).toHaveTextContent(
      /No successful batch holds Email: nobody@example.com/,
    );
  });

  it('the checks run on demand for a profile that did come back', async () => {
    const { app } = await openVerify(world);
    await lookUp(app, 'ada@example.com');
    await app.user.click(await screen.findByRole('button', { name: 'Run the checks' }));
    await screen.findByRole('list', { name: /Documented causes/ });
    await waitFor(() => expect(checklist().every(([, mark]) => mark === 'Ruled out')).toBe(true));
    expect(screen.getByRole('tree', { name: 'Attributes of the merged profile' })).toBeInTheDocument();
  });
});
