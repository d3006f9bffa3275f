// Page module for wizard 2 (configure a dataset): every locator and step action of the wizard lives here.
import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './app-shell';

export class DatasetWizardPage {
  readonly shell: AppShell;
  readonly stepHeading: Locator;
  readonly blocked: Locator;
  readonly nextButton: Locator;
  readonly backButton: Locator;
  readonly createButton: Locator;
  readonly name: Locator;
  readonly profileSwitch: Locator;
  readonly identitySwitch: Locator;
  readonly upsertSwitch: Locator;
  readonly request: Locator;
  readonly calls: Locator;
  readonly datasetId: Locator;
  readonly tags: Locator;
  readonly importLink: Locator;
  readonly anotherButton: Locator;

  constructor(readonly page: Page) {
    this.shell = new AppShell(page);
    this.stepHeading = page.getByRole('heading', { level: 2 });
    this.blocked = page.getByTestId('wizard-blocked');
    this.nextButton = page.getByRole('button', { name: 'Next', exact: true });
    this.backButton = page.getByRole('button', { name: 'Back', exact: true });
    this.createButton = page.getByRole('button', { name: 'Create dataset' });
    this.name = page.getByRole('textbox', { name: /^Dataset name/ });
    this.profileSwitch = page.getByRole('switch', { name: /Real-Time Customer Profile/ });
    this.identitySwitch = page.getByRole('switch', { name: /Identity Service/ });
    this.upsertSwitch = page.getByRole('switch', { name: /Upsert/ });
    this.request = page.getByTestId('catalog-request');
    this.calls = page.getByRole('list', { name: 'Catalog calls' });
    this.datasetId = page.getByTestId('dataset-id');
    this.tags = page.getByTestId('dataset-tags');
    this.importLink = page.getByRole('link', { name: 'Import files into this dataset' });
    this.anotherButton = page.getByRole('button', { name: 'Configure another dataset' });
  }

  async open(): Promise<void> {
    await this.shell.open('/wizards/configure-dataset');
    await this.expectStep('Start from a schema or a dataset');
  }

  async expectStep(heading: string): Promise<void> {
    await expect(this.stepHeading.first()).toHaveText(heading);
  }

  schema(title: string): Locator {
    return this.page
      .getByRole('radiogroup', { name: /Schema/ })
      .getByRole('radio', { name: title, exact: true });
  }

  dataset(name: string): Locator {
    return this.page.getByRole('radiogroup', { name: /Dataset/ }).getByRole('radio', { name, exact: true });
  }

  /** The SegmentedControl's options are radios whose label is the clickable part. */
  async chooseMode(mode: 'Create a dataset' | 'Change a dataset’s switches'): Promise<void> {
    await this.page.getByText(mode, { exact: true }).click();
    await expect(this.page.getByRole('radio', { name: mode })).toBeChecked();
  }

  call(index: number): Locator {
    return this.page.getByTestId(`tag-call-${index}`);
  }

  async expectDone(heading: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
}
