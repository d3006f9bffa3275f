// Builders for the data views' component tests: a CRM schema with a Profile dataset and a plain one, and batches
// (success with failed rows, failed, clean) ingested through the real engine.
import { act, screen } from '@testing-library/react';
import { configure } from '@testing-library/react';
import { vi } from 'vitest';
import { ingest } from '../../engine/ingest/builders';
import { crmCsv, crmDatasets, sandbox } from '../wizards/import-helpers';
import { renderApp, type RenderedApp } from '../render-app';

export { sandbox };

// Each test ingests a few files over a real engine on a shared machine: allow for it.
configure({ asyncUtilTimeout: 15_000 });
vi.setConfig({ testTimeout: 120_000 });

export type DataWorld = Awaited<ReturnType<typeof buildWorld>>;

/** CRM people (Profile on) with a partial batch (97 ingested, 3 failed) and a failed one; CRM archive with a clean batch. */
export async function buildWorld(app: RenderedApp) {
  const { schema, crm, archive } = await crmDatasets(app);
  const partial = await act(() =>
    ingest(app.client, crm.id, 'crm-people.csv', crmCsv(97, 3), {
      enableErrorDiagnostics: true,
      partialIngestionPercent: 5,
    }),
  );
  const failed = await act(() =>
    ingest(app.client, crm.id, 'broken.csv', crmCsv(1, 2), { enableErrorDiagnostics: true }),
  );
  const clean = await act(() => ingest(app.client, archive.id, 'archive.csv', crmCsv(5, 0)));
  return { schema, crm, archive, partial, failed, clean };
}

/** The app over a fresh engine, the world built through it, then `path`. */
export async function openWith(path: string, build = true): Promise<{ app: RenderedApp; world?: DataWorld }> {
  localStorage.clear();
  const app = await renderApp({ path: '/' });
  const world = build ? await buildWorld(app) : undefined;
  app.navigate(path);
  await screen.findByRole('heading', { level: 1 });
  return { app, ...(world ? { world } : {}) };
}
