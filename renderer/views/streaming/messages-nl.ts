// Dutch messages of the streaming view; spread into the app catalogue `i18n/nl.ts`.
import type { Translation } from '../../i18n/types';
import type { streamingViewEn } from './messages-en';

type StreamingViewCatalogue = {
  readonly [K in keyof typeof streamingViewEn]: Translation<(typeof streamingViewEn)[K]>;
};

export const streamingViewNl = {
  'views.streaming.copy': 'Kopiëren',
  'views.streaming.copied': 'Gekopieerd',
  'views.streaming.api.title': 'De lokale HTTP-API',
  'views.streaming.api.web':
    'In deze browser is er geen HTTP-eindpunt: de HTTP-API draait in de desktop-app en in “profile-stager serve”. Start die met de opdracht hieronder (exporteer deze sandbox als momentopname in Instellingen en geef die mee met --snapshot), of stuur testberichten vanaf deze pagina.',
  'views.streaming.api.local':
    'Berichten die naar de URL van een inlet op {base} worden gestuurd, worden gevalideerd en weggeschreven zoals op het platform. Vanuit een terminal biedt “profile-stager serve” dezelfde API:',
  'views.streaming.api.stopped':
    'De lokale API draait niet, dus deze URL’s antwoorden nog niet. Zet hem aan, of kies een vrije poort, in',
  'views.streaming.api.toSettings': 'Instellingen → Lokale API',
  'views.streaming.api.copy': 'De serve-opdracht kopiëren',
  'views.streaming.list.title': 'Inlets',
  'views.streaming.list.none':
    'Nog geen inlets. Maak er een om een URL te krijgen die gestreamde berichten aanneemt.',
  'views.streaming.list.choose': 'Te tonen inlet',
  'views.streaming.list.chooseHint': 'Met de pijltoetsen gaat u van inlet naar inlet.',
  'views.streaming.list.name': 'Naam en inlet-id',
  'views.streaming.list.createdAt': 'Gemaakt op {time}',
  'views.streaming.list.radio': 'Inlet {name} tonen',
  'views.streaming.list.authenticated': 'Met token',
  'views.streaming.create.title': 'Een inlet maken',
  'views.streaming.create.name': 'Naam',
  'views.streaming.create.namePlaceholder': 'bijv. Aanmeldingen via de website',
  'views.streaming.create.nameMissing': 'Geef de inlet een naam.',
  'views.streaming.create.auth': 'Token vereisen',
  'views.streaming.create.authHint':
    'Inlets met authenticatie weigeren berichten zonder het API-token (401), zoals het platform doet voor vertrouwde bronnen.',
  'views.streaming.create.submit': 'Inlet maken',
  'views.streaming.detail.none': 'Maak een inlet om de URL, een voorbeeldbericht en het logboek te zien.',
  'views.streaming.detail.url': 'Lokale URL',
  'views.streaming.detail.copyUrl': 'De URL van de inlet kopiëren',
  'views.streaming.detail.batchUrl':
    'Meerdere berichten tegelijk: POST een object met een lijst “messages” naar {url}.',
  'views.streaming.curl.title': 'Voorbeeldverzoek',
  'views.streaming.curl.intro':
    'Een geldig bericht voor de gekozen dataset, in de envelop van het platform (header met schema en dataset, body met het record).',
  'views.streaming.curl.introToken':
    'Een geldig bericht voor de gekozen dataset. Deze inlet vereist authenticatie: zet TOKEN eerst op het API-token.',
  'views.streaming.curl.code': 'De curl-opdracht',
  'views.streaming.curl.copy': 'curl-opdracht kopiëren',
  'views.streaming.test.dataset': 'Dataset',
  'views.streaming.test.datasetHint': 'Het bericht noemt deze dataset en zijn schema in de header.',
  'views.streaming.test.noDatasets':
    'Deze sandbox heeft nog geen datasets. Maak er een (wizard 2) om er records naartoe te streamen.',
  'views.streaming.test.title': 'Een testbericht sturen',
  'views.streaming.test.intro':
    'Bewerk het record en stuur het naar de inlet met synchrone validatie: een ongeldig bericht wordt geweigerd met de redenen en er wordt niets weggeschreven.',
  'views.streaming.test.entity': 'Record (xdmEntity)',
  'views.streaming.test.entityHint': 'JSON; de envelop eromheen wordt voor u toegevoegd.',
  'views.streaming.test.notJson':
    'Dit is geen geldige JSON: {detail}. Herstel het record en stuur het opnieuw.',
  'views.streaming.test.send': 'Testbericht sturen',
  'views.streaming.test.passed': 'Geslaagd: het bericht is aangenomen',
  'views.streaming.test.receipt':
    'Ontvangstbewijs {id}. Het record staat nu in Profile; zoek het op onder Profielen.',
  'views.streaming.test.failed': 'Mislukt: geweigerd met status {status}',
  'views.streaming.test.causes': 'Oorzaken van de validatiefout',
  'views.streaming.log.title': 'Recente berichten',
  'views.streaming.log.loading': 'Het logboek wordt geladen…',
  'views.streaming.log.summary': {
    one: '{count} bericht: {passed} geslaagd, {failed} mislukt. Nieuwe berichten verschijnen zodra ze binnenkomen.',
    other:
      '{count} berichten: {passed} geslaagd, {failed} mislukt. Nieuwe berichten verschijnen zodra ze binnenkomen.',
  },
  'views.streaming.log.empty': 'Nog geen berichten. Stuur een testbericht of post naar de URL.',
  'views.streaming.log.table': 'Recente berichten, nieuwste eerst',
  'views.streaming.log.time': 'Ontvangen',
  'views.streaming.log.result': 'Resultaat',
  'views.streaming.log.status': 'Status',
  'views.streaming.log.dataset': 'Dataset',
  'views.streaming.log.detail': 'Details',
  'views.streaming.log.pass': 'Geslaagd',
  'views.streaming.log.fail': 'Mislukt',
  'views.streaming.log.passedSync': 'Gevalideerd en weggeschreven',
  'views.streaming.log.passedAsync': 'Aangenomen; na ontvangst gevalideerd',
  'views.streaming.log.causes': {
    one: '{message}',
    other: '{message} ({count} oorzaken)',
  },
} as const satisfies StreamingViewCatalogue;
