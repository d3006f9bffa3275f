// Wizard 2 in the web host: a Profile + Identity dataset on a schema wizard 1 enabled, then the upsert sequence on it.
import { expect, test } from '@playwright/test';
import { DatasetWizardPage } from './pages/dataset-wizard';
import { SchemaWizardPage } from './pages/schema-wizard';
import { DataViewsPage } from './pages/views-data';

test.use({ viewport: { width: 1280, height: 1200 } });
test.setTimeout(240_000);

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(colorScheme, () => {
    test.use({ colorScheme });

    test(`creates a Profile and Identity dataset, then turns upsert on in two calls (${colorScheme} theme)`, async ({
      page,
    }) => {
      const schemaWizard = new SchemaWizardPage(page);
      const wizard = new DatasetWizardPage(page);
      const shot = (name: string) =>
        expect(page).toHaveScreenshot(`dataset-${name}-${colorScheme}.png`, {
          mask: [wizard.shell.dynamicText()],
        });

      // Wizard 1 enables the schema; its finish page opens wizard 2 with the schema chosen.
      await schemaWizard.createProfileSchema('Loyalty members');
      await schemaWizard.datasetLink.click();
      await wizard.expectStep('Start from a schema or a dataset');
      await expect(wizard.schema('Loyalty members')).toBeChecked();
      await shot('1-schema');
      await wizard.nextButton.click();
      await wizard.expectStep('Name the dataset and set its switches');

      // Step 2: a name is required; Profile and Identity are on; upsert is explained.
      await wizard.nextButton.click();
      await expect(wizard.blocked).toContainText('Give the dataset a name.');
      await wizard.name.fill('Loyalty CRM export');
      await expect(wizard.profileSwitch).toBeChecked();
      await expect(wizard.identitySwitch).toBeChecked();
      await expect(wizard.upsertSwitch).not.toBeChecked();
      await expect(
        page.getByText('Anything ingested between those two calls never reaches Profile.'),
      ).toBeVisible();
      await shot('2-switches');
      await wizard.nextButton.click();
      await wizard.expectStep('Review and create');

      // Step 3: the Catalog request, then the dataset as the Catalog shows it.
      await expect(wizard.request).toContainText('"unifiedProfile": ["enabled:true"]');
      await expect(wizard.request).toContainText('"unifiedIdentity": ["enabled:true"]');
      await shot('3-review');
      await wizard.createButton.click();
      await wizard.expectDone('Dataset “Loyalty CRM export” is created');
      await expect(wizard.datasetId).toHaveText(/^[0-9a-f]{24}$/);
      await expect(wizard.tags).toContainText('"unifiedProfile": ["enabled:true"]');
      await expect(wizard.importLink).toHaveAttribute(
        'href',
        /#\/wizards\/import-files\?dataset=[0-9a-f]{24}$/,
      );
      await shot('4-created');

      // The same dataset, now with upsert: disable, then enable again with isUpsert.
      await wizard.anotherButton.click();
      await wizard.chooseMode('Change a dataset’s switches');
      await wizard.dataset('Loyalty CRM export').check();
      await wizard.nextButton.click();
      await wizard.expectStep('Change the dataset’s switches');
      await wizard.upsertSwitch.check();
      await expect(page.getByRole('note').filter({ hasText: 'This change takes two calls' })).toBeVisible();
      await shot('5-upsert');
      await wizard.nextButton.click();
      await wizard.expectStep('Run the Catalog calls');
      await expect(wizard.calls.getByRole('listitem')).toHaveCount(2);
      await shot('6-sequence');
      await wizard.call(1).getByRole('button', { name: 'Run call 1: disable' }).click();
      await expect(wizard.call(1)).toHaveAttribute('data-done', 'true');
      await expect(wizard.backButton).toBeHidden();
      await wizard.call(2).getByRole('button', { name: 'Run call 2: enable again' }).click();
      await wizard.expectDone('Dataset “Loyalty CRM export” is updated');
      await expect(wizard.tags).toContainText('"unifiedProfile": ["enabled:true","isUpsert:true"]');
      await shot('7-updated');

      await wizard.importLink.click();
      await expect(wizard.shell.heading).toHaveText('Import files');

      // The Datasets view links the dataset straight into its switches, read from its tags as they are now.
      const views = new DataViewsPage(page);
      await wizard.shell.open('/datasets');
      await views.openDataset('Loyalty CRM export').click();
      await views.detail('Loyalty CRM export').getByRole('link', { name: 'Change its switches' }).click();
      await expect(page).toHaveURL(/#\/wizards\/configure-dataset\?dataset=[0-9a-f]{24}$/);
      await wizard.expectStep('Change the dataset’s switches');
      await expect(wizard.upsertSwitch).toBeChecked();
      await wizard.upsertSwitch.uncheck();
      await wizard.nextButton.click();
      await wizard.expectStep('Run the Catalog calls');
      await expect(wizard.calls.getByRole('listitem')).toHaveCount(2);
    });
  });
}
