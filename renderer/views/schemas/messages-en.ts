// English messages of the schemas view; spread into the app catalogue `i18n/en.ts`.
import type { Message } from '../../i18n/types';

export const schemasViewEn = {
  'views.schemas.create': 'Create a schema',
  'views.schemas.tableLabel': 'Schemas',
  'views.schemas.open': 'Open schema {title}',
  'views.schemas.col.title': 'Title',
  'views.schemas.col.class': 'Class',
  'views.schemas.col.fieldGroups': 'Field groups',
  'views.schemas.col.identities': 'Identity fields',
  'views.schemas.col.profile': 'Profile',
  'views.schemas.col.state': 'State',
  'views.schemas.noIdentities': 'None',
  'views.schemas.primary': '{path} ({namespace}, primary)',
  'views.schemas.moreIdentities': { one: 'and {count} more', other: 'and {count} more' },
  'views.schemas.identityCount': {
    one: '{count} identity, none primary',
    other: '{count} identities, none primary',
  },
  'views.schemas.profileOn': 'Enabled',
  'views.schemas.profileOff': 'Not enabled',
  'views.schemas.enable': 'Enable',
  'views.schemas.enableLabel': 'Enable {title} for Profile',
  'views.schemas.empty': 'No schemas in this sandbox yet.',
  'views.schemas.state.editable': 'Editable',
  'views.schemas.state.inUse': 'In use',
  'views.schemas.state.locked': 'Locked',
  'views.schemas.state.editable.hint':
    'No dataset holds data on this schema yet: every change is still allowed.',
  'views.schemas.state.inUse.hint':
    'A dataset holds data on this schema: changes must be additive (no removed, renamed or retyped fields).',
  'views.schemas.state.locked.hint':
    'Enabled for Profile: it cannot be disabled, its primary identity stays, and changes must be additive.',

  'views.schemas.detail.close': 'Close the schema',
  'views.schemas.detail.version': 'version {version}',
  'views.schemas.detail.enable': 'Enable for Profile',
  'views.schemas.detail.dataset': 'Create a dataset on it',
  'views.schemas.detail.fieldCount': { one: '{count} field', other: '{count} fields' },
  'views.schemas.detail.fieldsLabel': 'Fields of {title}',
  'views.schemas.detail.identitiesLabel': 'Identity descriptors',
  'views.schemas.detail.noIdentities':
    'No identity fields. A Profile schema needs a primary identity (or the identity map).',
  'views.schemas.detail.noIdentitiesMap':
    'No identity descriptors: the identities come from the identity map.',
  'views.schemas.detail.field': 'Field',
  'views.schemas.detail.namespace': 'Namespace',
  'views.schemas.detail.primary': 'Primary',
  'views.schemas.detail.isPrimary': 'Primary',
  'views.schemas.detail.notPrimary': 'No',
  'views.schemas.detail.groupsLabel': 'Field groups',
  'views.schemas.detail.noGroups': 'Only the fields of the class.',
  'views.schemas.detail.tenantGroup': 'custom',
  'views.schemas.tab.fields': 'Fields',
  'views.schemas.tab.identities': { one: 'Identities ({count})', other: 'Identities ({count})' },
  'views.schemas.tab.groups': { one: 'Field groups ({count})', other: 'Field groups ({count})' },
  'views.schemas.tab.union': 'Profile union',

  'views.schemas.union.noneTitle': 'No union yet',
  'views.schemas.union.intro': {
    one: 'Profile merges the fields of {count} enabled {className} schema into this union.',
    other: 'Profile merges the fields of {count} enabled {className} schemas into this union.',
  },
  'views.schemas.union.notMember': '{title} is not part of it until it is enabled for Profile.',
  'views.schemas.union.membersLabel': 'Schemas in the union',
  'views.schemas.union.fieldsLabel': 'Fields of {title}',
} as const satisfies Record<string, Message>;
