// English messages of the schema wizard (wizard 1); spread into the app catalogue `i18n/en.ts`.
import type { Message } from '../../i18n/types';

export const schemaWizardEn = {
  'wizards.schema.kit.step': 'Step {number} of {count}: {label}',
  'wizards.schema.kit.stepDone': 'Step {number} of {count}: {label} (done)',
  'wizards.schema.kit.back': 'Back',
  'wizards.schema.kit.next': 'Next',
  'wizards.schema.kit.blockedTitle': 'Before you go on',

  'wizards.schema.steps': 'Steps of the schema wizard',
  'wizards.schema.step.class': 'Class',
  'wizards.schema.step.fieldGroups': 'Field groups',
  'wizards.schema.step.customFields': 'Custom fields',
  'wizards.schema.step.identities': 'Identities',
  'wizards.schema.step.review': 'Review',
  'wizards.schema.createAndContinue': 'Create schema and continue',
  'wizards.schema.enable': 'Enable for Profile…',
  'wizards.schema.enableBlocked': 'Enabling is possible once every requirement is met.',
  'wizards.schema.startOver': 'Start over',
  'wizards.schema.startOver.title': 'Start over?',
  'wizards.schema.startOver.body':
    'The draft schema “{title}” is deleted and the wizard starts again. The platform allows this because the schema was never enabled for Profile nor used by a dataset.',
  'wizards.schema.startOver.submit': 'Delete draft and start over',

  'wizards.schema.class.heading': 'Choose a class and a title',
  'wizards.schema.class.intro':
    'The class fixes what the data describes and how it behaves. Only schemas of these two classes can feed Real-Time Customer Profile.',
  'wizards.schema.class.label': 'Class',
  'wizards.schema.class.hint': 'Use arrow keys to move between the classes.',
  'wizards.schema.class.locked':
    'The draft schema exists, so its class is fixed. Start over to pick the other class.',
  'wizards.schema.class.required': 'Choose a class: XDM Individual Profile or XDM ExperienceEvent.',
  'wizards.schema.class.profile': 'XDM Individual Profile',
  'wizards.schema.class.profile.hint':
    'Record data: attributes of a person (names, e-mail addresses, loyalty status). A new record for the same identity replaces or updates the stored one.',
  'wizards.schema.class.event': 'XDM ExperienceEvent',
  'wizards.schema.class.event.hint':
    'Time-series data: things that happened at a moment (a page view, a purchase). Events need _id and timestamp and are only ever appended.',
  'wizards.schema.title.label': 'Schema title',
  'wizards.schema.title.hint': 'Unique in the sandbox. It names the schema in datasets and the union.',
  'wizards.schema.title.placeholder': 'Loyalty members',
  'wizards.schema.title.required': 'Give the schema a title.',
  'wizards.schema.title.taken':
    'A schema titled “{title}” already exists in this sandbox; titles are unique.',
  'wizards.schema.title.refused': 'The engine refused the title “{title}”; see the message under the title.',
  'wizards.schema.description.label': 'Description',
  'wizards.schema.description.hint': 'Optional: what the schema is for.',

  'wizards.schema.groups.heading': 'Add field groups',
  'wizards.schema.groups.intro':
    'Only field groups made for {class} are listed. Leaving this step creates the schema in the sandbox, so later steps work on the real thing.',
  'wizards.schema.groups.introExisting':
    'Only field groups made for {class} are listed. Changes are applied to the draft schema when you go on.',
  'wizards.schema.groups.search': 'Search the standard library',
  'wizards.schema.groups.searchPlaceholder': 'Personal contact, loyalty, consents…',
  'wizards.schema.groups.count': {
    one: '{count} compatible field group',
    other: '{count} compatible field groups',
  },
  'wizards.schema.groups.loading': 'Loading the standard library…',
  'wizards.schema.groups.listLabel': 'Compatible field groups',
  'wizards.schema.groups.noMatch': 'No compatible field group matches the search.',
  'wizards.schema.groups.keyboardHint':
    'In the list: arrow keys move, Space or Enter adds or removes the field group.',
  'wizards.schema.groups.experimental': 'Experimental',
  'wizards.schema.groups.chosen': 'Chosen field groups',
  'wizards.schema.groups.none':
    'No field groups yet. The class alone gives a few system fields; most schemas add at least one field group.',
  'wizards.schema.groups.loadingFields': 'Loading fields…',
  'wizards.schema.groups.fieldCount': { one: '{count} field', other: '{count} fields' },
  'wizards.schema.groups.showFields': 'Show fields',
  'wizards.schema.groups.hideFields': 'Hide fields',
  'wizards.schema.groups.remove': 'Remove {title}',
  'wizards.schema.groups.fieldsOf': 'Fields of {title}',
  'wizards.schema.tree.primary': 'Primary · {namespace}',
  'wizards.schema.tree.required': 'Required',

  'wizards.schema.fields.heading': 'Add custom fields',
  'wizards.schema.fields.intro':
    'Fields the standard library lacks go under your tenant object {tenant}, so they never collide with Adobe’s fields. Each one is added to the draft schema at once.',
  'wizards.schema.fields.formTitle': 'New custom field',
  'wizards.schema.fields.listTitle': 'Custom fields under {tenant}',
  'wizards.schema.fields.none': 'No custom fields yet.',
  'wizards.schema.fields.optional': 'This step is optional. Dots in a name make nested objects, e.g.',
  'wizards.schema.fields.tableLabel': 'Custom fields',
  'wizards.schema.fields.column.path': 'Field',
  'wizards.schema.fields.column.type': 'Type',
  'wizards.schema.fields.column.title': 'Title',
  'wizards.schema.fields.requiredBadge': 'Required',
  'wizards.schema.field.name': 'Field name',
  'wizards.schema.field.nameHint':
    'Letters, digits, “-” and “_”; not starting with “_”. camelCase is recommended, e.g. loyaltyTier.',
  'wizards.schema.field.nameRequired': 'Type a field name, e.g. loyaltyTier.',
  'wizards.schema.field.nameEmptySegment':
    'A field name cannot start or end with a dot or have two dots in a row: each dot separates a nested field name.',
  'wizards.schema.field.nameUnderscore':
    '“{segment}” starts with “_”. The platform reserves leading underscores for namespaces like {tenant}; start the name with a letter or digit.',
  'wizards.schema.field.nameCharacters':
    '“{segment}” has characters the platform does not allow in field names. Use only letters, digits, “-” and “_” (camelCase, e.g. loyaltyTier).',
  'wizards.schema.field.type': 'Type',
  'wizards.schema.field.type.string': 'String',
  'wizards.schema.field.type.enum': 'String with allowed values (enum)',
  'wizards.schema.field.type.number': 'Number (double)',
  'wizards.schema.field.type.long': 'Long integer',
  'wizards.schema.field.type.int': 'Integer',
  'wizards.schema.field.type.short': 'Short integer',
  'wizards.schema.field.type.byte': 'Byte',
  'wizards.schema.field.type.boolean': 'Boolean',
  'wizards.schema.field.type.date': 'Date',
  'wizards.schema.field.type.date-time': 'Date and time',
  'wizards.schema.field.type.uri': 'URI',
  'wizards.schema.field.enum': 'Allowed values',
  'wizards.schema.field.enumHint':
    'Press Enter after each value. Once the schema is in use, values can be added but never removed.',
  'wizards.schema.field.enumRequired': 'An enum needs at least one allowed value.',
  'wizards.schema.field.title': 'Display title',
  'wizards.schema.field.titleHint':
    'Optional; derived from the name when empty (loyaltyTier → Loyalty Tier).',
  'wizards.schema.field.required': 'Required',
  'wizards.schema.field.requiredHint': 'Records without a value fail validation.',
  'wizards.schema.field.add': 'Add field',
  'wizards.schema.field.pending':
    'You typed the field “{name}” but did not add it. Add it with “Add field” or clear the name.',

  'wizards.schema.identity.heading': 'Mark identity fields',
  'wizards.schema.identity.intro':
    'Identity fields feed the identity graph; the primary identity is the key Profile merges fragments on. A Profile schema needs exactly one primary identity.',
  'wizards.schema.identity.formTitle': 'New identity',
  'wizards.schema.identity.field': 'Field',
  'wizards.schema.identity.fieldHint': {
    one: '{count} string field of the schema can be an identity.',
    other: '{count} string fields of the schema can be identities.',
  },
  'wizards.schema.identity.fieldPlaceholder': 'Type to search, e.g. personalEmail.address',
  'wizards.schema.identity.noField': 'No string field matches',
  'wizards.schema.identity.namespace': 'Identity namespace',
  'wizards.schema.identity.namespaceHint': 'What kind of identifier the values are.',
  'wizards.schema.identity.namespacePlaceholder': 'Email, Phone, ECID…',
  'wizards.schema.identity.noNamespace': 'No namespace matches',
  'wizards.schema.identity.standardNamespaces': 'Standard',
  'wizards.schema.identity.customNamespaces': 'Custom (this sandbox)',
  'wizards.schema.identity.newNamespace': 'New namespace…',
  'wizards.schema.identity.primary': 'Primary identity',
  'wizards.schema.identity.primaryHint':
    'Profile uses the primary identity to merge this schema’s records into profiles.',
  'wizards.schema.identity.primaryTaken':
    '{path} is the primary identity. A schema has only one; use “Make primary” in the list to move it.',
  'wizards.schema.identity.add': 'Add identity',
  'wizards.schema.identity.listTitle': 'Identity fields',
  'wizards.schema.identity.none': 'No identity fields yet.',
  'wizards.schema.identity.tableLabel': 'Identity fields',
  'wizards.schema.identity.column.field': 'Field',
  'wizards.schema.identity.column.namespace': 'Namespace',
  'wizards.schema.identity.column.primary': 'Primary',
  'wizards.schema.identity.column.actions': 'Actions',
  'wizards.schema.identity.missingField': 'Not in the schema',
  'wizards.schema.identity.fieldRequired': 'Pick the field that holds the identity.',
  'wizards.schema.identity.namespaceRequired': 'Pick the namespace of the identity values.',
  'wizards.schema.identity.primaryBadge': 'Primary',
  'wizards.schema.identity.makePrimary': 'Make primary',
  'wizards.schema.identity.makePrimaryOf': 'Make {path} the primary identity',
  'wizards.schema.identity.remove': 'Remove identity {path}',
  'wizards.schema.identity.identityMapTitle': 'The primary identity can come from identityMap',
  'wizards.schema.identity.identityMap':
    'This schema has identityMap, so each record can flag one of its identities "primary": true instead. Marking a field primary is still clearer for raw data.',
  'wizards.schema.identity.rule.strings': 'Only string fields can be identities.',
  'wizards.schema.identity.rule.required':
    'Identity fields become required, and so do the objects around them.',
  'wizards.schema.identity.rule.primary':
    'Only one primary identity per schema; it cannot change once the schema is enabled.',
  'wizards.schema.identity.rule.unique':
    'Do not mark values many people share (postal code, loyalty level) as identities.',
  'wizards.schema.identity.pending':
    'You picked the field {path} but did not add it as an identity. Add it or clear the field.',
  'wizards.schema.identity.primaryRequired':
    'Mark one identity field as primary: Profile cannot merge records without it.',

  'wizards.schema.namespace.title': 'New identity namespace',
  'wizards.schema.namespace.intro':
    'A custom namespace exists in this sandbox only. Namespaces cannot be deleted later.',
  'wizards.schema.namespace.code': 'Identity symbol',
  'wizards.schema.namespace.codeHint':
    'Letters, digits, “_”, “.” or “-”, starting with a letter, e.g. CRMID. Records use it as the identityMap key.',
  'wizards.schema.namespace.name': 'Display name',
  'wizards.schema.namespace.namePlaceholder': 'CRM ID',
  'wizards.schema.namespace.type': 'Identity type',
  'wizards.schema.namespace.typeHint': 'It decides how the identity graph treats the values.',
  'wizards.schema.namespace.type.COOKIE': 'Cookie ID',
  'wizards.schema.namespace.type.DEVICE': 'Device ID',
  'wizards.schema.namespace.type.CROSS_DEVICE': 'Cross-device ID (person)',
  'wizards.schema.namespace.type.EMAIL': 'E-mail address',
  'wizards.schema.namespace.type.PHONE': 'Phone number',
  'wizards.schema.namespace.type.NON_PEOPLE': 'Non-people identifier',
  'wizards.schema.namespace.type.PARTNER': 'Partner ID',
  'wizards.schema.namespace.description': 'Description',
  'wizards.schema.namespace.submit': 'Create namespace',

  'wizards.schema.review.heading': 'Review and enable for Profile',
  'wizards.schema.review.intro':
    'The checklist is the platform’s: the engine checks the draft schema as it is now.',
  'wizards.schema.review.summary': 'Schema',
  'wizards.schema.review.title': 'Title',
  'wizards.schema.review.class': 'Class',
  'wizards.schema.review.groups': 'Field groups',
  'wizards.schema.review.customFields': 'Custom fields',
  'wizards.schema.review.identities': 'Identities',
  'wizards.schema.review.primaryIdentity': '{path} ({namespace}, primary)',
  'wizards.schema.review.fieldCount': 'Size',
  'wizards.schema.review.fields': { one: '{count} field', other: '{count} fields' },
  'wizards.schema.review.checklist': 'Profile requirements',
  'wizards.schema.review.recheck': 'Check again',
  'wizards.schema.review.met': 'Met: {rule}',
  'wizards.schema.review.unmet': 'Not met: {rule}',
  'wizards.schema.review.fix': 'How to fix: {fix}',
  'wizards.schema.review.rule.class': 'a class that feeds Profile',
  'wizards.schema.review.rule.primary-identity': 'one primary identity',
  'wizards.schema.review.rule.identity-fields': 'valid identity fields',
  'wizards.schema.review.rule.other': 'platform rule',
  'wizards.schema.review.allMet':
    'Every requirement is met. Enabling asks you to confirm what becomes permanent.',
  'wizards.schema.review.someUnmet': {
    one: '{count} requirement is not met. Go back and fix it; the checklist updates with every change.',
    other: '{count} requirements are not met. Go back and fix them; the checklist updates with every change.',
  },

  'wizards.schema.confirm.title': 'Enable “{title}” for Profile?',
  'wizards.schema.confirm.intro': 'Enabling cannot be undone. From then on, the following is permanent:',
  'wizards.schema.confirm.listLabel': 'What becomes permanent',
  'wizards.schema.confirm.submit': 'Enable for Profile',

  'wizards.schema.done.title': '“{title}” is enabled for Profile',
  'wizards.schema.done.body':
    'Its fields joined the union schema of its class. Next, create a dataset on it and switch that dataset on for Profile and Identity: only data in Profile-enabled datasets reaches Profile.',
  'wizards.schema.done.next': 'Configure a dataset on this schema',
  'wizards.schema.done.another': 'Enable another schema',
} as const satisfies Record<string, Message>;
