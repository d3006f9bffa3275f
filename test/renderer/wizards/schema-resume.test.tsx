// Schema wizard opened for an existing schema (`?schema=<altId>`, the dataset wizard's link): it resumes at the identities.
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../render-app';
import { addEmailPrimary, nextButton, PERSONAL_CONTACT, PROFILE_CLASS } from './schema-helpers';

describe('resuming an existing schema', () => {
  it('takes over a schema not enabled yet at the identities step, with the earlier steps filled in', async () => {
    const app = await renderApp({ path: '/' });
    const schema = await app.call('registry-schema-create', {
      sandbox: 'prod',
      title: 'From the CLI',
      classId: PROFILE_CLASS,
      fieldGroupIds: [PERSONAL_CONTACT],
    });
    app.navigate(`/wizards/enable-schema?schema=${encodeURIComponent(schema['meta:altId'])}`);

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Mark identity fields' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Step 2 of 5: Field groups (done)' })).toBeInTheDocument();
    // The wizard did not create this schema, so it offers no "Start over" that would delete it.
    expect(screen.queryByRole('button', { name: 'Start over' })).toBeNull();
    await addEmailPrimary(app);
    await app.user.click(nextButton());
    expect(await screen.findByText(/Every requirement is met/)).toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: 'Step 1 of 5: Class (done)' }));
    expect(screen.getByRole('textbox', { name: /^Schema title/ })).toHaveValue('From the CLI');
    expect(screen.getByRole('radio', { name: 'XDM Individual Profile' })).toHaveAttribute(
      'aria-checked',
      'true',
    );
    expect(screen.getByRole('radio', { name: 'XDM ExperienceEvent' })).toBeDisabled();
  });

  it('shows the finish page for a schema that is already enabled', async () => {
    const app = await renderApp({ path: '/' });
    const schema = await app.call('registry-schema-create', {
      sandbox: 'prod',
      title: 'Done already',
      classId: PROFILE_CLASS,
      fieldGroupIds: [PERSONAL_CONTACT],
      identities: [{ path: 'personalEmail.address', namespace: 'Email', isPrimary: true }],
      isProfileEnabled: true,
    });
    app.navigate(`/wizards/enable-schema?schema=${encodeURIComponent(schema['meta:altId'])}`);
    expect(
      await screen.findByRole('heading', { level: 2, name: '“Done already” is enabled for Profile' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Configure a dataset on this schema' })).toBeInTheDocument();
  });
});
