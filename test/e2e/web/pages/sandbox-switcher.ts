// Page module for the header's sandbox switcher and the sandbox dialogs it opens.
import { expect, type Locator, type Page } from '@playwright/test';

export class SandboxSwitcher {
  readonly button: Locator;
  readonly menu: Locator;
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: /^Sandbox/ });
    this.menu = page.getByRole('menu');
    this.dialog = page.getByRole('dialog');
  }

  async expectCurrent(title: string): Promise<void> {
    await expect(this.button).toHaveAccessibleName(new RegExp(`^Sandbox\\s*${title}$`));
  }

  async open(): Promise<Locator> {
    await this.button.click();
    await expect(this.menu).toBeVisible();
    return this.menu;
  }

  sandboxItem(title: string): Locator {
    return this.menu.getByRole('menuitem', { name: new RegExp(`^${title}\\b`) });
  }

  /** Names (not titles) of the sandboxes the switcher lists, in order. */
  async listedNames(): Promise<string[]> {
    await this.open();
    const items = this.menu.locator('[data-sandbox]');
    const names = await items.evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-sandbox') ?? ''),
    );
    await this.page.keyboard.press('Escape');
    await expect(this.menu).toBeHidden();
    return names;
  }

  async switchTo(title: string): Promise<void> {
    await this.open();
    await this.sandboxItem(title).click();
    await this.expectCurrent(title);
  }

  /** Opens "New sandbox…" and submits; returns the dialog so the caller can check errors. */
  async submitCreate(name: string, title?: string): Promise<Locator> {
    if (!(await this.dialog.isVisible())) {
      await this.open();
      await this.menu.getByRole('menuitem', { name: 'New sandbox…' }).click();
      await expect(this.dialog).toBeVisible();
    }
    await this.dialog.getByRole('textbox', { name: /^Name/ }).fill(name);
    if (title !== undefined) await this.dialog.getByRole('textbox', { name: /^Title/ }).fill(title);
    await this.dialog.getByRole('button', { name: 'Create sandbox' }).click();
    return this.dialog;
  }

  async create(name: string, title: string): Promise<void> {
    await this.submitCreate(name, title);
    await expect(this.dialog).toBeHidden();
    await this.expectCurrent(title);
  }

  /** Resets the current sandbox through its confirmation dialog; returns the dialog's text first. */
  async openReset(): Promise<Locator> {
    await this.open();
    await this.menu.getByRole('menuitem', { name: 'Reset…' }).click();
    await expect(this.dialog).toBeVisible();
    return this.dialog;
  }

  async confirm(buttonName: string): Promise<void> {
    await this.dialog.getByRole('button', { name: buttonName }).click();
    await expect(this.dialog).toBeHidden();
  }
}
