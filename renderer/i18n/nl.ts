// The Dutch message catalogue: every English key, with the same placeholders (checked by the type).
import type { EnglishCatalogue } from './en';
import type { Translation } from './types';
import { schemaWizardNl } from '../wizards/schema/messages-nl';
import { datasetWizardNl } from '../wizards/dataset/messages-nl';
import { importWizardNl } from '../wizards/import/messages-nl';
import { verifyWizardNl } from '../wizards/verify/messages-nl';
import { schemasViewNl } from '../views/schemas/messages-nl';
import { datasetsViewNl } from '../views/datasets/messages-nl';
import { batchesViewNl } from '../views/batches/messages-nl';
import { profilesViewNl } from '../views/profiles/messages-nl';
import { mergePoliciesViewNl } from '../views/merge-policies/messages-nl';
import { streamingViewNl } from '../views/streaming/messages-nl';
import { settingsApiNl } from '../views/settings/messages-nl';

export type Catalogue = { readonly [K in keyof EnglishCatalogue]: Translation<EnglishCatalogue[K]> };

export const nl = {
  'app.name': 'Profile Stager',
  'app.tagline': 'Oefenen met Real-Time Customer Profile',
  'app.skipToContent': 'Naar de inhoud',

  'header.toggleNavigation': 'Navigatie tonen of verbergen',

  'nav.label': 'Hoofdnavigatie',
  'nav.section.wizards': 'Wizards',
  'nav.section.data': 'Gegevens van de sandbox',
  'nav.overview': 'Overzicht',

  'route.enableSchema.title': 'Een schema inschakelen voor Profile',
  'route.enableSchema.summary':
    'Stel een XDM-schema samen uit een klasse, veldgroepen en eigen velden, markeer de identiteitsvelden en schakel het in voor Profile volgens de regels van het platform.',
  'route.configureDataset.title': 'Een dataset instellen',
  'route.configureDataset.summary':
    'Maak een dataset op een schema dat voor Profile is ingeschakeld en zet Profile en Identity aan, met upserts waar je ze nodig hebt.',
  'route.importFiles.title': 'Bestanden importeren',
  'route.importFiles.summary':
    'Laad CSV-, JSON Lines-, JSON- en Parquet-bestanden als batches, met validatie, gedeeltelijke opname en foutmeldingen per rij.',
  'route.verifyUpload.title': 'Een upload controleren',
  'route.verifyUpload.summary':
    'Zoek de profielen van een batch op zoals de Profile Access API dat doet, en zie precies waarom er niets terugkomt als dat zo is.',
  'route.schemas.title': 'Schema’s',
  'route.schemas.summary':
    'Bekijk de XDM-schema’s van de sandbox met hun veldgroepen, identiteitsvelden en Profile-status.',
  'route.datasets.title': 'Datasets',
  'route.datasets.summary':
    'Bekijk datasets met hun schema, de schakelaars voor Profile en Identity en de geladen batches.',
  'route.batches.title': 'Batches',
  'route.batches.summary':
    'Volg elke batch door zijn levenscyclus, met fouten per bestand en per rij, en draai een batch terug als dat nodig is.',
  'route.profiles.title': 'Profielen',
  'route.profiles.summary':
    'Zoek samengevoegde profielen op identiteit en zie de fragmenten, de identiteitsgrafiek en de herkomst van elke waarde.',
  'route.mergePolicies.title': 'Samenvoegbeleid',
  'route.mergePolicies.summary':
    'Bepaal hoe fragmenten tot profielen worden samengevoegd, op tijdstempel of datasetvoorrang, en zie het effect zonder opnieuw te laden.',
  'route.streaming.title': 'Streaming',
  'route.streaming.summary':
    'Maak streaming-inlets in AEP-vorm op een lokaal HTTP-adres en zie hoe elk bericht wordt gevalideerd.',
  'route.settings.title': 'Instellingen',
  'route.settings.summary': 'Weergave en taal van de app.',

  'placeholder.badge': 'Komt in een latere versie',
  'placeholder.body': 'Deze pagina is nog niet gebouwd. Straks kun je hier het volgende doen:',
  'placeholder.back': 'Terug naar het overzicht',

  'notFound.title': 'Pagina niet gevonden',
  'notFound.body': 'Er is geen pagina op “{path}”.',

  'sandbox.switcher.label': 'Sandbox',
  'sandbox.switcher.loading': 'Laden…',
  'sandbox.menu.sandboxes': 'Sandbox wisselen',
  'sandbox.menu.current': 'Huidige sandbox',
  'sandbox.action.create': 'Nieuwe sandbox…',
  'sandbox.action.rename': 'Naam wijzigen…',
  'sandbox.action.reset': 'Leegmaken…',
  'sandbox.action.delete': 'Verwijderen…',
  'sandbox.action.switch': 'Wisselen',
  'sandbox.action.switchTo': 'Wisselen naar {title}',
  'sandbox.deleteDefaultHint': 'De standaardsandbox kan niet worden verwijderd; maak hem leeg.',
  'sandbox.type.production': 'Productie',
  'sandbox.type.development': 'Ontwikkeling',
  'sandbox.badge.default': 'Standaard',
  'sandbox.badge.current': 'Huidig',

  'sandbox.field.name': 'Naam',
  'sandbox.field.nameHint':
    'Kleine letters, cijfers en koppeltekens, te beginnen met een letter. De naam kan later niet meer veranderen.',
  'sandbox.field.namePlaceholder': 'dev-staging',
  'sandbox.field.title': 'Titel',
  'sandbox.field.titleHint': 'Staat in de sandboxkiezer. Laat leeg om hem uit de naam af te leiden.',
  'sandbox.field.titlePlaceholder': 'Ontwikkeling staging',
  'sandbox.field.type': 'Soort',
  'sandbox.field.tenant': 'Tenant-id',
  'sandbox.field.created': 'Gemaakt',
  'sandbox.field.updated': 'Laatst gewijzigd',
  'sandbox.field.rows': 'Opgeslagen rijen',

  'sandbox.create.title': 'Nieuwe sandbox',
  'sandbox.create.intro':
    'Een sandbox is een afgeschermde werkruimte met eigen schema’s, datasets, batches en profielen.',
  'sandbox.create.submit': 'Sandbox maken',
  'sandbox.rename.title': 'Naam van sandbox wijzigen',
  'sandbox.rename.intro': 'Alleen de titel verandert; de naam “{name}” blijft, net als op het platform.',
  'sandbox.rename.submit': 'Titel opslaan',
  'sandbox.reset.title': 'Sandbox “{title}” leegmaken?',
  'sandbox.reset.lost':
    'Leegmaken verwijdert alles in de sandbox: schema’s, datasets, batches, identiteiten en profielen.',
  'sandbox.reset.rows': {
    one: 'Er is {count} rij opgeslagen; die gaat verloren.',
    other: 'Er zijn {count} rijen opgeslagen; die gaan allemaal verloren.',
  },
  'sandbox.reset.rowsNone': 'Er zijn nog geen rijen opgeslagen.',
  'sandbox.reset.kept':
    'De sandbox zelf blijft bestaan, met de naam “{name}”, de titel en de tenant-id. Dit kan niet ongedaan worden gemaakt.',
  'sandbox.reset.submit': 'Sandbox leegmaken',
  'sandbox.delete.title': 'Sandbox “{title}” verwijderen?',
  'sandbox.delete.lost':
    'De sandbox “{name}” en alles erin worden verwijderd: schema’s, datasets, batches, identiteiten en profielen.',
  'sandbox.delete.rows': {
    one: 'De {count} opgeslagen rij gaat verloren.',
    other: 'Alle {count} opgeslagen rijen gaan verloren.',
  },
  'sandbox.delete.rowsNone': 'Er zijn nog geen rijen opgeslagen.',
  'sandbox.delete.kept':
    'Dit kan niet ongedaan worden gemaakt. Als deze sandbox open is, wisselt de app naar de standaardsandbox.',
  'sandbox.delete.submit': 'Sandbox verwijderen',
  'common.cancel': 'Annuleren',
  'common.close': 'Sluiten',

  'overview.title': 'Overzicht',
  'overview.intro': 'Alles wat je laadt of instelt, staat in de huidige sandbox, net als op het platform.',
  'overview.current': 'Huidige sandbox',
  'overview.sandboxes': 'Alle sandboxes',
  'overview.start': 'Aan de slag',
  'overview.startIntro':
    'De wizards volgen stap voor stap de weg die gegevens afleggen naar Real-Time Customer Profile.',
  'overview.open': 'Openen',
  'overview.empty': 'Nog geen sandboxgegevens. De standaardsandbox verschijnt zodra de engine klaar is.',

  'status.label': 'Status van de engine',
  'status.host': 'Host',
  'status.host.web': 'Web (browserworker)',
  'status.host.desktop': 'Desktop',
  'status.host.node': 'Node',
  'status.health.connecting': 'Verbinden…',
  'status.health.ready': 'Gereed',
  'status.health.restarting': 'Herstarten…',
  'status.health.down': 'Niet beschikbaar',
  'status.engine': 'Engine',
  'status.dbVersion': 'Databaseschema v{version}',

  'errors.region': 'Fouten van de engine',
  'errors.dismiss': 'Foutmelding sluiten',
  'errors.next': 'Wat nu:',
  'errors.title.invalid-argument': 'De engine weigerde de invoer',
  'errors.title.not-found': 'Niet gevonden',
  'errors.title.already-exists': 'Bestaat al',
  'errors.title.failed-precondition': 'Nu niet mogelijk',
  'errors.title.snapshot-invalid': 'De momentopname is onbruikbaar',
  'errors.title.limit-exceeded': 'Een limiet van het platform is bereikt',
  'errors.title.unknown-method': 'Onbekend verzoek aan de engine',
  'errors.title.host-unavailable': 'De engine is niet beschikbaar',
  'errors.title.cancelled': 'Geannuleerd',
  'errors.title.internal': 'Onverwachte fout in de engine',
  'errors.next.invalid-argument': 'Verbeter de waarde die in de melding staat en probeer het opnieuw.',
  'errors.next.not-found':
    'Misschien is het in een ander venster verwijderd. Kies opnieuw uit de huidige lijst.',
  'errors.next.already-exists': 'Kies een andere naam of gebruik de bestaande.',
  'errors.next.failed-precondition': 'Pas eerst aan wat de melding noemt en probeer het dan opnieuw.',
  'errors.next.snapshot-invalid':
    'Controleer of het bestand een volledige momentopname van Profile Stager is. Er is niets veranderd.',
  'errors.next.limit-exceeded':
    'Maak het verzoek kleiner zoals de melding zegt (het platform weigert het op dezelfde manier).',
  'errors.next.unknown-method': 'De app en de engine lopen niet gelijk. Start de app opnieuw.',
  'errors.next.host-unavailable':
    'Laad het venster opnieuw. Staat de engine in de statusbalk nog steeds als niet beschikbaar, start dan de app opnieuw; eerder opgeslagen gegevens blijven bewaard.',
  'errors.next.cancelled': 'Voer de actie opnieuw uit wanneer je zover bent.',
  'errors.next.internal': 'Probeer het opnieuw. Gebeurt het weer, meld het dan met de melding hierboven.',

  'settings.title': 'Instellingen',
  'settings.intro': 'Voorkeuren worden op deze computer onthouden.',
  'settings.appearance': 'Weergave',
  'settings.theme': 'Thema',
  'settings.theme.light': 'Licht',
  'settings.theme.dark': 'Donker',
  'settings.theme.auto': 'Systeem volgen',
  'settings.theme.hint':
    'Systeem volgen wisselt mee met de lichte of donkere modus van je besturingssysteem.',
  'settings.language': 'Taal',
  'settings.language.hint': 'Meldingen van de engine zelf blijven in het Engels.',
  'settings.about': 'Over',
  'settings.about.version': 'Versie van de engine',
  'settings.about.host': 'Host van de engine',
  'settings.about.started': 'Engine gestart',
  'settings.snapshots': 'Momentopnamen',
  'settings.snapshots.intro':
    'Een momentopname bevat sandboxes met al hun gegevens: verplaats ze tussen computers, deel een testopstelling of bewaar een kopie.',
  'settings.snapshots.export': 'Alle sandboxes exporteren',
  'settings.snapshots.exportCurrent': 'De huidige sandbox exporteren',
  'settings.snapshots.import': 'Een momentopname importeren',
  'settings.snapshots.replace': 'Sandboxes met dezelfde naam vervangen',
  'settings.snapshots.imported': '{names} geïmporteerd ({rows} rijen).',
  ...schemaWizardNl,
  ...datasetWizardNl,
  ...importWizardNl,
  ...verifyWizardNl,
  ...schemasViewNl,
  ...datasetsViewNl,
  ...batchesViewNl,
  ...profilesViewNl,
  ...mergePoliciesViewNl,
  ...streamingViewNl,
  ...settingsApiNl,
} as const satisfies Catalogue;
