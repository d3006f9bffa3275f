// Builders for the import wizard's component tests: a CRM dataset over the real engine, files, and step helpers.
import { configure, screen, within } from '@testing-library/react';
import { expect, vi } from 'vitest';
import type { DatasetView, SchemaDetail } from '../../../shared/contract';
import { renderApp, type RenderAppOptions, type RenderedApp } from '../render-app';

export const sandbox = 'prod';

// A wizard test walks several steps over a real engine (first validations compile the schema); the
// machine running them is shared, so allow more than the app-wide defaults.
configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 120_000 });

// Mantine's combobox scrolls the active option into view; jsdom has no layout to scroll.
Element.prototype.scrollIntoView ??= () => {};
const PROFILE = 'https://ns.adobe.com/xdm/context/profile';
const EVENT = 'https://ns.adobe.com/xdm/context/experienceevent';
const PERSONAL_CONTACT = 'https://ns.adobe.com/xdm/context/profile-personal-details';
const DEMOGRAPHIC = 'https://ns.adobe.com/xdm/context/profile-person-details';
const WEB = 'https://ns.adobe.com/xdm/context/experienceevent-web';
const IDENTITY_MAP = 'https://ns.adobe.com/xdm/context/identitymap';
const CONTENT_TYPE = 'application/vnd.adobe.xed-full+json;version=1';

export interface ImportSetup {
  app: RenderedApp;
  schema: SchemaDetail;
  crm: DatasetView;
  /** Same schema, Profile switched off. */
  archive: DatasetView;
}

type Call = RenderedApp['call'];

/** A CRM Profile schema (Email primary identity, `_stager.points` long) with a Profile dataset and a plain one. */
export async function crmDatasets(app: { call: Call }): Promise<Omit<ImportSetup, 'app'>> {
  const schema = await app.call('registry-schema-create', {
    sandbox,
    title: 'CRM',
    classId: PROFILE,
    fieldGroupIds: [PERSONAL_CONTACT, DEMOGRAPHIC],
    identities: [{ path: 'personalEmail.address', namespace: 'Email', isPrimary: true }],
    isProfileEnabled: true,
  });
  await app.call('registry-schema-add-field', { sandbox, ref: schema.$id, path: 'points', type: 'long' });
  const crm = await app.call('catalog-dataset-create', {
    sandbox,
    name: 'CRM people',
    schemaRef: { id: schema.$id, contentType: CONTENT_TYPE },
    tags: { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] },
  });
  const archive = await app.call('catalog-dataset-create', {
    sandbox,
    name: 'CRM archive',
    schemaRef: { id: schema.$id, contentType: CONTENT_TYPE },
  });
  return { schema, crm, archive };
}

/** An ExperienceEvent schema (web details, identity map) with a Profile dataset. */
export async function eventDataset(app: RenderedApp): Promise<DatasetView> {
  const schema = await app.call('registry-schema-create', {
    sandbox,
    title: 'Web events',
    classId: EVENT,
    fieldGroupIds: [WEB, IDENTITY_MAP],
    isProfileEnabled: true,
  });
  return app.call('catalog-dataset-create', {
    sandbox,
    name: 'Web events',
    schemaRef: { id: schema.$id, contentType: CONTENT_TYPE },
    tags: { unifiedProfile: ['enabled:true'], unifiedIdentity: ['enabled:true'] },
  });
}

/** Renders the app over a fresh engine with the CRM datasets, then opens the wizard at `query`. */
export async function openImportWizard(query = '', options: RenderAppOptions = {}): Promise<ImportSetup> {
  localStorage.clear();
  const app = await renderApp({ ...options, path: '/' });
  const datasets = await crmDatasets(app);
  app.navigate(`/wizards/import-files${query.replace('{crm}', datasets.crm.id)}`);
  await screen.findByRole('heading', { level: 2, name: /./ });
  return { app, ...datasets };
}

/** A CRM export with human column names: email is matched by nothing, so it needs a mapping. */
export const CRM_CSV = [
  'email,firstName,birthDate,points,segment',
  'ada@example.com,Ada,1985-12-10,120,gold',
  'zoe@example.com,Zoë,1990-01-31,7,silver',
  'li@example.com,Li,1979-06-01,not-a-number,bronze',
  '',
].join('\r\n');

/** `good` valid people and `bad` rows that fail (a type error, then a corrupt row, alternately). */
export function crmCsv(good: number, bad: number): string {
  const lines = ['personalEmail.address,person.name.firstName,person.birthDate,_stager.points'];
  for (let i = 1; i <= good; i++)
    lines.push(`person${i}@example.com,Person ${i},1980-01-${String((i % 28) + 1).padStart(2, '0')},${i}`);
  for (let i = 1; i <= bad; i++)
    lines.push(
      i % 2 === 1 ? `bad${i}@example.com,Bad,1980-01-01,lots` : `"bad${i}@example.com,Bad,1980-01-01,1`,
    );
  return lines.join('\r\n') + '\r\n';
}

/** The same people with schema paths as headers: every column matches exactly. */
export const CRM_DOTTED_CSV = [
  'personalEmail.address,person.name.firstName,person.birthDate,_stager.points',
  'ada@example.com,Ada,1985-12-10,120',
  'zoe@example.com,Zoë,1990-01-31,7',
  'li@example.com,Li,1979-06-01,x',
  '"broken,Bo,1999-01-01,1',
  '',
].join('\r\n');

export const EVENTS_JSONL = [
  {
    _id: 'e1',
    timestamp: '2026-01-10T10:00:00Z',
    identityMap: { Email: [{ id: 'ada@example.com', primary: true }] },
    web: { webPageDetails: { name: 'Home' } },
  },
  {
    _id: 'e2',
    timestamp: '2026-01-10T10:05:00Z',
    identityMap: { Email: [{ id: 'zoe@example.com', primary: true }] },
    web: { webPageDetails: { name: 'Cart' } },
  },
]
  .map((event) => JSON.stringify(event))
  .join('\n');

export function file(name: string, content: string | Uint8Array): File {
  return new File([content as BlobPart], name);
}

/** The wizard's step section (labelled by the step heading). */
export function stepRegion(name: string | RegExp) {
  return within(screen.getByRole('region', { name }));
}

export async function pressNext(app: RenderedApp, name: string | RegExp) {
  await app.user.click(screen.getByRole('button', { name }));
}

/** The footer's reason the step cannot go on, announced as an alert. */
export async function expectBlocked(text: string | RegExp) {
  const message = await screen.findByText(text);
  expect(message.closest('[role="alert"]')).not.toBeNull();
}

export async function chooseDataset(app: RenderedApp, name: string) {
  await app.user.click(await screen.findByRole('radio', { name: new RegExp(`^${name}`) }));
}

/** Step 1 → 2 with the CRM dataset, then adds files and waits until each is detected. */
export async function toFilesWith(app: RenderedApp, files: File[], dataset = 'CRM people') {
  await chooseDataset(app, dataset);
  await pressNext(app, 'Choose files');
  await screen.findByRole('heading', { name: 'Choose the files' });
  await app.user.upload(screen.getByLabelText('Choose files to import'), files);
  for (const added of files) {
    if (added.size > 0) await screen.findByRole('group', { name: `Detected in ${added.name}` });
  }
}
