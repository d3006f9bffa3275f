// English messages of the dataset wizard (wizard 2); spread into the app catalogue `i18n/en.ts`.
import type { Message } from '../../i18n/types';

export const datasetWizardEn = {
  'wizards.dataset.steps': 'Steps of the dataset wizard',
  'wizards.dataset.step.choose': 'Schema or dataset',
  'wizards.dataset.step.configure': 'Name and switches',
  'wizards.dataset.step.review': 'Review',

  'wizards.dataset.choose.heading': 'Start from a schema or a dataset',
  'wizards.dataset.choose.intro':
    'A dataset stores data of one schema. Profile and Identity only consume it when the dataset is switched on for them, and only data ingested while it is on.',
  'wizards.dataset.mode.label': 'What do you want to do?',
  'wizards.dataset.mode.new': 'Create a dataset',
  'wizards.dataset.mode.existing': 'Change a dataset’s switches',
  'wizards.dataset.choose.schema': 'Schema',
  'wizards.dataset.choose.schemaHint': 'A dataset can be enabled for Profile only when its schema is.',
  'wizards.dataset.choose.schemaFacts': '{class} · primary identity: {identity}',
  'wizards.dataset.choose.noPrimary': 'none',
  'wizards.dataset.choose.notEnabled': 'Not enabled for Profile: a dataset on it stays out of Profile.',
  'wizards.dataset.choose.enableIt': 'Enable “{title}” in the schema wizard',
  'wizards.dataset.choose.cannotEnable': 'Its class cannot feed Profile.',
  'wizards.dataset.choose.noSchemas': 'This sandbox has no schemas yet.',
  'wizards.dataset.choose.noSchemasHint':
    'Compose one and enable it for Profile first; then come back to put a dataset on it.',
  'wizards.dataset.choose.toSchemaWizard': 'Open the schema wizard',
  'wizards.dataset.choose.dataset': 'Dataset',
  'wizards.dataset.choose.datasetHint': 'Its switches are read from its Catalog tags.',
  'wizards.dataset.choose.datasetFacts': 'Schema: {schema} · {rows} rows',
  'wizards.dataset.choose.noDatasets': 'This sandbox has no datasets yet. Create one first.',
  'wizards.dataset.choose.schemaRequired': 'Choose the schema the dataset is for.',
  'wizards.dataset.choose.linkedDatasetMissing':
    'No dataset {id} in this sandbox: the link may be from another sandbox, or the dataset was deleted. Choose one of the datasets below.',
  'wizards.dataset.choose.linkedSchemaMissing':
    'No schema {id} in this sandbox: the link may be from another sandbox. Choose one of the schemas below.',
  'wizards.dataset.choose.datasetRequired': 'Choose the dataset whose switches you want to change.',
  'wizards.dataset.badge.profileSchema': 'Enabled for Profile',
  'wizards.dataset.badge.notProfileSchema': 'Not enabled for Profile',
  'wizards.dataset.badge.profileOn': 'Profile on',
  'wizards.dataset.badge.profileOff': 'Profile off',
  'wizards.dataset.badge.identityOn': 'Identity on',
  'wizards.dataset.badge.identityOff': 'Identity off',
  'wizards.dataset.badge.upsert': 'Upsert',

  'wizards.dataset.configure.headingNew': 'Name the dataset and set its switches',
  'wizards.dataset.configure.introNew': 'The dataset will hold data of “{schema}”.',
  'wizards.dataset.configure.headingExisting': 'Change the dataset’s switches',
  'wizards.dataset.configure.introExisting':
    'The badges show each switch as it is now; the review step runs the Catalog calls that make the change.',
  'wizards.dataset.configure.nothingChanged':
    'Nothing changes: switch at least one setting to something else.',
  'wizards.dataset.configure.sequenceTitle': 'This change takes two calls',
  'wizards.dataset.configure.sequence':
    'The dataset is already enabled for Profile. To change upsert, the platform first disables Profile and Identity, then enables them again with the new setting. The review step runs the two calls one after the other.',
  'wizards.dataset.name.label': 'Dataset name',
  'wizards.dataset.name.hint': 'Unique in the sandbox.',
  'wizards.dataset.name.placeholder': 'Loyalty members (CRM export)',
  'wizards.dataset.name.required': 'Give the dataset a name.',
  'wizards.dataset.name.taken': 'A dataset named “{name}” already exists in this sandbox.',
  'wizards.dataset.description.label': 'Description',
  'wizards.dataset.description.hint': 'Optional: where the data comes from.',
  'wizards.dataset.switch.heading': 'Switches',
  'wizards.dataset.switch.profile': 'Real-Time Customer Profile',
  'wizards.dataset.switch.profileHint':
    'Tag unifiedProfile: rows ingested from now on are merged into profiles.',
  'wizards.dataset.switch.profileSchemaOff':
    'The schema “{title}” is not enabled for Profile, so this dataset cannot be.',
  'wizards.dataset.switch.enableSchema': 'Enable the schema first',
  'wizards.dataset.switch.identity': 'Identity Service',
  'wizards.dataset.switch.identityHint':
    'Tag unifiedIdentity: identities in the rows are linked in the identity graph.',
  'wizards.dataset.switch.upsert': 'Upsert (attribute updates)',
  'wizards.dataset.switch.upsertHint':
    'isUpsert in unifiedProfile: a row updates only the attributes it carries instead of replacing the profile fragment.',
  'wizards.dataset.switch.upsertEvents':
    'Upsert applies to record data only; ExperienceEvents are always appended.',
  'wizards.dataset.switch.upsertNeedsProfileSchema':
    'Upsert is part of the Profile switch, which this schema does not allow.',
  'wizards.dataset.switch.upsertNeedsProfile':
    'Upsert is part of the Profile switch: switch Profile on first.',
  'wizards.dataset.switch.nowOn': 'Now on',
  'wizards.dataset.switch.nowOff': 'Now off',
  'wizards.dataset.rules.heading': 'How upsert works on the platform',
  'wizards.dataset.rules.records':
    'Record data only (XDM Individual Profile); ExperienceEvents are never updated, only appended.',
  'wizards.dataset.rules.parquet':
    'A batch upsert is a Parquet file with the fields to change plus the identity fields that find the stored profile.',
  'wizards.dataset.rules.sequence':
    'On a dataset that is already enabled for Profile, upsert cannot simply be switched: Profile and Identity are disabled in one call and enabled again with isUpsert in a second.',
  'wizards.dataset.rules.gap': 'Anything ingested between those two calls never reaches Profile.',
  'wizards.dataset.rules.later':
    'Only data ingested while Profile is on reaches Profile; data loaded earlier has to be loaded again.',

  'wizards.dataset.review.headingNew': 'Review and create',
  'wizards.dataset.review.introNew': 'This is the Catalog request the platform would receive.',
  'wizards.dataset.review.headingExisting': 'Run the Catalog calls',
  'wizards.dataset.review.introExisting': 'Each call is a PATCH of the dataset’s tags. Run them in order.',
  'wizards.dataset.review.name': 'Name',
  'wizards.dataset.review.schema': 'Schema',
  'wizards.dataset.review.switches': 'Switches',
  'wizards.dataset.review.request': 'Catalog request',
  'wizards.dataset.review.profileOff':
    'Profile is off: rows ingested into this dataset never reach Profile, even if Profile is switched on later.',
  'wizards.dataset.review.create': 'Create dataset',
  'wizards.dataset.review.refused': 'The platform refused the request',
  'wizards.dataset.sequence.title': 'Two calls, one after the other',
  'wizards.dataset.sequence.intro':
    'Between the first and the second call the dataset is out of Profile and Identity: anything ingested in that moment is not sent to Profile. Run the second call right after the first.',
  'wizards.dataset.sequence.label': 'Catalog calls',
  'wizards.dataset.sequence.done': 'Done',
  'wizards.dataset.sequence.disable.title': 'Disable Profile and Identity',
  'wizards.dataset.sequence.disable.body':
    'Switches “{name}” off for Profile and Identity, as the platform requires before upsert can change.',
  'wizards.dataset.sequence.disable.run': 'Run call 1: disable',
  'wizards.dataset.sequence.reenable.title': 'Enable again with the new upsert setting',
  'wizards.dataset.sequence.reenable.body':
    'Switches “{name}” back on for Profile and Identity, now with the upsert setting you chose.',
  'wizards.dataset.sequence.reenable.run': 'Run call 2: enable again',
  'wizards.dataset.sequence.apply.title': 'Update the tags',
  'wizards.dataset.sequence.apply.body': 'Sets the switches of “{name}” in one call.',
  'wizards.dataset.sequence.apply.run': 'Apply',

  'wizards.dataset.done.created': 'Dataset “{name}” is created',
  'wizards.dataset.done.updated': 'Dataset “{name}” is updated',
  'wizards.dataset.done.intro': 'This is the dataset as the Catalog shows it. Next, load files into it.',
  'wizards.dataset.done.catalog': 'Catalog view',
  'wizards.dataset.done.id': 'Dataset id',
  'wizards.dataset.done.version': 'Version',
  'wizards.dataset.done.tags': 'Tags',
  'wizards.dataset.done.notes': 'Notes',
  'wizards.dataset.done.import': 'Import files into this dataset',
  'wizards.dataset.done.another': 'Configure another dataset',
} as const satisfies Record<string, Message>;
