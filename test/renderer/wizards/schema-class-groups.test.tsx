// Schema wizard steps 1–2: class and title rules, compatible field groups, and the schema created on leaving step 2.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  blockedReasons,
  chooseGroup,
  createDraft,
  engineSchema,
  fillClassStep,
  nextButton,
  openSchemaWizard,
  PROFILE_CLASS,
  typeInto,
} from './schema-helpers';

describe('step 1: class and title', () => {
  it('refuses to go on without a class and a title, and says why next to each', async () => {
    const app = await openSchemaWizard();
    await app.user.click(nextButton());
    expect(await blockedReasons()).toEqual([
      'Choose a class: XDM Individual Profile or XDM ExperienceEvent.',
      'Give the schema a title.',
    ]);
    expect(screen.getByRole('textbox', { name: /^Schema title/ })).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('heading', { level: 2, name: 'Choose a class and a title' })).toBeInTheDocument();
  });

  it('refuses a title another schema of the sandbox already has (titles are unique)', async () => {
    const app = await openSchemaWizard();
    await app.call('registry-schema-create', { sandbox: 'prod', title: 'Customers', classId: PROFILE_CLASS });
    await app.user.click(screen.getByRole('radio', { name: 'XDM Individual Profile' }));
    await typeInto(app, screen.getByRole('textbox', { name: /^Schema title/ }), 'customers');
    await app.user.click(nextButton());
    expect(await blockedReasons()).toEqual([
      'A schema titled “customers” already exists in this sandbox; titles are unique.',
    ]);
  });

  it('offers the two Profile classes as radio cards that arrow keys move between', async () => {
    const app = await openSchemaWizard();
    const profile = screen.getByRole('radio', { name: 'XDM Individual Profile' });
    const event = screen.getByRole('radio', { name: 'XDM ExperienceEvent' });
    expect(screen.getByRole('radiogroup', { name: /Class/ })).toContainElement(profile);
    await app.user.click(profile);
    expect(profile).toHaveAttribute('aria-checked', 'true');
    await app.user.keyboard('{ArrowRight}');
    expect(event).toHaveAttribute('aria-checked', 'true');
    expect(event).toHaveFocus();
  });
});

describe('step 2: field groups', () => {
  it('lists only field groups compatible with the class, filtered by the search', async () => {
    const app = await openSchemaWizard();
    await fillClassStep(app);
    const list = screen.getByRole('listbox', { name: 'Compatible field groups' });
    expect(list).toHaveAttribute('aria-multiselectable', 'true');
    const search = screen.getByRole('searchbox', { name: 'Search the standard library' });
    // Commerce Details is for ExperienceEvent only: a Profile schema cannot have it.
    await typeInto(app, search, 'commerce details');
    expect(await screen.findByText('0 compatible field groups')).toBeInTheDocument();
    expect(within(list).queryByRole('option')).toBeNull();
    await app.user.clear(search);
    await typeInto(app, search, 'personal contact');
    expect(await within(list).findByRole('option', { name: 'Personal Contact Details' })).toHaveAttribute(
      'aria-selected',
      'false',
    );
  });

  it('adds and removes a group with the keyboard and shows a chosen group’s fields as a tree', async () => {
    const app = await openSchemaWizard();
    await fillClassStep(app);
    await typeInto(
      app,
      screen.getByRole('searchbox', { name: 'Search the standard library' }),
      'personal contact',
    );
    const list = screen.getByRole('listbox', { name: 'Compatible field groups' });
    const option = await within(list).findByRole('option', { name: 'Personal Contact Details' });
    list.focus();
    expect(list).toHaveAttribute('aria-activedescendant', option.id);
    await app.user.keyboard(' ');
    expect(option).toHaveAttribute('aria-selected', 'true');
    const tree = await screen.findByRole('tree', { name: 'Fields of Personal Contact Details' });
    const email = within(tree).getByRole('treeitem', { name: /personalEmail/ });
    expect(email).toHaveAttribute('aria-expanded', 'false');
    await app.user.click(within(email).getByText('personalEmail'));
    expect(email).toHaveAttribute('aria-expanded', 'true');
    expect(within(email).getByRole('treeitem', { name: /address/ })).toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: 'Remove Personal Contact Details' }));
    expect(option).toHaveAttribute('aria-selected', 'false');
    expect(screen.queryByRole('tree')).toBeNull();
  });

  it('creates the schema in the engine when the user leaves the step, and applies later changes to it', async () => {
    const app = await openSchemaWizard();
    await createDraft(app, 'Members');
    const created = await engineSchema(app, 'Members');
    expect(created['meta:class']).toBe(PROFILE_CLASS);
    expect(created.fieldGroups.map((g) => g.title)).toEqual(['Personal Contact Details']);
    expect(created.isProfileEnabled).toBe(false);

    // Back keeps what was chosen; the class is fixed now that the schema exists.
    await app.user.click(screen.getByRole('button', { name: 'Back' }));
    expect(await screen.findByRole('option', { name: 'Personal Contact Details' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await app.user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('textbox', { name: /^Schema title/ })).toHaveValue('Members');
    expect(screen.getByRole('radio', { name: 'XDM Individual Profile' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(screen.getByRole('radio', { name: 'XDM ExperienceEvent' })).toBeDisabled();
    expect(screen.getByText(/its class is fixed/)).toBeInTheDocument();

    // A new title and one more field group reach the engine when the user goes on again.
    const title = screen.getByRole('textbox', { name: /^Schema title/ });
    await app.user.clear(title);
    await typeInto(app, title, 'Members 2');
    await app.user.click(nextButton());
    await screen.findByRole('heading', { level: 2, name: 'Add field groups' });
    await chooseGroup(app, 'Loyalty Details');
    await app.user.click(nextButton());
    await screen.findByRole('heading', { level: 2, name: 'Add custom fields' });
    await waitFor(async () =>
      expect((await engineSchema(app, 'Members 2')).fieldGroups.map((g) => g.title)).toEqual([
        'Personal Contact Details',
        'Loyalty Details',
      ]),
    );
  });

  it('keeps the wizard where it was when the user leaves the page and comes back', async () => {
    const app = await openSchemaWizard();
    await createDraft(app, 'Resumed');
    app.navigate('/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    app.navigate('/wizards/enable-schema');
    expect(await screen.findByRole('heading', { level: 2, name: 'Add custom fields' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /Step 2 of 5: Field groups \(done\)/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Step 3 of 5: Custom fields' })).toHaveAttribute(
      'aria-current',
      'step',
    );
  });

  it('starts over by deleting the draft schema after asking', async () => {
    const app = await openSchemaWizard();
    await createDraft(app, 'Scrapped');
    await app.user.click(screen.getByRole('button', { name: 'Start over' }));
    const dialog = await screen.findByRole('dialog', { name: 'Start over?' });
    expect(dialog).toHaveTextContent('The draft schema “Scrapped” is deleted');
    await app.user.click(within(dialog).getByRole('button', { name: 'Delete draft and start over' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Choose a class and a title' }),
    ).toBeInTheDocument();
    expect(await app.call('registry-schema-list', { sandbox: 'prod' })).toEqual([]);
    expect(screen.getByRole('textbox', { name: /^Schema title/ })).toHaveValue('');
  });
});
