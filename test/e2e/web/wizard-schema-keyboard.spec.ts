// Wizard 1 with the keyboard only (Tab, Enter, Space, arrow keys and typing; no mouse), from the skip link to the finish page.
import { expect, test } from '@playwright/test';
import { SchemaWizardPage } from './pages/schema-wizard';

test.setTimeout(180_000);

test('a Profile schema can be composed, checked and enabled without a mouse', async ({ page }) => {
  const wizard = new SchemaWizardPage(page);
  const keys = page.keyboard;
  await wizard.open();

  // The skip link leads past the header and navigation into the page.
  await keys.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await keys.press('Enter');

  // Step 1: Space picks a class card, arrow keys move between the cards.
  await wizard.tabTo(wizard.classCard('XDM Individual Profile'));
  await keys.press('Space');
  await keys.press('ArrowRight');
  await expect(wizard.classCard('XDM ExperienceEvent')).toHaveAttribute('aria-checked', 'true');
  await keys.press('ArrowLeft');
  await expect(wizard.classCard('XDM Individual Profile')).toHaveAttribute('aria-checked', 'true');
  await wizard.tabTo(wizard.title);
  await keys.type('Keyboard members');
  await wizard.tabTo(wizard.nextButton);
  await keys.press('Enter');
  await wizard.expectStep('Add field groups');
  await expect(wizard.stepHeading.first()).toBeFocused();

  // Step 2: search, then arrow keys and Space in the listbox.
  await wizard.tabTo(wizard.search);
  await keys.type('contact details');
  await wizard.tabTo(wizard.groupList);
  await keys.press('Home');
  const active = wizard.groupList.locator('[role=option][data-active]');
  for (
    let moves = 0;
    moves < 10 && (await active.getAttribute('aria-label')) !== 'Personal Contact Details';
    moves++
  )
    await keys.press('ArrowDown');
  await keys.press('Space');
  await expect(wizard.group('Personal Contact Details')).toHaveAttribute('aria-selected', 'true');
  await expect(wizard.groupTree('Personal Contact Details')).toBeVisible();
  await wizard.tabTo(wizard.nextButton);
  await keys.press('Enter');
  await wizard.expectStep('Add custom fields');

  // Step 3: Enter in the form adds the field.
  await wizard.tabTo(wizard.fieldName);
  await keys.type('memberSince');
  await keys.press('Enter');
  await expect(wizard.customFields).toContainText('_stager.memberSince');
  await wizard.tabTo(wizard.nextButton);
  await keys.press('Enter');
  await wizard.expectStep('Mark identity fields');

  // Step 4: comboboxes filter as you type; arrow keys and Enter choose.
  await wizard.tabTo(wizard.identityField);
  await keys.type('personalEmail.address');
  await keys.press('ArrowDown');
  await keys.press('Enter');
  await expect(wizard.identityField).toHaveValue('personalEmail.address — Address');
  await wizard.tabTo(wizard.namespace);
  await keys.type('Email');
  await keys.press('ArrowDown');
  await keys.press('Enter');
  await expect(wizard.namespace).toHaveValue('Email');
  await wizard.tabTo(wizard.primarySwitch);
  await keys.press('Space');
  await expect(wizard.primarySwitch).toBeChecked();
  await wizard.tabTo(wizard.addIdentityButton);
  await keys.press('Enter');
  await expect(wizard.identities.getByRole('row', { name: /personalEmail\.address/ })).toContainText(
    'Primary',
  );
  await wizard.tabTo(wizard.nextButton);
  await keys.press('Enter');
  await wizard.expectStep('Review and enable for Profile');

  // Step 5: the confirmation opens on Cancel; Tab reaches Enable.
  await expect(wizard.verdict).toContainText('Every requirement is met.');
  await wizard.tabTo(wizard.enableButton);
  await keys.press('Enter');
  await expect(wizard.dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await keys.press('Tab');
  await expect(wizard.dialog.getByRole('button', { name: 'Enable for Profile' })).toBeFocused();
  await keys.press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: '“Keyboard members” is enabled for Profile' }),
  ).toBeFocused();

  await wizard.tabTo(wizard.datasetLink);
  await keys.press('Enter');
  await expect(wizard.shell.heading).toHaveText('Configure a dataset');
});
