// Test builders for the dataset wizard: schemas and datasets made through the engine, the wizard opened over it.
import { screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import type { SchemaDetail } from '../../../shared/contract';
import { renderApp, type RenderedApp } from '../render-app';

// Whole-app wizard tests over a real engine are slow on a loaded machine (see schema-helpers).
vi.setConfig({ testTimeout: 90_000 });
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};

export const PROFILE_CLASS = 'https://ns.adobe.com/xdm/context/profile';
export const EVENT_CLASS = 'https://ns.adobe.com/xdm/context/experienceevent';
const PERSONAL_CONTACT = 'https://ns.adobe.com/xdm/context/profile-personal-details';

export interface Fixture {
  app: RenderedApp;
  members: SchemaDetail;
  draft: SchemaDetail;
  events: SchemaDetail;
}

/** Three schemas: "Members" (Profile, enabled), "Draft" (Profile, not enabled), "Events" (ExperienceEvent, enabled). */
export async function openDatasetWizard(
  path: (schemas: Omit<Fixture, 'app'>) => string = () => '/wizards/configure-dataset',
): Promise<Fixture> {
  const app = await renderApp({ path: '/' });
  const sandbox = 'prod';
  const members = await app.call('registry-schema-create', {
    sandbox,
    title: 'Members',
    classId: PROFILE_CLASS,
    fieldGroupIds: [PERSONAL_CONTACT],
    identities: [{ path: 'personalEmail.address', namespace: 'Email', isPrimary: true }],
    isProfileEnabled: true,
  });
  const draft = await app.call('registry-schema-create', {
    sandbox,
    title: 'Draft',
    classId: PROFILE_CLASS,
    fieldGroupIds: [PERSONAL_CONTACT],
  });
  const events = await app.call('registry-schema-create', {
    sandbox,
    title: 'Events',
    classId: EVENT_CLASS,
    isProfileEnabled: true,
  });
  app.navigate(path({ members, draft, events }));
  await screen.findByRole('heading', { level: 2, name: 'Start from a schema or a dataset' });
  return { app, members, draft, events };
}

export function nextButton() {
  return screen.getByRole('button', { name: 'Next' });
}

export async function blockedReasons(): Promise<string[]> {
  const alert = await screen.findByTestId('wizard-blocked');
  return within(alert)
    .getAllByRole('listitem')
    .map((item) => item.textContent ?? '');
}

export async function typeInto(app: RenderedApp, input: HTMLElement, text: string) {
  await app.user.click(input);
  await app.user.paste(text);
}

export function switchNamed(name: RegExp) {
  return screen.getByRole('switch', { name });
}

/** Step 1 → 2 for a new dataset on the named schema. */
export async function chooseSchema(app: RenderedApp, title: string) {
  await app.user.click(await screen.findByRole('radio', { name: title }));
  await app.user.click(nextButton());
  await screen.findByRole('heading', { level: 2, name: 'Name the dataset and set its switches' });
}

export async function datasetNamed(app: RenderedApp, name: string) {
  const datasets = await app.call('catalog-dataset-list', { sandbox: 'prod' });
  return datasets.find((d) => d.name === name);
}
