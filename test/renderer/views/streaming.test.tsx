// Streaming view: inlets with their local URL, creating one, the curl example of a valid message, a test message
// with synchronous validation (pass, and fail with its causes), and the live log of recent messages.
import { act, screen, waitFor, within } from '@testing-library/react';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LocalApiController, LocalApiSettingsStore } from '../../../electron/main/local-api';
import type { EngineClient } from '../../../shared/contract';
import type { DesktopApi } from '../../../shared/contract/desktop-api';
import { silentLogger } from '../../../shared/util/logger';
import { renderApp, type RenderedApp } from '../render-app';
import { chooseOption, sandbox, world } from '../wizards/verify-world';

async function openStreaming<W>(
  build: (client: EngineClient) => Promise<W>,
  { host = 'web', before }: { host?: 'web' | 'desktop'; before?: (app: RenderedApp) => Promise<void> } = {},
) {
  const app = await renderApp({ path: '/', host });
  const w = await act(() => build(app.client));
  await before?.(app);
  app.navigate('/streaming');
  await screen.findByRole('heading', { level: 1, name: 'Streaming' });
  return { app, w };
}

async function createInlet(app: Awaited<ReturnType<typeof renderApp>>, name: string) {
  const form = screen.getByRole('region', { name: 'Create an inlet' });
  await app.user.type(within(form).getByRole('textbox', { name: 'Name' }), name);
  await app.user.click(within(form).getByRole('button', { name: 'Create inlet' }));
  return screen.findByRole('heading', { level: 2, name });
}

const record = () => screen.getByRole('textbox', { name: /^Record \(xdmEntity\)/ });

async function replaceRecord(app: Awaited<ReturnType<typeof renderApp>>, json: string) {
  await app.user.clear(record());
  await app.user.click(record());
  await app.user.paste(json);
}

describe('streaming view', () => {
  it('says where the HTTP API runs in the web host, with the serve command', async () => {
    await openStreaming(async () => undefined);
    expect(
      await screen.findByText(/the HTTP API runs in the desktop app and in “profile-stager serve”/),
    ).toBeInTheDocument();
    expect(screen.getByText('profile-stager serve --port 8181 --snapshot stager.psnap')).toBeInTheDocument();
    expect(await screen.findByText(/No inlets yet/)).toBeInTheDocument();
  });

  it('creates an inlet (a name is required) and shows its local URL', async () => {
    const { app } = await openStreaming(world);
    const form = screen.getByRole('region', { name: 'Create an inlet' });
    await app.user.click(within(form).getByRole('button', { name: 'Create inlet' }));
    expect(await within(form).findByText('Give the inlet a name.')).toBeInTheDocument();
    await createInlet(app, 'Web sign-ups');
    const [inlet] = await app.call('streaming-inlet-list', { sandbox });
    expect(inlet?.name).toBe('Web sign-ups');
    expect(screen.getByLabelText('Local URL')).toHaveTextContent(
      `http://127.0.0.1:8181/collection/${inlet?.inletId}`,
    );
    expect(screen.getByRole('radio', { name: 'Show inlet Web sign-ups' })).toBeChecked();
  });

  it('gives a curl example of a valid message for the chosen dataset, which passes when sent', async () => {
    const { app, w } = await openStreaming(world);
    await createInlet(app, 'CRM stream');
    await waitFor(() => expect((record() as HTMLTextAreaElement).value).toContain('"personalEmail"'));
    const curl = screen.getByLabelText('The curl command');
    const [inlet] = await app.call('streaming-inlet-list', { sandbox });
    expect(curl).toHaveTextContent(
      `curl -s -X POST 'http://127.0.0.1:8181/collection/${inlet?.inletId}?syncValidation=true'`,
    );
    expect(curl).toHaveTextContent(`"datasetId": "${w.crm.id}"`);
    expect(curl).toHaveTextContent('"xdmEntity": {');
    expect(screen.getByRole('button', { name: 'Copy curl command' })).toBeInTheDocument();

    await app.user.click(screen.getByRole('button', { name: 'Send test message' }));
    expect(await screen.findByText('Passed: the message was accepted')).toBeInTheDocument();
    const log = await screen.findByRole('table', { name: 'Recent messages, newest first' });
    await waitFor(() => expect(within(log).getAllByRole('row')).toHaveLength(2));
    expect(within(log).getAllByRole('row')[1]).toHaveAttribute('data-status', 'pass');
    expect(screen.getByText(/1 message: 1 passed, 0 failed/)).toBeInTheDocument();
    // The example record is in Profile now.
    const detail = await app.call('profile-detail', {
      sandbox,
      entityId: 'jane.doe@example.com',
      entityIdNS: 'Email',
    });
    expect(detail?.fragments.map((f) => f.datasetId)).toEqual([w.crm.id]);
  });

  it('a message that breaks the schema fails with its causes and is logged as failed', async () => {
    const { app } = await openStreaming(world);
    await createInlet(app, 'CRM stream');
    await waitFor(() => expect((record() as HTMLTextAreaElement).value).toContain('"personalEmail"'));
    await replaceRecord(app, '{"personalEmail": {"address": 42}}');
    expect((record() as HTMLTextAreaElement).value).toBe('{"personalEmail": {"address": 42}}');
    await app.user.click(screen.getByRole('button', { name: 'Send test message' }));
    await waitFor(() =>
      expect(screen.getByRole('region', { name: 'Send a test message' })).toHaveTextContent('Failed'),
    );
    expect(await screen.findByText('Failed: refused with status 400')).toBeInTheDocument();
    const causes = screen.getByRole('list', { name: 'Validation causes' });
    expect(within(causes).getAllByRole('listitem')[0]).toHaveTextContent('#/personalEmail/address');
    const log = await screen.findByRole('table', { name: 'Recent messages, newest first' });
    await waitFor(() => expect(within(log).getAllByRole('row')[1]).toHaveAttribute('data-status', 'fail'));
    expect(within(log).getAllByRole('row')[1]).toHaveTextContent('400');

    await replaceRecord(app, '{"personalEmail": ');
    await app.user.click(screen.getByRole('button', { name: 'Send test message' }));
    expect(await screen.findByText(/This is not valid JSON/)).toBeInTheDocument();
  });

  it('the log shows messages from other senders as they arrive, newest first', async () => {
    const { app, w } = await openStreaming(world);
    await createInlet(app, 'Events');
    await chooseOption(app, 'Dataset', /^web/);
    const [inlet] = await app.call('streaming-inlet-list', { sandbox });
    expect(await screen.findByText(/No messages yet/)).toBeInTheDocument();
    const schemaRef = {
      id: w.web.schemaRef.id,
      contentType: 'application/vnd.adobe.xed-full+json;version=1',
    };
    const message = (id: string) => ({
      header: { schemaRef, datasetId: w.web.id },
      body: {
        xdmMeta: { schemaRef },
        xdmEntity: {
          _id: id,
          timestamp: '2026-01-10T10:00:00Z',
          identityMap: { ECID: [{ id: '98765432109876543210987654321098765432', primary: true }] },
        },
      },
    });
    await app.call('streaming-ingest', {
      inletId: inlet?.inletId as string,
      messages: [message('s1'), { header: {}, body: {} }],
    });
    const log = await screen.findByRole('table', { name: 'Recent messages, newest first' });
    await waitFor(() => expect(within(log).getAllByRole('row')).toHaveLength(3));
    const [, newest, older] = within(log).getAllByRole('row');
    expect(newest).toHaveAttribute('data-status', 'fail');
    expect(newest).toHaveTextContent('Message has unknown xdm format');
    expect(older).toHaveTextContent('Accepted; validated after receipt');
    expect(older).toHaveAttribute('data-status', 'pass');
    expect(older).toHaveTextContent('web');
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

describe('streaming view in the desktop host', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    delete (window as { profileStager?: unknown }).profileStager;
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  /** Main's local API controller over the app's engine, on a free port, as the preload hands it to the UI. */
  async function desktopApi(app: RenderedApp) {
    const home = await mkdtemp(join(tmpdir(), 'streaming-local-api-'));
    cleanups.push(() => rm(home, { recursive: true, force: true }));
    const port = await freePort();
    const store = new LocalApiSettingsStore(home, () => 'desktop-token-0123456789abcdefghij');
    await store.save({ enabled: true, port, token: 'desktop-token-0123456789abcdefghij' });
    const controller = new LocalApiController({ store, client: app.client, log: silentLogger });
    cleanups.push(() => controller.stop());
    const status = await controller.start();
    expect(status.url).toBe(`http://127.0.0.1:${port}`);
    const api: DesktopApi['api'] = {
      status: () => Promise.resolve(controller.status()),
      configure: (change) => controller.configure(change),
      regenerateToken: () => controller.regenerateToken(),
      onStatus: (listener) => controller.onStatus(listener),
    };
    (window as { profileStager?: unknown }).profileStager = { api };
    return { controller, port };
  }

  it('shows the URL of the running local API (its configured port), which accepts the curl example', async () => {
    let desktop: Awaited<ReturnType<typeof desktopApi>> | undefined;
    const { app } = await openStreaming(world, {
      host: 'desktop',
      before: async (built) => void (desktop = await desktopApi(built)),
    });
    const port = desktop?.port as number;
    expect(port).not.toBe(8181);
    const base = `http://127.0.0.1:${port}`;
    expect(
      await screen.findByText(`Messages posted to an inlet’s URL on ${base}`, { exact: false }),
    ).toBeInTheDocument();

    await createInlet(app, 'CRM stream');
    const [inlet] = await app.call('streaming-inlet-list', { sandbox });
    const url = `${base}/collection/${inlet?.inletId}`;
    expect(screen.getByLabelText('Local URL')).toHaveTextContent(url);
    await waitFor(() => expect((record() as HTMLTextAreaElement).value).toContain('"personalEmail"'));
    expect(screen.getByLabelText('The curl command')).toHaveTextContent(
      `curl -s -X POST '${url}?syncValidation=true'`,
    );

    // The URL is real: the example message posted there is accepted and shows up in the live log.
    const curl = screen.getByLabelText('The curl command').textContent ?? '';
    const body = curl.slice(curl.indexOf("-d '") + 4, curl.lastIndexOf("'"));
    const response = await fetch(`${url}?syncValidation=true`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response.status).toBe(200);
    const log = await screen.findByRole('table', { name: 'Recent messages, newest first' });
    await waitFor(() => expect(within(log).getAllByRole('row')).toHaveLength(2));
    expect(within(log).getAllByRole('row')[1]).toHaveAttribute('data-status', 'pass');

    // Turned off in Settings: the page says the URLs do not answer and where to turn it on.
    await act(() => desktop?.controller.configure({ enabled: false }));
    expect(await screen.findByText(/The local API is not running/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Settings → Local API' })).toHaveAttribute('href', '/settings');
    expect(screen.getByLabelText('Local URL')).toHaveTextContent(url);
  });
});
