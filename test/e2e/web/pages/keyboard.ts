// Page module for keyboard-only runs: moves focus with Tab / Shift+Tab and checks, at every stop, that the focused
// control has an accessible name and a visible focus indicator (an outline or ring on it or on the part that draws it,
// or for text fields the focus border in the primary colour).
import { expect, type Locator, type Page } from '@playwright/test';

/** Runs in the page: does the focused element, or the element that draws it, show a focus outline or ring? */
function hasVisibleFocus(element: Element): boolean {
  const outlined = (node: Element | null | undefined) => {
    if (!node) return false;
    const style = getComputedStyle(node);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  };
  const ringed = (node: Element) => {
    const shadow = getComputedStyle(node).boxShadow;
    return shadow !== 'none' && shadow !== '';
  };
  // Mantine's text fields, selects and comboboxes show focus as a border in the primary colour.
  const primaryBorder = (node: Element) => {
    const probe = document.createElement('span');
    probe.style.color = 'var(--mantine-primary-color-filled)';
    document.body.append(probe);
    const primary = getComputedStyle(probe).color;
    probe.remove();
    const style = getComputedStyle(node);
    return parseFloat(style.borderTopWidth) > 0 && style.borderTopColor === primary;
  };
  // Visually hidden inputs (switches, segmented controls) draw their focus on the label or track beside them.
  return (
    outlined(element) ||
    primaryBorder(element) ||
    ringed(element) ||
    outlined(element.nextElementSibling) ||
    outlined(element.closest('label')) ||
    outlined(element.parentElement)
  );
}

export class KeyboardOnly {
  readonly focused: Locator;
  /** How many focus stops were checked. */
  stops = 0;

  constructor(readonly page: Page) {
    this.focused = page.locator(':focus');
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    await this.page.keyboard.type(text);
  }

  /** The focused control has an accessible name and a visible focus indicator. */
  async expectFocusVisible(): Promise<void> {
    await expect(this.focused).toHaveCount(1);
    const description = await this.focused.evaluate((element) => element.outerHTML.slice(0, 160));
    await expect(this.focused, `focused control without a name: ${description}`).toHaveAccessibleName(/\S/);
    // Polled: Mantine's inputs draw focus as a border colour that eases in, and a sample taken at
    // once can land mid-transition; a control with no indicator still fails after the timeout.
    await expect
      .poll(() => this.focused.evaluate(hasVisibleFocus), {
        message: `no visible focus on: ${description}`,
        timeout: 2000,
      })
      .toBe(true);
    this.stops++;
  }

  /** Tab (or Shift+Tab) until `target` has focus, checking every control on the way. */
  async tabTo(target: Locator, { backwards = false, limit = 80 } = {}): Promise<void> {
    for (let presses = 0; presses <= limit; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await this.press(backwards ? 'Shift+Tab' : 'Tab');
      await this.expectFocusVisible();
    }
    throw new Error(`${backwards ? 'Shift+Tab' : 'Tab'} never reached ${target.toString()}`);
  }
}
