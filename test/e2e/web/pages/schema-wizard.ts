// Page module for wizard 1 (enable a schema for Profile): every locator and step action of the wizard lives here.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app-shell';

export class SchemaWizardPage {
  readonly shell: AppShell;
  readonly steps: Locator;
  readonly stepHeading: Locator;
  readonly blocked: Locator;
  readonly nextButton: Locator;
  readonly backButton: Locator;
  readonly title: Locator;
  readonly search: Locator;
  readonly groupList: Locator;
  readonly fieldName: Locator;
  readonly fieldType: Locator;
  readonly allowedValues: Locator;
  readonly addFieldButton: Locator;
  readonly customFields: Locator;
  readonly identityField: Locator;
  readonly namespace: Locator;
  readonly primarySwitch: Locator;
  readonly addIdentityButton: Locator;
  readonly identities: Locator;
  readonly checklist: Locator;
  readonly verdict: Locator;
  readonly enableButton: Locator;
  readonly dialog: Locator;
  readonly datasetLink: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.steps = page.getByRole('navigation', { name: 'Steps of the schema wizard' });
    this.stepHeading = page.getByRole('heading', { level: 2 });
    this.blocked = page.getByTestId('wizard-blocked');
    this.nextButton = page.getByRole('button', { name: /^(Next|Create schema and continue)$/ });
    this.backButton = page.getByRole('button', { name: 'Back', exact: true });
    this.title = page.getByRole('textbox', { name: /^Schema title/ });
    this.search = page.getByRole('searchbox', { name: 'Search the standard library' });
    this.groupList = page.getByRole('listbox', { name: 'Compatible field groups' });
    this.fieldName = page.getByRole('textbox', { name: /^Field name/ });
    this.fieldType = page.getByRole('combobox', { name: 'Type' });
    this.allowedValues = page.getByRole('combobox', { name: /^Allowed values/ });
    this.addFieldButton = page.getByRole('button', { name: 'Add field' });
    this.customFields = page.getByRole('table', { name: 'Custom fields' });
    this.identityField = page.getByRole('combobox', { name: /^Field/ });
    this.namespace = page.getByRole('combobox', { name: /^Identity namespace/ });
    this.primarySwitch = page.getByRole('switch', { name: /Primary identity/ });
    this.addIdentityButton = page.getByRole('button', { name: 'Add identity' });
    this.identities = page.getByRole('table', { name: 'Identity fields' });
    this.checklist = page.getByRole('list', { name: 'Profile requirements' });
    this.verdict = page.getByTestId('checklist-verdict');
    this.enableButton = page.getByRole('button', { name: 'Enable for Profile…' });
    this.dialog = page.getByRole('dialog');
    this.datasetLink = page.getByRole('link', { name: 'Configure a dataset on this schema' });
  }

  async open(): Promise<void> {
    await this.shell.open('/wizards/enable-schema');
    await this.expectStep('Choose a class and a title');
  }

  async expectStep(heading: string): Promise<void> {
    await expect(this.stepHeading.first()).toHaveText(heading);
  }

  classCard(name: 'XDM Individual Profile' | 'XDM ExperienceEvent'): Locator {
    return this.page.getByRole('radio', { name });
  }

  group(title: string): Locator {
    return this.groupList.getByRole('option', { name: title });
  }

  groupTree(title: string): Locator {
    return this.page.getByRole('tree', { name: `Fields of ${title}` });
  }

  check(rule: 'class' | 'primary-identity' | 'identity-fields'): Locator {
    return this.page.getByTestId(`check-${rule}`);
  }

  /** Step 1 → 2. */
  async chooseClassAndTitle(title: string): Promise<void> {
    await this.classCard('XDM Individual Profile').click();
    await this.title.fill(title);
    await this.nextButton.click();
    await this.expectStep('Add field groups');
  }

  async addGroup(title: string): Promise<void> {
    await this.search.fill(title);
    await this.group(title).click();
    await expect(this.group(title)).toHaveAttribute('aria-selected', 'true');
    await expect(this.groupTree(title)).toBeVisible();
  }

  /** Step 2 → 3: the schema is created in the engine. */
  async createSchema(): Promise<void> {
    await this.nextButton.click();
    await this.expectStep('Add custom fields');
  }

  async addEnumField(name: string, values: readonly string[]): Promise<void> {
    await this.fieldName.fill(name);
    await this.fieldType.click();
    await this.page.getByRole('option', { name: /allowed values/ }).click();
    for (const value of values) {
      await this.allowedValues.fill(value);
      await this.allowedValues.press('Enter');
    }
    await this.addFieldButton.click();
    await expect(this.customFields.getByRole('row', { name: new RegExp(name) })).toBeVisible();
  }

  async pick(select: Locator, search: string, option: string | RegExp): Promise<void> {
    await select.click();
    await select.fill(search);
    await this.page.getByRole('option', { name: option }).click();
  }

  async addPrimaryIdentity(path: string, namespace: string): Promise<void> {
    await this.pick(this.identityField, path, new RegExp(`^${path.replace('.', '\\.')}`));
    await this.pick(this.namespace, namespace, new RegExp(`^${namespace}$`));
    await this.primarySwitch.check();
    await this.addIdentityButton.click();
    await expect(
      this.identities.getByRole('row', { name: new RegExp(path.replace('.', '\\.')) }),
    ).toContainText('Primary');
  }

  /** The whole wizard the quick way: a Profile schema with Personal Contact Details and an Email primary identity, enabled. */
  async createProfileSchema(title: string): Promise<void> {
    await this.open();
    await this.chooseClassAndTitle(title);
    await this.addGroup('Personal Contact Details');
    await this.createSchema();
    await this.nextButton.click();
    await this.expectStep('Mark identity fields');
    await this.addPrimaryIdentity('personalEmail.address', 'Email');
    await this.nextButton.click();
    await expect(this.verdict).toContainText('Every requirement is met.');
    await this.enable(title);
  }

  /** Presses Tab (keyboard only) until `target` has focus; fails after `limit` presses. */
  async tabTo(target: Locator, limit = 60): Promise<void> {
    for (let presses = 0; presses <= limit; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${target.toString()}`);
  }

  /** Opens the confirmation and enables; waits for the finish page. */
  async enable(title: string): Promise<void> {
    await this.enableButton.click();
    await expect(this.dialog).toHaveAccessibleName(`Enable “${title}” for Profile?`);
    await this.dialog.getByRole('button', { name: 'Enable for Profile' }).click();
    await expect(
      this.page.getByRole('heading', { level: 2, name: `“${title}” is enabled for Profile` }),
    ).toBeVisible();
  }
}
