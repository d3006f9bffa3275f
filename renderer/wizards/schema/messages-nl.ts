// Dutch messages of the schema wizard (wizard 1); spread into the app catalogue `i18n/nl.ts`.
import type { Translation } from '../../i18n/types';
import type { schemaWizardEn } from './messages-en';

type SchemaWizardCatalogue = {
  readonly [K in keyof typeof schemaWizardEn]: Translation<(typeof schemaWizardEn)[K]>;
};

export const schemaWizardNl = {
  'wizards.schema.kit.step': 'Stap {number} van {count}: {label}',
  'wizards.schema.kit.stepDone': 'Stap {number} van {count}: {label} (klaar)',
  'wizards.schema.kit.back': 'Terug',
  'wizards.schema.kit.next': 'Volgende',
  'wizards.schema.kit.blockedTitle': 'Voordat je verdergaat',

  'wizards.schema.steps': 'Stappen van de schemawizard',
  'wizards.schema.step.class': 'Klasse',
  'wizards.schema.step.fieldGroups': 'Veldgroepen',
  'wizards.schema.step.customFields': 'Eigen velden',
  'wizards.schema.step.identities': 'Identiteiten',
  'wizards.schema.step.review': 'Controle',
  'wizards.schema.createAndContinue': 'Schema maken en verder',
  'wizards.schema.enable': 'Inschakelen voor Profile…',
  'wizards.schema.enableBlocked': 'Inschakelen kan zodra aan elke voorwaarde is voldaan.',
  'wizards.schema.startOver': 'Opnieuw beginnen',
  'wizards.schema.startOver.title': 'Opnieuw beginnen?',
  'wizards.schema.startOver.body':
    'Het conceptschema “{title}” wordt verwijderd en de wizard begint opnieuw. Het platform staat dat toe omdat het schema nooit voor Profile is ingeschakeld of door een dataset is gebruikt.',
  'wizards.schema.startOver.submit': 'Concept verwijderen en opnieuw beginnen',

  'wizards.schema.class.heading': 'Kies een klasse en een titel',
  'wizards.schema.class.intro':
    'De klasse bepaalt wat de gegevens beschrijven en hoe ze zich gedragen. Alleen schema’s van deze twee klassen kunnen Real-Time Customer Profile voeden.',
  'wizards.schema.class.label': 'Klasse',
  'wizards.schema.class.hint': 'Gebruik de pijltjestoetsen om tussen de klassen te wisselen.',
  'wizards.schema.class.locked':
    'Het conceptschema bestaat al, dus de klasse ligt vast. Begin opnieuw om de andere klasse te kiezen.',
  'wizards.schema.class.required': 'Kies een klasse: XDM Individual Profile of XDM ExperienceEvent.',
  'wizards.schema.class.profile': 'XDM Individual Profile',
  'wizards.schema.class.profile.hint':
    'Recordgegevens: kenmerken van een persoon (namen, e-mailadressen, loyaliteitsstatus). Een nieuw record voor dezelfde identiteit vervangt of werkt het opgeslagen record bij.',
  'wizards.schema.class.event': 'XDM ExperienceEvent',
  'wizards.schema.class.event.hint':
    'Tijdreeksgegevens: dingen die op een moment gebeurden (een paginaweergave, een aankoop). Events hebben _id en timestamp nodig en worden alleen toegevoegd.',
  'wizards.schema.title.label': 'Titel van het schema',
  'wizards.schema.title.hint': 'Uniek in de sandbox. Datasets en de union noemen het schema zo.',
  'wizards.schema.title.placeholder': 'Loyaliteitsleden',
  'wizards.schema.title.required': 'Geef het schema een titel.',
  'wizards.schema.title.taken':
    'Er bestaat al een schema met de titel “{title}” in deze sandbox; titels zijn uniek.',
  'wizards.schema.title.refused': 'De engine weigerde de titel “{title}”; zie de melding onder de titel.',
  'wizards.schema.description.label': 'Beschrijving',
  'wizards.schema.description.hint': 'Optioneel: waarvoor het schema dient.',

  'wizards.schema.groups.heading': 'Veldgroepen toevoegen',
  'wizards.schema.groups.intro':
    'Alleen veldgroepen voor {class} staan in de lijst. Bij het verlaten van deze stap wordt het schema in de sandbox gemaakt, zodat de volgende stappen met het echte schema werken.',
  'wizards.schema.groups.introExisting':
    'Alleen veldgroepen voor {class} staan in de lijst. Wijzigingen gaan naar het conceptschema zodra je verdergaat.',
  'wizards.schema.groups.search': 'Zoeken in de standaardbibliotheek',
  'wizards.schema.groups.searchPlaceholder': 'Persoonlijke contactgegevens, loyaliteit, toestemmingen…',
  'wizards.schema.groups.count': { one: '{count} passende veldgroep', other: '{count} passende veldgroepen' },
  'wizards.schema.groups.loading': 'De standaardbibliotheek wordt geladen…',
  'wizards.schema.groups.listLabel': 'Passende veldgroepen',
  'wizards.schema.groups.noMatch': 'Geen passende veldgroep gevonden voor deze zoekopdracht.',
  'wizards.schema.groups.keyboardHint':
    'In de lijst: pijltjestoetsen verplaatsen, Spatie of Enter voegt de veldgroep toe of haalt hem weg.',
  'wizards.schema.groups.experimental': 'Experimenteel',
  'wizards.schema.groups.chosen': 'Gekozen veldgroepen',
  'wizards.schema.groups.none':
    'Nog geen veldgroepen. De klasse alleen geeft een paar systeemvelden; de meeste schema’s krijgen minstens één veldgroep.',
  'wizards.schema.groups.loadingFields': 'Velden worden geladen…',
  'wizards.schema.groups.fieldCount': { one: '{count} veld', other: '{count} velden' },
  'wizards.schema.groups.showFields': 'Velden tonen',
  'wizards.schema.groups.hideFields': 'Velden verbergen',
  'wizards.schema.groups.remove': '{title} verwijderen',
  'wizards.schema.groups.fieldsOf': 'Velden van {title}',
  'wizards.schema.tree.primary': 'Primair · {namespace}',
  'wizards.schema.tree.required': 'Verplicht',

  'wizards.schema.fields.heading': 'Eigen velden toevoegen',
  'wizards.schema.fields.intro':
    'Velden die de standaardbibliotheek niet heeft, komen onder je tenantobject {tenant}, zodat ze nooit botsen met velden van Adobe. Elk veld gaat meteen naar het conceptschema.',
  'wizards.schema.fields.formTitle': 'Nieuw eigen veld',
  'wizards.schema.fields.listTitle': 'Eigen velden onder {tenant}',
  'wizards.schema.fields.none': 'Nog geen eigen velden.',
  'wizards.schema.fields.optional':
    'Deze stap is optioneel. Punten in een naam maken geneste objecten, bijvoorbeeld',
  'wizards.schema.fields.tableLabel': 'Eigen velden',
  'wizards.schema.fields.column.path': 'Veld',
  'wizards.schema.fields.column.type': 'Type',
  'wizards.schema.fields.column.title': 'Titel',
  'wizards.schema.fields.requiredBadge': 'Verplicht',
  'wizards.schema.field.name': 'Veldnaam',
  'wizards.schema.field.nameHint':
    'Letters, cijfers, “-” en “_”; niet beginnen met “_”. camelCase wordt aangeraden, bijvoorbeeld loyaltyTier.',
  'wizards.schema.field.nameRequired': 'Typ een veldnaam, bijvoorbeeld loyaltyTier.',
  'wizards.schema.field.nameEmptySegment':
    'Een veldnaam kan niet met een punt beginnen of eindigen en geen twee punten achter elkaar hebben: elke punt scheidt een geneste veldnaam.',
  'wizards.schema.field.nameUnderscore':
    '“{segment}” begint met “_”. Het platform reserveert een underscore vooraan voor namespaces zoals {tenant}; begin de naam met een letter of cijfer.',
  'wizards.schema.field.nameCharacters':
    '“{segment}” bevat tekens die het platform niet toestaat in veldnamen. Gebruik alleen letters, cijfers, “-” en “_” (camelCase, bijvoorbeeld loyaltyTier).',
  'wizards.schema.field.type': 'Type',
  'wizards.schema.field.type.string': 'Tekst (string)',
  'wizards.schema.field.type.enum': 'Tekst met toegestane waarden (enum)',
  'wizards.schema.field.type.number': 'Getal (double)',
  'wizards.schema.field.type.long': 'Lang geheel getal',
  'wizards.schema.field.type.int': 'Geheel getal',
  'wizards.schema.field.type.short': 'Kort geheel getal',
  'wizards.schema.field.type.byte': 'Byte',
  'wizards.schema.field.type.boolean': 'Booleaans',
  'wizards.schema.field.type.date': 'Datum',
  'wizards.schema.field.type.date-time': 'Datum en tijd',
  'wizards.schema.field.type.uri': 'URI',
  'wizards.schema.field.enum': 'Toegestane waarden',
  'wizards.schema.field.enumHint':
    'Druk na elke waarde op Enter. Zodra het schema in gebruik is, kunnen waarden erbij maar nooit meer weg.',
  'wizards.schema.field.enumRequired': 'Een enum heeft minstens één toegestane waarde nodig.',
  'wizards.schema.field.title': 'Weergavetitel',
  'wizards.schema.field.titleHint':
    'Optioneel; leeg betekent afgeleid van de naam (loyaltyTier → Loyalty Tier).',
  'wizards.schema.field.required': 'Verplicht',
  'wizards.schema.field.requiredHint': 'Records zonder waarde komen niet door de validatie.',
  'wizards.schema.field.add': 'Veld toevoegen',
  'wizards.schema.field.pending':
    'Je typte het veld “{name}” maar voegde het niet toe. Voeg het toe met “Veld toevoegen” of maak de naam leeg.',

  'wizards.schema.identity.heading': 'Identiteitsvelden markeren',
  'wizards.schema.identity.intro':
    'Identiteitsvelden voeden de identiteitsgraaf; de primaire identiteit is de sleutel waarop Profile fragmenten samenvoegt. Een Profile-schema heeft precies één primaire identiteit nodig.',
  'wizards.schema.identity.formTitle': 'Nieuwe identiteit',
  'wizards.schema.identity.field': 'Veld',
  'wizards.schema.identity.fieldHint': {
    one: '{count} tekstveld van het schema kan een identiteit zijn.',
    other: '{count} tekstvelden van het schema kunnen identiteiten zijn.',
  },
  'wizards.schema.identity.fieldPlaceholder': 'Typ om te zoeken, bijvoorbeeld personalEmail.address',
  'wizards.schema.identity.noField': 'Geen tekstveld gevonden',
  'wizards.schema.identity.namespace': 'Identiteitsnamespace',
  'wizards.schema.identity.namespaceHint': 'Wat voor identificatie de waarden zijn.',
  'wizards.schema.identity.namespacePlaceholder': 'Email, Phone, ECID…',
  'wizards.schema.identity.noNamespace': 'Geen namespace gevonden',
  'wizards.schema.identity.standardNamespaces': 'Standaard',
  'wizards.schema.identity.customNamespaces': 'Eigen (deze sandbox)',
  'wizards.schema.identity.newNamespace': 'Nieuwe namespace…',
  'wizards.schema.identity.primary': 'Primaire identiteit',
  'wizards.schema.identity.primaryHint':
    'Profile gebruikt de primaire identiteit om de records van dit schema tot profielen samen te voegen.',
  'wizards.schema.identity.primaryTaken':
    '{path} is de primaire identiteit. Een schema heeft er maar één; gebruik “Primair maken” in de lijst om die te verplaatsen.',
  'wizards.schema.identity.add': 'Identiteit toevoegen',
  'wizards.schema.identity.listTitle': 'Identiteitsvelden',
  'wizards.schema.identity.none': 'Nog geen identiteitsvelden.',
  'wizards.schema.identity.tableLabel': 'Identiteitsvelden',
  'wizards.schema.identity.column.field': 'Veld',
  'wizards.schema.identity.column.namespace': 'Namespace',
  'wizards.schema.identity.column.primary': 'Primair',
  'wizards.schema.identity.column.actions': 'Acties',
  'wizards.schema.identity.missingField': 'Niet in het schema',
  'wizards.schema.identity.fieldRequired': 'Kies het veld met de identiteit.',
  'wizards.schema.identity.namespaceRequired': 'Kies de namespace van de identiteitswaarden.',
  'wizards.schema.identity.primaryBadge': 'Primair',
  'wizards.schema.identity.makePrimary': 'Primair maken',
  'wizards.schema.identity.makePrimaryOf': '{path} de primaire identiteit maken',
  'wizards.schema.identity.remove': 'Identiteit {path} verwijderen',
  'wizards.schema.identity.identityMapTitle': 'De primaire identiteit kan uit identityMap komen',
  'wizards.schema.identity.identityMap':
    'Dit schema heeft identityMap, dus elk record kan daar één identiteit als "primary": true markeren. Een veld primair maken is voor ruwe gegevens toch duidelijker.',
  'wizards.schema.identity.rule.strings': 'Alleen tekstvelden kunnen identiteiten zijn.',
  'wizards.schema.identity.rule.required': 'Identiteitsvelden worden verplicht, en de objecten eromheen ook.',
  'wizards.schema.identity.rule.primary':
    'Eén primaire identiteit per schema; die kan niet meer veranderen zodra het schema is ingeschakeld.',
  'wizards.schema.identity.rule.unique':
    'Markeer geen waarden die veel mensen delen (postcode, loyaliteitsniveau) als identiteit.',
  'wizards.schema.identity.pending':
    'Je koos het veld {path} maar voegde het niet toe als identiteit. Voeg het toe of maak het veld leeg.',
  'wizards.schema.identity.primaryRequired':
    'Markeer één identiteitsveld als primair: zonder primaire identiteit kan Profile geen records samenvoegen.',

  'wizards.schema.namespace.title': 'Nieuwe identiteitsnamespace',
  'wizards.schema.namespace.intro':
    'Een eigen namespace bestaat alleen in deze sandbox. Namespaces kunnen later niet worden verwijderd.',
  'wizards.schema.namespace.code': 'Identiteitssymbool',
  'wizards.schema.namespace.codeHint':
    'Letters, cijfers, “_”, “.” of “-”, beginnend met een letter, bijvoorbeeld CRMID. Records gebruiken het als sleutel in identityMap.',
  'wizards.schema.namespace.name': 'Weergavenaam',
  'wizards.schema.namespace.namePlaceholder': 'CRM-ID',
  'wizards.schema.namespace.type': 'Identiteitstype',
  'wizards.schema.namespace.typeHint': 'Het bepaalt hoe de identiteitsgraaf de waarden behandelt.',
  'wizards.schema.namespace.type.COOKIE': 'Cookie-ID',
  'wizards.schema.namespace.type.DEVICE': 'Apparaat-ID',
  'wizards.schema.namespace.type.CROSS_DEVICE': 'Apparaatoverstijgende ID (persoon)',
  'wizards.schema.namespace.type.EMAIL': 'E-mailadres',
  'wizards.schema.namespace.type.PHONE': 'Telefoonnummer',
  'wizards.schema.namespace.type.NON_PEOPLE': 'Identificatie van geen persoon',
  'wizards.schema.namespace.type.PARTNER': 'Partner-ID',
  'wizards.schema.namespace.description': 'Beschrijving',
  'wizards.schema.namespace.submit': 'Namespace maken',

  'wizards.schema.review.heading': 'Controleren en inschakelen voor Profile',
  'wizards.schema.review.intro':
    'De controlelijst is die van het platform: de engine controleert het conceptschema zoals het nu is.',
  'wizards.schema.review.summary': 'Schema',
  'wizards.schema.review.title': 'Titel',
  'wizards.schema.review.class': 'Klasse',
  'wizards.schema.review.groups': 'Veldgroepen',
  'wizards.schema.review.customFields': 'Eigen velden',
  'wizards.schema.review.identities': 'Identiteiten',
  'wizards.schema.review.primaryIdentity': '{path} ({namespace}, primair)',
  'wizards.schema.review.fieldCount': 'Omvang',
  'wizards.schema.review.fields': { one: '{count} veld', other: '{count} velden' },
  'wizards.schema.review.checklist': 'Voorwaarden voor Profile',
  'wizards.schema.review.recheck': 'Opnieuw controleren',
  'wizards.schema.review.met': 'Voldaan: {rule}',
  'wizards.schema.review.unmet': 'Niet voldaan: {rule}',
  'wizards.schema.review.fix': 'Zo los je het op: {fix}',
  'wizards.schema.review.rule.class': 'een klasse die Profile voedt',
  'wizards.schema.review.rule.primary-identity': 'één primaire identiteit',
  'wizards.schema.review.rule.identity-fields': 'geldige identiteitsvelden',
  'wizards.schema.review.rule.other': 'regel van het platform',
  'wizards.schema.review.allMet':
    'Aan elke voorwaarde is voldaan. Bij het inschakelen bevestig je wat blijvend wordt.',
  'wizards.schema.review.someUnmet': {
    one: 'Aan {count} voorwaarde is niet voldaan. Ga terug en los het op; de lijst werkt zich bij elke wijziging bij.',
    other:
      'Aan {count} voorwaarden is niet voldaan. Ga terug en los ze op; de lijst werkt zich bij elke wijziging bij.',
  },

  'wizards.schema.confirm.title': '“{title}” inschakelen voor Profile?',
  'wizards.schema.confirm.intro':
    'Inschakelen kan niet ongedaan worden gemaakt. Daarna ligt het volgende vast:',
  'wizards.schema.confirm.listLabel': 'Wat blijvend wordt',
  'wizards.schema.confirm.submit': 'Inschakelen voor Profile',

  'wizards.schema.done.title': '“{title}” is ingeschakeld voor Profile',
  'wizards.schema.done.body':
    'De velden zijn opgenomen in het union-schema van de klasse. Maak nu een dataset op dit schema en zet Profile en Identity aan: alleen gegevens in datasets met Profile aan komen in Profile.',
  'wizards.schema.done.next': 'Een dataset op dit schema instellen',
  'wizards.schema.done.another': 'Nog een schema inschakelen',
} as const satisfies SchemaWizardCatalogue;
