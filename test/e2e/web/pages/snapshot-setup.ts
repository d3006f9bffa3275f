// The setup E2E specs (and the UI benchmark) start from: a sandbox made with the real CLI, saved as a snapshot
// file, and imported in Settings the way a user brings a prepared setup into the app. One place for all of it:
//
//   const snapshot = makeSnapshot('views', (cli, dir) => {
//     cli('schema', 'create', '--title', 'CRM', '--class', 'XDM Individual Profile', …, '--enable');
//     const dataset = JSON.parse(cli('dataset', 'create', '--schema', 'CRM', …, '--json')) as { id: string };
//     return { datasetId: dataset.id };            // whatever the spec needs later, spread into the snapshot
//   });
//   await importSnapshot(page, snapshot.file);     // Settings → Import a snapshot file (replaces `prod`);
//                                                  // { isolate: false } keeps the dev server's hot reload
//   removeSnapshot(snapshot);                      // in afterAll
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { AppShell } from './app-shell';

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, '..', '..', '..', '..');

/** Runs `profile-stager <args> --snapshot <file> --save` and returns its standard output. */
export type SnapshotCli = (...args: string[]) => string;

export interface Snapshot {
  /** A temporary folder for the snapshot and any files the spec writes beside it. */
  dir: string;
  /** The snapshot file (sandbox `prod`). */
  file: string;
}

function runNode(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Builds the CLI (`out/cli`) if it is not there yet. */
export function ensureCli(): void {
  if (existsSync(join(ROOT, 'out', 'cli', 'profile-stager.js'))) return;
  runNode([
    join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
    'build',
    '--config',
    'vite.cli.config.ts',
    '--logLevel',
    'warn',
  ]);
}

/**
 * Makes a snapshot with the CLI: `build` runs CLI commands against it (each saved) and may return values the
 * spec needs later (ids), which are spread into the result.
 */
export function makeSnapshot<T extends object = object>(
  name: string,
  build: (cli: SnapshotCli, dir: string) => T,
): Snapshot & T {
  ensureCli();
  const dir = mkdtempSync(join(tmpdir(), `profile-stager-${name}-`));
  const file = join(dir, `${name}.snap`);
  const cli: SnapshotCli = (...args) =>
    runNode([join(ROOT, 'bin', 'profile-stager.js'), ...args, '--snapshot', file, '--save']);
  return { ...build(cli, dir), dir, file };
}

/** Four people of a CRM export, by email (primary) and phone, with schema paths as headers. */
export const CRM_PEOPLE_CSV = [
  'personalEmail.address,mobilePhone.number,person.name.firstName,person.name.lastName,person.birthDate',
  'ada.lovelace@example.com,+447700900001,Ada,Lovelace,1985-12-10',
  'grace.hopper@example.com,+12025550101,Grace,Hopper,1976-12-09',
  'alan.turing@example.com,+447700900002,Alan,Turing,1982-06-23',
  'katherine.johnson@example.com,+12025550102,Katherine,Johnson,1988-08-26',
].join('\n');

/** Ada's browser (one ECID) in the web events; an event marked `withEmail` also carries her email. */
export const ADA_ECID = '83746592018374659201837465920183746592';

/** Web events as JSON Lines: `[id, timestamp, eventType, withEmail]` for Ada's ECID. */
export function adaWebEvents(events: readonly (readonly [string, string, string, boolean])[]): string {
  return events
    .map(([id, timestamp, eventType, withEmail]) =>
      JSON.stringify({
        _id: id,
        timestamp,
        eventType,
        identityMap: {
          ECID: [{ id: ADA_ECID, primary: true }],
          ...(withEmail ? { Email: [{ id: 'ada.lovelace@example.com' }] } : {}),
        },
      }),
    )
    .join('\n');
}

/** The CLI commands the setups repeat, named the way the specs speak of them. */
export function sandboxCommands(cli: SnapshotCli) {
  return {
    /** An XDM Individual Profile schema with field groups and `path=Namespace[:primary]` identities. */
    profileSchema(title: string, groups: string[], identities: string[], { enable = true } = {}): void {
      cli(
        'schema',
        'create',
        '--title',
        title,
        '--class',
        'XDM Individual Profile',
        ...groups.flatMap((group) => ['--field-group', group]),
        ...identities.flatMap((identity) => ['--identity', identity]),
        ...(enable ? ['--enable'] : []),
      );
    },
    /** "CRM customers": contact and demographic details, Email as primary, a custom `points` (long); enabled. */
    crmCustomersSchema(): void {
      this.profileSchema(
        'CRM customers',
        ['Personal Contact Details', 'Demographic Details'],
        ['personalEmail.address=Email:primary'],
        { enable: false },
      );
      cli('schema', 'add-field', 'CRM customers', 'points', '--type', 'long');
      cli('schema', 'enable', 'CRM customers');
    },
    /** An enabled ExperienceEvent schema with Web Details and IdentityMap. */
    webEventsSchema(title = 'Web events'): void {
      cli(
        'schema',
        'create',
        '--title',
        title,
        '--class',
        'XDM ExperienceEvent',
        '--field-group',
        'Web Details',
        '--field-group',
        'IdentityMap',
        '--enable',
      );
    },
    /** A dataset with Profile and Identity on; its id. */
    dataset(schema: string, name: string): string {
      const output = cli(
        'dataset',
        'create',
        '--schema',
        schema,
        '--name',
        name,
        '--profile',
        '--identity',
        '--json',
      );
      return (JSON.parse(output) as { id: string }).id;
    },
    /** Ingests files into a dataset (extra options such as `--partial 10` before them); the batch id. */
    ingest(dataset: string, ...optionsAndFiles: string[]): string {
      const output = cli('ingest', '--dataset', dataset, '--json', ...optionsAndFiles);
      return (JSON.parse(output) as { id: string }).id;
    },
  };
}

export function removeSnapshot(snapshot: Snapshot | undefined): void {
  if (snapshot) rmSync(snapshot.dir, { recursive: true, force: true });
}

const isolated = new WeakSet<Page>();

/**
 * Keeps the page on the code it loaded: the dev server's hot-reload socket is answered by a silent stand-in,
 * so files other engineers edit while the tests run neither hot-swap components nor reload the page mid-test.
 */
export async function isolateFromHotReload(page: Page): Promise<void> {
  if (isolated.has(page)) return;
  isolated.add(page);
  await page.routeWebSocket(
    (url) => url.searchParams.has('token'),
    () => undefined,
  );
}

/**
 * Settings → Snapshots: imports the file over the sandboxes of the same name and waits until it is in. The page
 * is kept from hot reloads first unless `isolate` is false (needed when a later step loads a dependency the dev
 * server has not bundled yet: without its reload socket the page cannot pick up the re-bundled module).
 */
export async function importSnapshot(page: Page, file: string, { isolate = true } = {}): Promise<void> {
  const shell = new AppShell(page);
  if (isolate) await isolateFromHotReload(page);
  await page.goto('/#/settings');
  // The first load compiles the engine worker; on a loaded machine that takes a while.
  await expect(shell.health).toHaveText('Ready', { timeout: 90_000 });
  await expect(shell.switcher.button).toBeEnabled();
  await page.getByRole('checkbox', { name: 'Replace sandboxes with the same name' }).check();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a snapshot file' }).click();
  await (await chooser).setFiles(file);
  await expect(page.getByRole('status').filter({ hasText: /^Imported prod/ })).toBeVisible({
    timeout: 60_000,
  });
}
