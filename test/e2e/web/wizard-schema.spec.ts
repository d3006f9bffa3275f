// Wizard 1 in the web host: a Profile schema with Personal Contact Details, a custom field and an Email primary identity.
import { expect, test } from '@playwright/test';
import { SchemaWizardPage } from './pages/schema-wizard';

// Tall enough for the longest step, so each baseline shows the whole step with its Back / Next.
test.use({ viewport: { width: 1280, height: 1200 } });
test.setTimeout(180_000);

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(colorScheme, () => {
    test.use({ colorScheme });

    test(`creates, checks and enables a Profile schema (${colorScheme} theme)`, async ({ page }) => {
      const wizard = new SchemaWizardPage(page);
      const shot = (name: string) =>
        expect(page).toHaveScreenshot(`schema-${name}-${colorScheme}.png`, {
          mask: [wizard.shell.dynamicText()],
        });
      await wizard.open();
      await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', colorScheme);

      // Step 1 says why it cannot go on, then takes a class and a title.
      await wizard.nextButton.click();
      await expect(wizard.blocked).toContainText(
        'Choose a class: XDM Individual Profile or XDM ExperienceEvent.',
      );
      await expect(wizard.blocked).toContainText('Give the schema a title.');
      await wizard.classCard('XDM Individual Profile').click();
      await wizard.title.fill('Loyalty members');
      await expect(wizard.blocked).toBeHidden();
      await shot('1-class');
      await wizard.nextButton.click();
      await wizard.expectStep('Add field groups');

      // Step 2: only compatible field groups; the chosen one's fields as a tree.
      await wizard.addGroup('Personal Contact Details');
      await expect(page.getByText('1 compatible field group')).toBeVisible();
      await shot('2-field-groups');
      await wizard.createSchema();

      // Step 3: the naming rule explained, then a custom enum field under _stager.
      await wizard.fieldName.fill('_tier');
      await wizard.addFieldButton.click();
      await expect(page.getByText(/“_tier” starts with “_”/)).toBeVisible();
      await wizard.addEnumField('loyaltyTier', ['gold', 'silver', 'bronze']);
      await expect(wizard.customFields).toContainText('_stager.loyaltyTier');
      await shot('3-custom-fields');
      await wizard.nextButton.click();
      await wizard.expectStep('Mark identity fields');

      // Step 4: no primary, no going on; then Email on personalEmail.address as primary.
      await wizard.nextButton.click();
      await expect(wizard.blocked).toContainText('Mark one identity field as primary');
      await wizard.addPrimaryIdentity('personalEmail.address', 'Email');
      await shot('4-identities');
      await wizard.nextButton.click();
      await wizard.expectStep('Review and enable for Profile');

      // Step 5: the engine's checklist goes green; enabling lists what becomes permanent.
      for (const rule of ['class', 'primary-identity', 'identity-fields'] as const)
        await expect(wizard.check(rule)).toHaveAttribute('data-met', 'true');
      await expect(wizard.verdict).toContainText('Every requirement is met.');
      await shot('5-review');
      await wizard.enableButton.click();
      await expect(wizard.dialog).toContainText('The schema can never be disabled for Profile');
      await expect(wizard.dialog).toContainText(
        'The primary identity personalEmail.address (Email) cannot change.',
      );
      await expect(wizard.dialog).toContainText(
        'Allowed values cannot be removed from: _stager.loyaltyTier.',
      );
      await shot('5-confirm');
      await wizard.dialog.getByRole('button', { name: 'Enable for Profile' }).click();
      await expect(
        page.getByRole('heading', { level: 2, name: '“Loyalty members” is enabled for Profile' }),
      ).toBeVisible();
      await shot('6-done');

      // The finish page leads to wizard 2 with the schema preselected.
      await wizard.datasetLink.click();
      await expect(page).toHaveURL(/#\/wizards\/configure-dataset\?schema=_stager\.schemas\.[0-9a-f]+$/);
      await expect(wizard.shell.heading).toHaveText('Configure a dataset');
    });
  });
}
