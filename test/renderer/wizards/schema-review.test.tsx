// Schema wizard step 5: the engine's requirements checklist, the confirmation of what becomes permanent, the finish page.
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addEmailPrimary, createDraft, engineSchema, nextButton, openSchemaWizard } from './schema-helpers';
import type { RenderedApp } from '../render-app';

async function toReview(app: RenderedApp, title: string) {
  await createDraft(app, title);
  await app.user.click(nextButton());
  await screen.findByRole('heading', { level: 2, name: 'Mark identity fields' });
  await addEmailPrimary(app);
  await app.user.click(nextButton());
  await screen.findByRole('heading', { level: 2, name: 'Review and enable for Profile' });
}

const checklist = () => screen.getByRole('list', { name: 'Profile requirements' });

describe('step 5: review and enable', () => {
  it('shows the engine’s checklist all green and enables only after confirming what becomes permanent', async () => {
    const app = await openSchemaWizard();
    await toReview(app, 'Members');
    await waitFor(() => expect(within(checklist()).getAllByRole('listitem')).toHaveLength(3));
    const items = within(checklist()).getAllByRole('listitem');
    expect(items.map((item) => item.getAttribute('data-met'))).toEqual(['true', 'true', 'true']);
    expect(items[1]).toHaveTextContent('Met: one primary identity');
    expect(items[1]).toHaveTextContent('Primary identity: personalEmail.address (Email).');
    expect(screen.getByText(/Every requirement is met/)).toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: 'Enable for Profile…' }));
    let dialog = await screen.findByRole('dialog', { name: 'Enable “Members” for Profile?' });
    const locks = within(within(dialog).getByRole('list', { name: 'What becomes permanent' })).getAllByRole(
      'listitem',
    );
    expect(locks.map((item) => item.textContent)).toEqual(
      expect.arrayContaining([
        'The schema can never be disabled for Profile: the "union" tag is permanent.',
        'The schema cannot be deleted.',
        'The primary identity personalEmail.address (Email) cannot change.',
      ]),
    );
    await app.user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((await engineSchema(app, 'Members')).isProfileEnabled).toBe(false);

    await app.user.click(screen.getByRole('button', { name: 'Enable for Profile…' }));
    dialog = await screen.findByRole('dialog', { name: 'Enable “Members” for Profile?' });
    await app.user.click(within(dialog).getByRole('button', { name: 'Enable for Profile' }));
    expect(
      await screen.findByRole('heading', { level: 2, name: '“Members” is enabled for Profile' }),
    ).toBeInTheDocument();
    const schema = await engineSchema(app, 'Members');
    expect(schema.isProfileEnabled).toBe(true);
    expect(schema['meta:immutableTags']).toEqual(['union']);
    expect(screen.getByRole('link', { name: 'Configure a dataset on this schema' })).toHaveAttribute(
      'href',
      `/wizards/configure-dataset?schema=${encodeURIComponent(schema['meta:altId'])}`,
    );
    expect(screen.queryByRole('button', { name: 'Start over' })).toBeNull();
  });

  it('turns a requirement red with the reason when the draft changes elsewhere, and refuses to enable', async () => {
    const app = await openSchemaWizard();
    await toReview(app, 'Changed elsewhere');
    await screen.findByText(/Every requirement is met/);
    // Another window (or the CLI) removes the primary identity; "Check again" reads the draft anew.
    const schema = await engineSchema(app, 'Changed elsewhere');
    await app.call('registry-schema-remove-identity', {
      sandbox: 'prod',
      ref: schema.$id,
      path: 'personalEmail.address',
    });
    await app.user.click(screen.getByRole('button', { name: 'Check again' }));

    await waitFor(() =>
      expect(screen.getByTestId('check-primary-identity')).toHaveAttribute('data-met', 'false'),
    );
    const failed = screen.getByTestId('check-primary-identity');
    expect(failed).toHaveTextContent('Not met: one primary identity');
    expect(failed).toHaveTextContent('The schema has no primary identity.');
    expect(failed).toHaveTextContent('How to fix: Mark one string field as primary identity');
    expect(screen.getByTestId('checklist-verdict')).toHaveTextContent(/1 requirement is not met/);
    expect(screen.getByRole('button', { name: 'Enable for Profile…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Enable for Profile…' })).toHaveAccessibleDescription(
      'Enabling is possible once every requirement is met.',
    );
  });

  it('speaks Dutch when the language is Dutch', async () => {
    await openSchemaWizard({ prefs: { language: 'nl' } }).catch(() => undefined);
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Kies een klasse en een titel' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'XDM Individual Profile' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Stap 1 van 5: Klasse' })).toHaveAttribute(
      'aria-current',
      'step',
    );
    expect(screen.getByRole('button', { name: /Volgende/ })).toBeInTheDocument();
  });
});
