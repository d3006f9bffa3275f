// Dutch messages of the dataset wizard (wizard 2); spread into the app catalogue `i18n/nl.ts`.
import type { Translation } from '../../i18n/types';
import type { datasetWizardEn } from './messages-en';

type DatasetWizardCatalogue = {
  readonly [K in keyof typeof datasetWizardEn]: Translation<(typeof datasetWizardEn)[K]>;
};

export const datasetWizardNl = {
  'wizards.dataset.steps': 'Stappen van de datasetwizard',
  'wizards.dataset.step.choose': 'Schema of dataset',
  'wizards.dataset.step.configure': 'Naam en schakelaars',
  'wizards.dataset.step.review': 'Controle',

  'wizards.dataset.choose.heading': 'Begin bij een schema of een dataset',
  'wizards.dataset.choose.intro':
    'Een dataset bewaart gegevens van één schema. Profile en Identity gebruiken die alleen als de dataset daarvoor aanstaat, en alleen gegevens die zijn opgenomen terwijl hij aanstond.',
  'wizards.dataset.mode.label': 'Wat wil je doen?',
  'wizards.dataset.mode.new': 'Een dataset maken',
  'wizards.dataset.mode.existing': 'De schakelaars van een dataset wijzigen',
  'wizards.dataset.choose.schema': 'Schema',
  'wizards.dataset.choose.schemaHint': 'Een dataset kan alleen voor Profile aan als zijn schema dat ook is.',
  'wizards.dataset.choose.schemaFacts': '{class} · primaire identiteit: {identity}',
  'wizards.dataset.choose.noPrimary': 'geen',
  'wizards.dataset.choose.notEnabled':
    'Niet ingeschakeld voor Profile: een dataset erop blijft buiten Profile.',
  'wizards.dataset.choose.enableIt': '“{title}” inschakelen in de schemawizard',
  'wizards.dataset.choose.cannotEnable': 'De klasse kan Profile niet voeden.',
  'wizards.dataset.choose.noSchemas': 'Deze sandbox heeft nog geen schema’s.',
  'wizards.dataset.choose.noSchemasHint':
    'Stel er eerst een samen en schakel het in voor Profile; kom dan terug om er een dataset op te maken.',
  'wizards.dataset.choose.toSchemaWizard': 'De schemawizard openen',
  'wizards.dataset.choose.dataset': 'Dataset',
  'wizards.dataset.choose.datasetHint': 'De schakelaars worden gelezen uit de Catalog-tags.',
  'wizards.dataset.choose.datasetFacts': 'Schema: {schema} · {rows} rijen',
  'wizards.dataset.choose.noDatasets': 'Deze sandbox heeft nog geen datasets. Maak er eerst een.',
  'wizards.dataset.choose.schemaRequired': 'Kies het schema van de dataset.',
  'wizards.dataset.choose.linkedDatasetMissing':
    'Geen dataset {id} in deze sandbox: de link komt misschien uit een andere sandbox, of de dataset is verwijderd. Kies hieronder een dataset.',
  'wizards.dataset.choose.linkedSchemaMissing':
    'Geen schema {id} in deze sandbox: de link komt misschien uit een andere sandbox. Kies hieronder een schema.',
  'wizards.dataset.choose.datasetRequired': 'Kies de dataset waarvan je de schakelaars wilt wijzigen.',
  'wizards.dataset.badge.profileSchema': 'Ingeschakeld voor Profile',
  'wizards.dataset.badge.notProfileSchema': 'Niet ingeschakeld voor Profile',
  'wizards.dataset.badge.profileOn': 'Profile aan',
  'wizards.dataset.badge.profileOff': 'Profile uit',
  'wizards.dataset.badge.identityOn': 'Identity aan',
  'wizards.dataset.badge.identityOff': 'Identity uit',
  'wizards.dataset.badge.upsert': 'Upsert',

  'wizards.dataset.configure.headingNew': 'Geef de dataset een naam en zet de schakelaars',
  'wizards.dataset.configure.introNew': 'De dataset bevat gegevens van “{schema}”.',
  'wizards.dataset.configure.headingExisting': 'De schakelaars van de dataset wijzigen',
  'wizards.dataset.configure.introExisting':
    'De labels tonen elke schakelaar zoals die nu staat; de controlestap voert de Catalog-aanroepen uit die de wijziging doen.',
  'wizards.dataset.configure.nothingChanged': 'Er verandert niets: zet minstens één schakelaar anders.',
  'wizards.dataset.configure.sequenceTitle': 'Deze wijziging kost twee aanroepen',
  'wizards.dataset.configure.sequence':
    'De dataset staat al aan voor Profile. Om upsert te wijzigen zet het platform eerst Profile en Identity uit en daarna weer aan met de nieuwe instelling. De controlestap voert de twee aanroepen na elkaar uit.',
  'wizards.dataset.name.label': 'Naam van de dataset',
  'wizards.dataset.name.hint': 'Uniek in de sandbox.',
  'wizards.dataset.name.placeholder': 'Loyaliteitsleden (CRM-export)',
  'wizards.dataset.name.required': 'Geef de dataset een naam.',
  'wizards.dataset.name.taken': 'Er bestaat al een dataset met de naam “{name}” in deze sandbox.',
  'wizards.dataset.description.label': 'Beschrijving',
  'wizards.dataset.description.hint': 'Optioneel: waar de gegevens vandaan komen.',
  'wizards.dataset.switch.heading': 'Schakelaars',
  'wizards.dataset.switch.profile': 'Real-Time Customer Profile',
  'wizards.dataset.switch.profileHint':
    'Tag unifiedProfile: rijen die vanaf nu worden opgenomen, worden samengevoegd tot profielen.',
  'wizards.dataset.switch.profileSchemaOff':
    'Het schema “{title}” is niet ingeschakeld voor Profile, dus deze dataset kan dat ook niet.',
  'wizards.dataset.switch.enableSchema': 'Schakel eerst het schema in',
  'wizards.dataset.switch.identity': 'Identity Service',
  'wizards.dataset.switch.identityHint':
    'Tag unifiedIdentity: identiteiten in de rijen worden gekoppeld in de identiteitsgraaf.',
  'wizards.dataset.switch.upsert': 'Upsert (kenmerken bijwerken)',
  'wizards.dataset.switch.upsertHint':
    'isUpsert in unifiedProfile: een rij werkt alleen de kenmerken bij die ze bevat, in plaats van het profielfragment te vervangen.',
  'wizards.dataset.switch.upsertEvents':
    'Upsert geldt alleen voor recordgegevens; ExperienceEvents worden altijd toegevoegd.',
  'wizards.dataset.switch.upsertNeedsProfileSchema':
    'Upsert hoort bij de Profile-schakelaar, en die staat dit schema niet toe.',
  'wizards.dataset.switch.upsertNeedsProfile':
    'Upsert hoort bij de Profile-schakelaar: zet eerst Profile aan.',
  'wizards.dataset.switch.nowOn': 'Nu aan',
  'wizards.dataset.switch.nowOff': 'Nu uit',
  'wizards.dataset.rules.heading': 'Zo werkt upsert op het platform',
  'wizards.dataset.rules.records':
    'Alleen recordgegevens (XDM Individual Profile); ExperienceEvents worden nooit bijgewerkt, alleen toegevoegd.',
  'wizards.dataset.rules.parquet':
    'Een batch-upsert is een Parquet-bestand met de velden die veranderen plus de identiteitsvelden die het opgeslagen profiel vinden.',
  'wizards.dataset.rules.sequence':
    'Op een dataset die al aanstaat voor Profile kan upsert niet zomaar worden omgezet: Profile en Identity gaan in één aanroep uit en in een tweede weer aan met isUpsert.',
  'wizards.dataset.rules.gap': 'Wat tussen die twee aanroepen wordt opgenomen, komt nooit in Profile.',
  'wizards.dataset.rules.later':
    'Alleen gegevens die zijn opgenomen terwijl Profile aanstaat, komen in Profile; eerder geladen gegevens moeten opnieuw worden geladen.',

  'wizards.dataset.review.headingNew': 'Controleren en maken',
  'wizards.dataset.review.introNew': 'Dit is het Catalog-verzoek dat het platform zou ontvangen.',
  'wizards.dataset.review.headingExisting': 'De Catalog-aanroepen uitvoeren',
  'wizards.dataset.review.introExisting':
    'Elke aanroep is een PATCH van de tags van de dataset. Voer ze op volgorde uit.',
  'wizards.dataset.review.name': 'Naam',
  'wizards.dataset.review.schema': 'Schema',
  'wizards.dataset.review.switches': 'Schakelaars',
  'wizards.dataset.review.request': 'Catalog-verzoek',
  'wizards.dataset.review.profileOff':
    'Profile staat uit: rijen in deze dataset komen nooit in Profile, ook niet als Profile later aangaat.',
  'wizards.dataset.review.create': 'Dataset maken',
  'wizards.dataset.review.refused': 'Het platform weigerde het verzoek',
  'wizards.dataset.sequence.title': 'Twee aanroepen, na elkaar',
  'wizards.dataset.sequence.intro':
    'Tussen de eerste en de tweede aanroep staat de dataset buiten Profile en Identity: wat op dat moment wordt opgenomen, gaat niet naar Profile. Voer de tweede aanroep direct na de eerste uit.',
  'wizards.dataset.sequence.label': 'Catalog-aanroepen',
  'wizards.dataset.sequence.done': 'Klaar',
  'wizards.dataset.sequence.disable.title': 'Profile en Identity uitzetten',
  'wizards.dataset.sequence.disable.body':
    'Zet “{name}” uit voor Profile en Identity, zoals het platform eist voordat upsert kan veranderen.',
  'wizards.dataset.sequence.disable.run': 'Aanroep 1 uitvoeren: uitzetten',
  'wizards.dataset.sequence.reenable.title': 'Weer aanzetten met de nieuwe upsert-instelling',
  'wizards.dataset.sequence.reenable.body':
    'Zet “{name}” weer aan voor Profile en Identity, nu met de gekozen upsert-instelling.',
  'wizards.dataset.sequence.reenable.run': 'Aanroep 2 uitvoeren: weer aanzetten',
  'wizards.dataset.sequence.apply.title': 'De tags bijwerken',
  'wizards.dataset.sequence.apply.body': 'Zet de schakelaars van “{name}” in één aanroep.',
  'wizards.dataset.sequence.apply.run': 'Toepassen',

  'wizards.dataset.done.created': 'Dataset “{name}” is gemaakt',
  'wizards.dataset.done.updated': 'Dataset “{name}” is bijgewerkt',
  'wizards.dataset.done.intro': 'Zo toont de Catalog de dataset. Laad er nu bestanden in.',
  'wizards.dataset.done.catalog': 'Catalog-weergave',
  'wizards.dataset.done.id': 'Dataset-id',
  'wizards.dataset.done.version': 'Versie',
  'wizards.dataset.done.tags': 'Tags',
  'wizards.dataset.done.notes': 'Opmerkingen',
  'wizards.dataset.done.import': 'Bestanden in deze dataset importeren',
  'wizards.dataset.done.another': 'Nog een dataset instellen',
} as const satisfies DatasetWizardCatalogue;
