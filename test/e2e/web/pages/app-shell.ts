// Page module for the app frame: status bar, navigation, error area; every locator of the shell lives here.
import { expect, type Locator, type Page } from '@playwright/test';
import { SandboxSwitcher } from './sandbox-switcher';

export class AppShell {
  readonly statusBar: Locator;
  readonly health: Locator;
  readonly host: Locator;
  readonly version: Locator;
  readonly navigation: Locator;
  readonly heading: Locator;
  readonly errors: Locator;
  readonly switcher: SandboxSwitcher;

  constructor(readonly page: Page) {
    this.statusBar = page.getByRole('contentinfo');
    this.health = this.statusBar.getByRole('status', { name: 'Engine status' });
    this.host = this.statusBar.getByTestId('engine-host');
    this.version = this.statusBar.getByTestId('engine-version');
    this.navigation = page.getByRole('navigation', { name: 'Main navigation' });
    this.heading = page.getByRole('heading', { level: 1 });
    this.errors = page.getByRole('region', { name: 'Engine errors' });
    this.switcher = new SandboxSwitcher(page);
  }

  /** Opens the app at a hash path and waits for the engine to be ready and the sandboxes listed. */
  async open(path = '/'): Promise<void> {
    await this.page.goto(`/#${path}`);
    await this.waitUntilReady();
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.health).toHaveText('Ready');
    await expect(this.switcher.button).toBeEnabled();
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await this.waitUntilReady();
  }

  navLink(name: string): Locator {
    return this.navigation.getByRole('link', { name, exact: true });
  }

  async goTo(name: string): Promise<void> {
    await this.navLink(name).click();
    await expect(this.heading).toContainText(name);
  }

  /** Text that changes from run to run (times, versions): masked in screenshots. */
  dynamicText(): Locator {
    return this.page.locator('[data-dynamic]');
  }
}
