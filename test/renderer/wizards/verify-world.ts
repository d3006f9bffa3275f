// Builders for the verify wizard's component tests: CRM, loyalty and web-event datasets loaded through the engine.
import { act, screen, within } from '@testing-library/react';
import type { EngineClient } from '../../../shared/contract';
import { ECID, world as profileWorld } from '../../engine/profile/world';
import { sandbox } from '../../engine/registry/builders';
import { renderApp, type RenderedApp } from '../render-app';

export { sandbox };
export { crmSchema, ECID, PROFILE_ON } from '../../engine/profile/world';

// Mantine's combobox scrolls the active option into view, which jsdom does not implement.
if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};
export const VERIFY_PATH = '/wizards/verify-upload';

/** Ada and Li, then ten more people: twelve profiles, so the touched-profiles list has two pages. */
export const CRM_CSV = [
  'personalEmail.address,mobilePhone.number,person.name.firstName,person.birthDate',
  'ada@example.com,+31611111111,Ada,1985-12-10',
  'li@example.com,+31622222222,Li,1979-06-01',
  ...Array.from(
    { length: 10 },
    (_, i) =>
      `p${String(i + 1).padStart(2, '0')}@example.com,+316300000${String(i).padStart(2, '0')},P${i + 1},1990-01-01`,
  ),
].join('\n');

/** Twelve page views of Ada's browser (ECID), the first also carrying her email: two pages of events. */
export function webEvents(count = 12): string {
  return Array.from({ length: count }, (_, i) => {
    const n = i + 1;
    const identityMap =
      n === 1
        ? { ECID: [{ id: ECID, primary: true }], Email: [{ id: 'ada@example.com' }] }
        : { ECID: [{ id: ECID, primary: true }] };
    return JSON.stringify({
      _id: `e${String(n).padStart(2, '0')}`,
      timestamp: `2026-01-${String(n).padStart(2, '0')}T10:00:00Z`,
      eventType: n % 2 ? 'web.webpagedetails.pageViews' : 'web.webinteraction.linkClicks',
      identityMap,
    });
  }).join('\n');
}

/** CRM (Profile on), loyalty (Profile on, empty) and web events (Profile on), with a CRM batch and an events batch. */
export function world(client: EngineClient) {
  return profileWorld(client, { crm: CRM_CSV, events: webEvents() });
}

/** The app on the overview, a world built through its engine, then the verify wizard (optionally at `?batch=`). */
export async function openVerify<W>(
  build: (client: EngineClient) => Promise<W>,
  query = (_world: W) => '',
): Promise<{ app: RenderedApp; w: W }> {
  const app = await renderApp({ path: '/' });
  const w = await act(() => build(app.client));
  app.navigate(`${VERIFY_PATH}${query(w)}`);
  await screen.findByRole('heading', { level: 1, name: 'Verify an upload' });
  return { app, w };
}

/** The radio of a batch in the batch list. */
export function batchRadio(batchId: string) {
  return screen.findByRole('radio', { name: new RegExp(`^Batch ${batchId} in`) });
}

/** Runs a lookup through the form of step 2. */
export async function lookUp(
  app: RenderedApp,
  value: string,
  options: { namespace?: string; policy?: string } = {},
) {
  if (!screen.queryByRole('heading', { level: 2, name: 'Look a profile up' }))
    await app.user.click(screen.getByRole('button', { name: /^Look up a profile/ }));
  await screen.findByRole('heading', { level: 2, name: 'Look a profile up' });
  if (options.namespace) await chooseOption(app, 'Identity namespace', options.namespace);
  if (options.policy) await chooseOption(app, 'Merge policy', options.policy);
  const input = screen.getByRole('textbox', { name: /Identity value/ });
  await app.user.clear(input);
  await app.user.type(input, value);
  await app.user.click(screen.getByRole('button', { name: /^Look up$/ }));
}

export async function chooseOption(app: RenderedApp, label: string, option: string | RegExp) {
  await app.user.click(screen.getByRole('combobox', { name: new RegExp(`^${label}`) }));
  await app.user.click(await screen.findByRole('option', { name: option }));
}

/** The checklist item of a cause, by its title. */
export function checkItem(cause: string) {
  const list = screen.getByRole('list', { name: /Documented causes/ });
  return within(list).getByRole('listitem', { name: new RegExp(cause) });
}
