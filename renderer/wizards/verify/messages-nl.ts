// Dutch messages of the verify wizard (wizard 4); spread into the app catalogue `i18n/nl.ts`.
import type { Translation } from '../../i18n/types';
import type { verifyWizardEn } from './messages-en';

type VerifyWizardCatalogue = {
  readonly [K in keyof typeof verifyWizardEn]: Translation<(typeof verifyWizardEn)[K]>;
};

export const verifyWizardNl = {
  'wizards.verify.steps.label': 'Stappen van de controle',
  'wizards.verify.step.upload': 'Upload',
  'wizards.verify.step.upload.short': 'Batch of dataset',
  'wizards.verify.step.lookup': 'Opzoeken',
  'wizards.verify.step.lookup.short': 'Identiteit en beleid',
  'wizards.verify.step.result': 'Resultaat',
  'wizards.verify.step.result.short': 'Profiel of diagnose',
  'wizards.verify.back': 'Terug',
  'wizards.verify.next.upload': 'Een profiel opzoeken',
  'wizards.verify.next.lookup': 'Opzoeken',
  'wizards.verify.next.result': 'Een andere upload controleren',

  'wizards.verify.pager.previous': 'Vorige',
  'wizards.verify.pager.next': 'Volgende',
  'wizards.verify.pager.status': 'Pagina {page} van {pages}',

  'wizards.verify.upload.title': 'Welke upload wil je controleren?',
  'wizards.verify.upload.intro':
    'Kies een batch, of een dataset om bij de nieuwste batch te beginnen. Je ziet wat de batch schreef en welke profielen hij raakte; kies er een om op te zoeken.',
  'wizards.verify.upload.dataset': 'Dataset',
  'wizards.verify.upload.datasetHint': 'Beperkt de lijst tot één dataset en kiest de nieuwste batch ervan.',
  'wizards.verify.upload.allDatasets': 'Alle datasets',
  'wizards.verify.upload.missingTitle': 'Batch niet gevonden',
  'wizards.verify.upload.missing':
    'Er is geen batch {id} in deze sandbox. Misschien hoort hij bij een andere sandbox; kies er een uit de lijst.',
  'wizards.verify.upload.noBatchesTitle': 'Nog niets te controleren',
  'wizards.verify.upload.noBatches':
    'Deze sandbox heeft geen batches. Importeer eerst een bestand, of zoek een profiel op via een identiteit.',
  'wizards.verify.upload.noBatchesInDataset': 'Er is nog geen batch in deze dataset geladen.',
  'wizards.verify.upload.toImport': 'Bestanden importeren',

  'wizards.verify.batches.label': 'Batches, nieuwste eerst',
  'wizards.verify.batches.hint': 'Met de pijltjestoetsen ga je van batch naar batch.',
  'wizards.verify.batches.choose': 'Kiezen',
  'wizards.verify.batches.batch': 'Batch',
  'wizards.verify.batches.dataset': 'Dataset',
  'wizards.verify.batches.status': 'Status',
  'wizards.verify.batches.records': 'Records',
  'wizards.verify.batches.created': 'Aangemaakt',
  'wizards.verify.batches.radio': 'Batch {id} in {dataset}',
  'wizards.verify.batches.pages': 'Pagina’s met batches',

  'wizards.verify.batchStatus.loading': 'Bezig met laden',
  'wizards.verify.batchStatus.staging': 'Klaarzetten',
  'wizards.verify.batchStatus.success': 'Gelukt',
  'wizards.verify.batchStatus.failed': 'Mislukt',
  'wizards.verify.batchStatus.aborted': 'Afgebroken',
  'wizards.verify.batchStatus.inactive': 'Teruggedraaid',
  'wizards.verify.batchStatus.deleted': 'Verwijderd',

  'wizards.verify.summary.title': 'Wat de batch schreef',
  'wizards.verify.summary.dataset': 'Dataset',
  'wizards.verify.summary.profileOn': 'Profile aan',
  'wizards.verify.summary.profileOff': 'Profile uit',
  'wizards.verify.summary.written': 'Records geschreven',
  'wizards.verify.summary.failed': 'Records mislukt',
  'wizards.verify.summary.skippedLabel': 'Overgeslagen door Profile',
  'wizards.verify.summary.completed': 'Voltooid',
  'wizards.verify.summary.notSuccess':
    'Deze batch is niet gelukt, dus geen van zijn rijen heeft Profile bereikt.',
  'wizards.verify.summary.beforeProfile':
    'De dataset stond niet aan voor Profile toen deze batch werd geladen: de rijen bereiken Profile nooit. Zet de dataset aan en lees het bestand opnieuw in.',
  'wizards.verify.summary.skipped': {
    one: '{count} rij staat in de dataset maar is overgeslagen door Identity en Profile (een identiteitswaarde brak een regel).',
    other:
      '{count} rijen staan in de dataset maar zijn overgeslagen door Identity en Profile (identiteitswaarden braken een regel).',
  },

  'wizards.verify.touched.title': 'Profielen die deze batch raakte',
  'wizards.verify.touched.count': { one: '{count} profiel', other: '{count} profielen' },
  'wizards.verify.touched.none': 'Deze batch raakte geen profielen.',
  'wizards.verify.touched.namespace': 'Namespace',
  'wizards.verify.touched.identity': 'Primaire identiteit',
  'wizards.verify.touched.action': 'Actie',
  'wizards.verify.touched.lookUp': 'Opzoeken',
  'wizards.verify.touched.lookUpOne': '{namespace} {id} opzoeken',
  'wizards.verify.touched.pages': 'Pagina’s met profielen',

  'wizards.verify.lookup.title': 'Een profiel opzoeken',
  'wizards.verify.lookup.intro':
    'Zoals de Profile Access API het doet: een identiteitswaarde in een namespace, samengevoegd volgens een merge policy. Of kies een van de profielen die de batch raakte.',
  'wizards.verify.lookup.namespace': 'Identiteitsnamespace',
  'wizards.verify.lookup.noNamespace': 'Geen namespace met die naam',
  'wizards.verify.lookup.value': 'Identiteitswaarde',
  'wizards.verify.lookup.valueHint': 'Precies zoals ingelezen: hoofdletters en spaties tellen mee.',
  'wizards.verify.lookup.valueMissing': 'Vul de identiteitswaarde in die je wilt opzoeken.',
  'wizards.verify.lookup.policy': 'Merge policy',
  'wizards.verify.lookup.policyDefault': '{name} (standaard)',
  'wizards.verify.lookup.noPolicies': 'Geen merge policy in deze sandbox',

  'wizards.verify.policy.timestamp': 'Op tijdstip: de laatst ingelezen waarde wint.',
  'wizards.verify.policy.precedence': 'Voorrang per dataset: {datasets}; niet genoemde datasets vallen weg.',
  'wizards.verify.policy.pdg': 'Identiteiten worden gekoppeld via de private identity graph.',
  'wizards.verify.policy.noStitching': 'Geen koppeling: alleen de opgezochte identiteit telt.',
  'wizards.verify.policy.none':
    'Geen standaard merge policy: het opzoeken gebeurt zonder samenvoegen en zonder koppelen, zoals op het platform.',

  'wizards.verify.result.loading': '{identity} opzoeken…',
  'wizards.verify.result.found': 'Profiel van {identity}',
  'wizards.verify.result.missing': 'Geen profiel voor {identity}',
  'wizards.verify.result.policy': 'Merge policy ‘{name}’. {summary}',
  'wizards.verify.result.runChecks': 'De controles uitvoeren',
  'wizards.verify.result.change': 'Opzoeking wijzigen',
  'wizards.verify.result.xid': 'XID',
  'wizards.verify.result.sources': {
    one: 'Samengevoegd uit {count} dataset',
    other: 'Samengevoegd uit {count} datasets',
  },
  'wizards.verify.result.nothing': 'Er kwam niets terug',
  'wizards.verify.result.nothingHint':
    'De Profile Access API zou deze opzoeking zonder entiteit beantwoorden. De controles hieronder lopen de gedocumenteerde oorzaken van het platform op volgorde af.',

  'wizards.verify.tabs.label': 'Details van het profiel',
  'wizards.verify.tabs.attributes': 'Attributen',
  'wizards.verify.tabs.fragments': 'Fragmenten',
  'wizards.verify.tabs.graph': 'Identity graph',
  'wizards.verify.tabs.events': 'Events',

  'wizards.verify.attributes.label': 'Attributen van het samengevoegde profiel',
  'wizards.verify.source.label': 'Bron van het attribuut',
  'wizards.verify.source.title': 'Bron',
  'wizards.verify.source.empty':
    'Kies een attribuut, of wijs er een aan, om te zien waar de waarde vandaan komt.',
  'wizards.verify.source.dataset': 'Dataset',
  'wizards.verify.source.batch': 'Batch',
  'wizards.verify.source.row': 'Rij',
  'wizards.verify.source.time': 'Ingelezen',
  'wizards.verify.source.rule': 'Regel',
  'wizards.verify.source.identityMap':
    'De identity map is de vereniging van de identiteiten van alle fragmenten; er is dus geen enkele bron die wint.',
  'wizards.verify.source.branch': {
    one: '{count} attribuut hieronder, uit:',
    other: '{count} attributen hieronder, uit:',
  },
  'wizards.verify.source.branchSource': {
    one: '{dataset} ({count} attribuut)',
    other: '{dataset} ({count} attributen)',
  },
  'wizards.verify.source.unknown': 'Voor dit attribuut is geen bron vastgelegd.',

  'wizards.verify.rule.only-source': 'Enige bron',
  'wizards.verify.rule.only-source.why':
    'Geen ander fragment heeft dit attribuut, dus de waarde wordt overgenomen zoals ze is.',
  'wizards.verify.rule.timestampOrdered': 'Op tijdstip',
  'wizards.verify.rule.timestampOrdered.why':
    'Meerdere fragmenten hebben dit attribuut; het laatst ingelezen fragment wint.',
  'wizards.verify.rule.dataSetPrecedence': 'Voorrang per dataset',
  'wizards.verify.rule.dataSetPrecedence.why':
    'Meerdere fragmenten hebben dit attribuut; de dataset die het hoogst staat in de volgorde van de merge policy wint.',
  'wizards.verify.rule.upsert': 'Upsert',
  'wizards.verify.rule.upsert.why': 'Een upsert-batch heeft dit attribuut ter plaatse bijgewerkt.',

  'wizards.verify.fragments.intro':
    'Een fragment is het record van één primaire identiteit in één dataset; het profiel voegt ze samen.',
  'wizards.verify.fragments.none':
    'Er is geen recordfragment in dit profiel samengevoegd (het bevat alleen events).',
  'wizards.verify.fragments.attributes': { one: '{count} attribuut', other: '{count} attributen' },
  'wizards.verify.fragments.batch': 'Laatste batch',
  'wizards.verify.fragments.time': 'Laatst ingelezen',
  'wizards.verify.fragments.record': 'Opgeslagen record',

  'wizards.verify.graph.canvas':
    'Tekening van de identity graph met {nodes} identiteiten en {links} koppelingen',
  'wizards.verify.graph.legend': 'Namespaces',
  'wizards.verify.graph.identities': { one: '{count} identiteit', other: '{count} identiteiten' },
  'wizards.verify.graph.links': { one: '{count} koppeling', other: '{count} koppelingen' },
  'wizards.verify.graph.noLinks': 'Deze identiteit is aan geen andere identiteit gekoppeld.',
  'wizards.verify.graph.linkedTo': 'gekoppeld aan',
  'wizards.verify.graph.linkSource': 'Uit {dataset}, rij {row}, batch',
  'wizards.verify.graph.streamed': 'gestreamd',
  'wizards.verify.graph.moreLinks': { one: 'en nog {count} koppeling', other: 'en nog {count} koppelingen' },
  'wizards.verify.graph.notStitched':
    'Deze merge policy koppelt geen identiteiten: het profiel gebruikt alleen de opgezochte identiteit, al bestaat de graph hieronder wel.',
  'wizards.verify.graph.overLimit':
    'Deze graph heeft meer dan 50 identiteiten: het platform weigert opzoekingen ervan (HTTP 422).',
  'wizards.verify.graph.capped':
    '{shown} van {total} identiteiten getoond: de graph-viewer van het platform tekent er hoogstens {max}.',

  'wizards.verify.events.label': 'Events, nieuwste eerst',
  'wizards.verify.events.order': 'Nieuwste eerst',
  'wizards.verify.events.none': 'Er horen geen ExperienceEvents bij dit profiel.',
  'wizards.verify.events.untyped': 'Event',
  'wizards.verify.events.id': 'Event {id}',
  'wizards.verify.events.pages': 'Pagina’s met events',
  'wizards.verify.events.newer': 'Nieuwer',
  'wizards.verify.events.older': 'Ouder',
  'wizards.verify.events.page': 'Pagina {page}',

  'wizards.verify.diagnosis.title': 'Waarom er niets terugkwam: de controles',
  'wizards.verify.diagnosis.list':
    'Gedocumenteerde oorzaken, in de volgorde waarin het platform ze laat nagaan',
  'wizards.verify.diagnosis.matches': { one: '{count} oorzaak gevonden', other: '{count} oorzaken gevonden' },
  'wizards.verify.diagnosis.noMatch': 'Geen gedocumenteerde oorzaak past',
  'wizards.verify.diagnosis.match': 'Dit is het',
  'wizards.verify.diagnosis.ruledOut': 'Uitgesloten',
  'wizards.verify.diagnosis.running': 'De controles lopen…',
  'wizards.verify.diagnosis.unavailable': 'De controles konden niet worden uitgevoerd.',
  'wizards.verify.diagnosis.evidence': 'Bewijs',
  'wizards.verify.diagnosis.dataset': 'Dataset',
  'wizards.verify.diagnosis.batch': 'Batch',
  'wizards.verify.diagnosis.row': 'Rij',
  'wizards.verify.diagnosis.detail': 'Toelichting',
  'wizards.verify.cause.numbered': '{n}. {cause}',
  'wizards.verify.cause.dataset-not-enabled': 'Dataset staat niet aan voor Profile',
  'wizards.verify.cause.ingested-before-enabling': 'Gegevens ingelezen voordat Profile aan stond',
  'wizards.verify.cause.wrong-namespace-or-value': 'Verkeerde namespace of waardevorm',
  'wizards.verify.cause.identity-value-rejected': 'Identiteitswaarde geweigerd',
  'wizards.verify.cause.no-primary-identity': 'Record zonder primaire identiteit',
  'wizards.verify.cause.single-identity-records': 'Records met maar één identiteit',
  'wizards.verify.cause.graph-over-limit': 'Identity graph boven 50 identiteiten',
  'wizards.verify.cause.merge-policy-excludes-dataset': 'Merge policy laat de dataset weg',
} as const satisfies VerifyWizardCatalogue;
