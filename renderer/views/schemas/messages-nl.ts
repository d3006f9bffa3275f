// Dutch messages of the schemas view; spread into the app catalogue `i18n/nl.ts`.
import type { Translation } from '../../i18n/types';
import type { schemasViewEn } from './messages-en';

type SchemasViewCatalogue = {
  readonly [K in keyof typeof schemasViewEn]: Translation<(typeof schemasViewEn)[K]>;
};

export const schemasViewNl = {
  'views.schemas.create': 'Een schema maken',
  'views.schemas.tableLabel': 'Schema’s',
  'views.schemas.open': 'Schema {title} openen',
  'views.schemas.col.title': 'Titel',
  'views.schemas.col.class': 'Klasse',
  'views.schemas.col.fieldGroups': 'Veldgroepen',
  'views.schemas.col.identities': 'Identiteitsvelden',
  'views.schemas.col.profile': 'Profile',
  'views.schemas.col.state': 'Staat',
  'views.schemas.noIdentities': 'Geen',
  'views.schemas.primary': '{path} ({namespace}, primair)',
  'views.schemas.moreIdentities': { one: 'en nog {count}', other: 'en nog {count}' },
  'views.schemas.identityCount': {
    one: '{count} identiteit, geen primaire',
    other: '{count} identiteiten, geen primaire',
  },
  'views.schemas.profileOn': 'Ingeschakeld',
  'views.schemas.profileOff': 'Niet ingeschakeld',
  'views.schemas.enable': 'Inschakelen',
  'views.schemas.enableLabel': '{title} inschakelen voor Profile',
  'views.schemas.empty': 'Nog geen schema’s in deze sandbox.',
  'views.schemas.state.editable': 'Bewerkbaar',
  'views.schemas.state.inUse': 'In gebruik',
  'views.schemas.state.locked': 'Vergrendeld',
  'views.schemas.state.editable.hint':
    'Nog geen dataset bevat gegevens op dit schema: elke wijziging is nog toegestaan.',
  'views.schemas.state.inUse.hint':
    'Een dataset bevat gegevens op dit schema: wijzigingen moeten aanvullend zijn (geen velden verwijderen, hernoemen of van type veranderen).',
  'views.schemas.state.locked.hint':
    'Ingeschakeld voor Profile: dat kan niet meer uit, de primaire identiteit blijft en wijzigingen moeten aanvullend zijn.',

  'views.schemas.detail.close': 'Schema sluiten',
  'views.schemas.detail.version': 'versie {version}',
  'views.schemas.detail.enable': 'Inschakelen voor Profile',
  'views.schemas.detail.dataset': 'Er een dataset op maken',
  'views.schemas.detail.fieldCount': { one: '{count} veld', other: '{count} velden' },
  'views.schemas.detail.fieldsLabel': 'Velden van {title}',
  'views.schemas.detail.identitiesLabel': 'Identiteitsdescriptors',
  'views.schemas.detail.noIdentities':
    'Geen identiteitsvelden. Een Profile-schema heeft een primaire identiteit nodig (of de identity map).',
  'views.schemas.detail.noIdentitiesMap':
    'Geen identiteitsdescriptors: de identiteiten komen uit de identity map.',
  'views.schemas.detail.field': 'Veld',
  'views.schemas.detail.namespace': 'Namespace',
  'views.schemas.detail.primary': 'Primair',
  'views.schemas.detail.isPrimary': 'Primair',
  'views.schemas.detail.notPrimary': 'Nee',
  'views.schemas.detail.groupsLabel': 'Veldgroepen',
  'views.schemas.detail.noGroups': 'Alleen de velden van de klasse.',
  'views.schemas.detail.tenantGroup': 'eigen',
  'views.schemas.tab.fields': 'Velden',
  'views.schemas.tab.identities': { one: 'Identiteiten ({count})', other: 'Identiteiten ({count})' },
  'views.schemas.tab.groups': { one: 'Veldgroepen ({count})', other: 'Veldgroepen ({count})' },
  'views.schemas.tab.union': 'Profile-union',

  'views.schemas.union.noneTitle': 'Nog geen union',
  'views.schemas.union.intro': {
    one: 'Profile voegt de velden van {count} ingeschakeld {className}-schema samen in deze union.',
    other: 'Profile voegt de velden van {count} ingeschakelde {className}-schema’s samen in deze union.',
  },
  'views.schemas.union.notMember': '{title} hoort er pas bij als het voor Profile is ingeschakeld.',
  'views.schemas.union.membersLabel': 'Schema’s in de union',
  'views.schemas.union.fieldsLabel': 'Velden van {title}',
} as const satisfies SchemasViewCatalogue;
