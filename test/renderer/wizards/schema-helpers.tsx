// Test builders for the schema wizard: open it over a real engine and walk its steps the way a user does.
import { screen, within } from '@testing-library/react';
import { expect, vi } from 'vitest';
import { renderApp, type RenderedApp } from '../render-app';

// A wizard test walks several steps of the whole app over a real engine; on a loaded two-core
// machine that takes tens of seconds, so these files get more time than render-app's default.
vi.setConfig({ testTimeout: 90_000 });

// Mantine's Combobox scrolls the selected option into view; jsdom has no layout and no scrollIntoView.
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};

export const PROFILE_CLASS = 'https://ns.adobe.com/xdm/context/profile';
export const PERSONAL_CONTACT = 'https://ns.adobe.com/xdm/context/profile-personal-details';

export async function openSchemaWizard(options: Parameters<typeof renderApp>[0] = {}): Promise<RenderedApp> {
  const app = await renderApp({ path: '/wizards/enable-schema', ...options });
  await screen.findByRole('heading', { level: 2, name: 'Choose a class and a title' });
  return app;
}

export function nextButton() {
  return screen.getByRole('button', { name: /^(Next|Create schema and continue)$/ });
}

/** The "Before you go on" alert's reasons. */
export async function blockedReasons(): Promise<string[]> {
  const alert = await screen.findByTestId('wizard-blocked');
  return within(alert)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

/** Types by pasting: one input event instead of one per character (whole-app renders are slow in jsdom). */
export async function typeInto(app: RenderedApp, input: HTMLElement, text: string) {
  await app.user.click(input);
  await app.user.paste(text);
}

export async function fillClassStep(
  app: RenderedApp,
  title = 'Loyalty members',
  choice = 'XDM Individual Profile',
) {
  await app.user.click(screen.getByRole('radio', { name: choice }));
  await typeInto(app, screen.getByRole('textbox', { name: /^Schema title/ }), title);
  await app.user.click(nextButton());
  await screen.findByRole('heading', { level: 2, name: 'Add field groups' });
}

export async function chooseGroup(app: RenderedApp, title: string) {
  const search = screen.getByRole('searchbox', { name: 'Search the standard library' });
  await app.user.clear(search);
  await typeInto(app, search, title);
  await app.user.click(await screen.findByRole('option', { name: title }));
  await screen.findByRole('tree', { name: `Fields of ${title}` });
}

/** Class, Personal Contact Details, then "Create schema and continue": the draft exists in the engine. */
export async function createDraft(app: RenderedApp, title = 'Loyalty members') {
  await fillClassStep(app, title);
  await chooseGroup(app, 'Personal Contact Details');
  await app.user.click(nextButton());
  await screen.findByRole('heading', { level: 2, name: 'Add custom fields' });
}

export async function engineSchema(app: RenderedApp, title: string) {
  const schemas = await app.call('registry-schema-list', { sandbox: 'prod' });
  const schema = schemas.find((s) => s.title === title);
  expect(schema, `schema "${title}" in the engine`).toBeDefined();
  return app.call('registry-schema-show', { sandbox: 'prod', ref: schema?.$id ?? '' });
}

/** Picks an option of a Mantine Select (a combobox) by typing and clicking. */
export async function pick(app: RenderedApp, label: RegExp | string, option: RegExp | string) {
  const input = screen.getByRole('combobox', { name: label });
  await app.user.click(input);
  if (typeof option === 'string') await app.user.paste(option);
  await app.user.click(await screen.findByRole('option', { name: option }));
}

/** Marks personalEmail.address as the Email primary identity on step 4. */
export async function addEmailPrimary(app: RenderedApp) {
  await pick(app, /^Field/, 'personalEmail.address — Address');
  await pick(app, /^Identity namespace/, 'Email');
  await app.user.click(screen.getByRole('switch', { name: /Primary identity/ }));
  await app.user.click(screen.getByRole('button', { name: 'Add identity' }));
  await screen.findByRole('table', { name: 'Identity fields' });
}
