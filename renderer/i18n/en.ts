// The English message catalogue: the source of every UI string and of the MessageKey type.
import type { Message } from './types';
import { schemaWizardEn } from '../wizards/schema/messages-en';
import { datasetWizardEn } from '../wizards/dataset/messages-en';
import { importWizardEn } from '../wizards/import/messages-en';
import { verifyWizardEn } from '../wizards/verify/messages-en';
import { schemasViewEn } from '../views/schemas/messages-en';
import { datasetsViewEn } from '../views/datasets/messages-en';
import { batchesViewEn } from '../views/batches/messages-en';
import { profilesViewEn } from '../views/profiles/messages-en';
import { mergePoliciesViewEn } from '../views/merge-policies/messages-en';
import { streamingViewEn } from '../views/streaming/messages-en';
import { settingsApiEn } from '../views/settings/messages-en';

export const en = {
  'app.name': 'Profile Stager',
  'app.tagline': 'Real-Time Customer Profile rehearsal',
  'app.skipToContent': 'Skip to content',

  'header.toggleNavigation': 'Toggle navigation',

  'nav.label': 'Main navigation',
  'nav.section.wizards': 'Wizards',
  'nav.section.data': 'Sandbox data',
  'nav.overview': 'Overview',

  'route.enableSchema.title': 'Enable a schema for Profile',
  'route.enableSchema.summary':
    'Compose an XDM schema from a class, field groups and custom fields, mark its identity fields and enable it for Profile under the platform’s rules.',
  'route.configureDataset.title': 'Configure a dataset',
  'route.configureDataset.summary':
    'Create a dataset on a Profile-enabled schema and switch it on for Profile and Identity, with upserts where you need them.',
  'route.importFiles.title': 'Import files',
  'route.importFiles.summary':
    'Load CSV, JSON Lines, JSON and Parquet files as batches, with validation, partial ingestion and row-level diagnostics.',
  'route.verifyUpload.title': 'Verify an upload',
  'route.verifyUpload.summary':
    'Look up the profiles a batch produced the way the Profile Access API does, and learn exactly why when nothing comes back.',
  'route.schemas.title': 'Schemas',
  'route.schemas.summary':
    'Browse the sandbox’s XDM schemas with their field groups, identity fields and Profile status.',
  'route.datasets.title': 'Datasets',
  'route.datasets.summary':
    'List datasets with their schemas, Profile and Identity switches and the batches loaded into them.',
  'route.batches.title': 'Batches',
  'route.batches.summary':
    'Follow every batch through its lifecycle with file and row errors, and revert a batch when needed.',
  'route.profiles.title': 'Profiles',
  'route.profiles.summary':
    'Find merged profiles by identity and see the fragments, identity graph and provenance behind every value.',
  'route.mergePolicies.title': 'Merge policies',
  'route.mergePolicies.summary':
    'Define how fragments merge into profiles, by timestamp or dataset precedence, and preview the effect without re-ingesting.',
  'route.streaming.title': 'Streaming',
  'route.streaming.summary':
    'Create AEP-shaped streaming inlets on a local HTTP endpoint and watch each message being validated.',
  'route.settings.title': 'Settings',
  'route.settings.summary': 'Appearance and language of the app.',

  'placeholder.badge': 'Coming in a later release',
  'placeholder.body': 'This page is not built yet. When it is, it will do the following:',
  'placeholder.back': 'Back to the overview',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at “{path}”.',

  'sandbox.switcher.label': 'Sandbox',
  'sandbox.switcher.loading': 'Loading…',
  'sandbox.menu.sandboxes': 'Switch sandbox',
  'sandbox.menu.current': 'Current sandbox',
  'sandbox.action.create': 'New sandbox…',
  'sandbox.action.rename': 'Rename…',
  'sandbox.action.reset': 'Reset…',
  'sandbox.action.delete': 'Delete…',
  'sandbox.action.switch': 'Switch',
  'sandbox.action.switchTo': 'Switch to {title}',
  'sandbox.deleteDefaultHint': 'The default sandbox cannot be deleted; reset it instead.',
  'sandbox.type.production': 'Production',
  'sandbox.type.development': 'Development',
  'sandbox.badge.default': 'Default',
  'sandbox.badge.current': 'Current',

  'sandbox.field.name': 'Name',
  'sandbox.field.nameHint':
    'Lowercase letters, digits and hyphens, starting with a letter. It cannot be changed later.',
  'sandbox.field.namePlaceholder': 'dev-staging',
  'sandbox.field.title': 'Title',
  'sandbox.field.titleHint': 'Shown in the switcher. Leave empty to derive it from the name.',
  'sandbox.field.titlePlaceholder': 'Development staging',
  'sandbox.field.type': 'Type',
  'sandbox.field.tenant': 'Tenant id',
  'sandbox.field.created': 'Created',
  'sandbox.field.updated': 'Last changed',
  'sandbox.field.rows': 'Stored rows',

  'sandbox.create.title': 'New sandbox',
  'sandbox.create.intro':
    'A sandbox is an isolated workspace with its own schemas, datasets, batches and profiles.',
  'sandbox.create.submit': 'Create sandbox',
  'sandbox.rename.title': 'Rename sandbox',
  'sandbox.rename.intro': 'Only the title changes; the name “{name}” stays, as on the platform.',
  'sandbox.rename.submit': 'Save title',
  'sandbox.reset.title': 'Reset sandbox “{title}”?',
  'sandbox.reset.lost':
    'Resetting empties the sandbox: its schemas, datasets, batches, identities and profiles are deleted.',
  'sandbox.reset.rows': {
    one: 'It holds {count} stored row, which will be lost.',
    other: 'It holds {count} stored rows, which will all be lost.',
  },
  'sandbox.reset.rowsNone': 'It holds no stored rows yet.',
  'sandbox.reset.kept':
    'The sandbox itself stays, with its name “{name}”, title and tenant id. This cannot be undone.',
  'sandbox.reset.submit': 'Reset sandbox',
  'sandbox.delete.title': 'Delete sandbox “{title}”?',
  'sandbox.delete.lost':
    'The sandbox “{name}” and everything in it are deleted: schemas, datasets, batches, identities and profiles.',
  'sandbox.delete.rows': {
    one: 'Its {count} stored row will be lost.',
    other: 'All {count} of its stored rows will be lost.',
  },
  'sandbox.delete.rowsNone': 'It holds no stored rows yet.',
  'sandbox.delete.kept':
    'This cannot be undone. The app switches to the default sandbox if this one is open.',
  'sandbox.delete.submit': 'Delete sandbox',
  'common.cancel': 'Cancel',
  'common.close': 'Close',

  'overview.title': 'Overview',
  'overview.intro': 'Everything you load or configure lives in the current sandbox, as on the platform.',
  'overview.current': 'Current sandbox',
  'overview.sandboxes': 'All sandboxes',
  'overview.start': 'Get started',
  'overview.startIntro':
    'The wizards walk the path data takes into Real-Time Customer Profile, one step at a time.',
  'overview.open': 'Open',
  'overview.empty': 'No sandbox data yet. The default sandbox appears once the engine is ready.',

  'status.label': 'Engine status',
  'status.host': 'Host',
  'status.host.web': 'Web (browser worker)',
  'status.host.desktop': 'Desktop',
  'status.host.node': 'Node',
  'status.health.connecting': 'Connecting…',
  'status.health.ready': 'Ready',
  'status.health.restarting': 'Restarting…',
  'status.health.down': 'Down',
  'status.engine': 'Engine',
  'status.dbVersion': 'Database schema v{version}',

  'errors.region': 'Engine errors',
  'errors.dismiss': 'Dismiss error',
  'errors.next': 'What to do next:',
  'errors.title.invalid-argument': 'The engine refused the input',
  'errors.title.not-found': 'Not found',
  'errors.title.already-exists': 'Already exists',
  'errors.title.failed-precondition': 'Not possible right now',
  'errors.title.snapshot-invalid': 'The snapshot cannot be used',
  'errors.title.limit-exceeded': 'A platform limit was reached',
  'errors.title.unknown-method': 'Unknown engine request',
  'errors.title.host-unavailable': 'The engine is not available',
  'errors.title.cancelled': 'Cancelled',
  'errors.title.internal': 'Unexpected engine error',
  'errors.next.invalid-argument': 'Correct the value the message names and try again.',
  'errors.next.not-found': 'It may have been removed in another window. Pick it again from the current list.',
  'errors.next.already-exists': 'Choose a different name, or use the existing one.',
  'errors.next.failed-precondition': 'Change what the message names first, then try again.',
  'errors.next.snapshot-invalid':
    'Check that the file is a complete Profile Stager snapshot. Nothing was changed.',
  'errors.next.limit-exceeded':
    'Narrow the request as the message says (the platform refuses it the same way).',
  'errors.next.unknown-method': 'The app and its engine are out of step. Restart the app.',
  'errors.next.host-unavailable':
    'Reload the window. If the status bar still says the engine is down, restart the app; data saved before stays saved.',
  'errors.next.cancelled': 'Run the action again when you are ready.',
  'errors.next.internal': 'Try again. If it happens again, report it with the message above.',

  'settings.title': 'Settings',
  'settings.intro': 'Preferences are remembered on this computer.',
  'settings.appearance': 'Appearance',
  'settings.theme': 'Theme',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.theme.auto': 'Follow system',
  'settings.theme.hint': 'Follow system switches with your operating system’s light or dark mode.',
  'settings.language': 'Language',
  'settings.language.hint': 'Messages coming from the engine stay in English.',
  'settings.about': 'About',
  'settings.about.version': 'Engine version',
  'settings.about.host': 'Engine host',
  'settings.about.started': 'Engine started',
  'settings.snapshots': 'Snapshots',
  'settings.snapshots.intro':
    'A snapshot file holds sandboxes with all their data: move them between computers, share a test setup, or keep a copy.',
  'settings.snapshots.export': 'Export all sandboxes',
  'settings.snapshots.exportCurrent': 'Export the current sandbox',
  'settings.snapshots.import': 'Import a snapshot file',
  'settings.snapshots.replace': 'Replace sandboxes with the same name',
  'settings.snapshots.imported': 'Imported {names} ({rows} rows).',
  ...schemaWizardEn,
  ...datasetWizardEn,
  ...importWizardEn,
  ...verifyWizardEn,
  ...schemasViewEn,
  ...datasetsViewEn,
  ...batchesViewEn,
  ...profilesViewEn,
  ...mergePoliciesViewEn,
  ...streamingViewEn,
  ...settingsApiEn,
} as const satisfies Record<string, Message>;

export type EnglishCatalogue = typeof en;
export type MessageKey = keyof EnglishCatalogue;
