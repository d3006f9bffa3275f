// Dutch messages of the Settings page's Local API card; spread into the app catalogue `i18n/nl.ts`.
import type { Translation } from '../../i18n/types';
import type { settingsApiEn } from './messages-en';

type SettingsApiCatalogue = {
  readonly [K in keyof typeof settingsApiEn]: Translation<(typeof settingsApiEn)[K]>;
};

export const settingsApiNl = {
  'settings.api.title': 'Lokale API',
  'settings.api.intro':
    'Scripts, Postman-collecties en streamingproducenten die voor het platform zijn geschreven, kunnen deze app aanroepen: verander alleen de basis-URL en het token.',
  'settings.api.enabled': 'Lokale API aanbieden',
  'settings.api.enabled.hint':
    'Luistert alleen op 127.0.0.1, dus alleen programma’s op deze computer kunnen hem bereiken.',
  'settings.api.state.running': 'Actief',
  'settings.api.state.off': 'Uit',
  'settings.api.state.stopped': 'Niet actief',
  'settings.api.state.loading': 'Controleren…',
  'settings.api.url': 'Basis-URL',
  'settings.api.url.none': 'Niet actief',
  'settings.api.port': 'Poort',
  'settings.api.port.hint': 'Een geheel getal van 1 tot en met 65535 (standaard {port}).',
  'settings.api.port.apply': 'Deze poort gebruiken',
  'settings.api.port.invalid': 'Voer een geheel getal van 1 tot en met 65535 in.',
  'settings.api.token': 'Token',
  'settings.api.token.hint':
    'Stuur het mee als “Authorization: Bearer <token>”. Het is voor deze installatie gemaakt en alleen voor u leesbaar opgeslagen.',
  'settings.api.token.show': 'Token tonen',
  'settings.api.token.hide': 'Token verbergen',
  'settings.api.copy': 'Kopiëren',
  'settings.api.copied': 'Gekopieerd',
  'settings.api.copyUrl': 'Basis-URL kopiëren',
  'settings.api.copyToken': 'Token kopiëren',
  'settings.api.copyCommand': 'Opdracht kopiëren',
  'settings.api.regenerate': 'Nieuw token maken',
  'settings.api.regenerate.confirm':
    'Scripts met het huidige token werken niet meer tot u ze het nieuwe geeft.',
  'settings.api.regenerate.yes': 'Nieuw token maken',
  'settings.api.regenerate.no': 'Huidig token houden',
  'settings.api.regenerated': 'Nieuw token gemaakt; het oude werkt niet meer.',
  'settings.api.try': 'Probeer het',
  'settings.api.error.portInUse':
    'Poort {port} wordt al door een ander programma gebruikt. Kies een andere poort of stop het programma dat hem gebruikt.',
  'settings.api.error.noPermission':
    'Deze computer staat niet toe dat op poort {port} wordt geluisterd. Kies een poort boven 1024.',
  'settings.api.error.invalidPort': 'Dat is geen poort: voer een geheel getal van 1 tot en met 65535 in.',
  'settings.api.error.failed': 'De lokale API kon niet starten: {reason}',
  'settings.api.error.title': 'De lokale API draait niet',
  'settings.api.web.intro':
    'In de browser kan de app geen poort openen. De HTTP-API draait in de desktop-app (op deze kaart, daar) en zonder venster via de opdrachtregel, ook voor CI-pipelines:',
  'settings.api.web.flags':
    'Laat --token weg voor een willekeurig token, of stel het in met de omgevingsvariabele PROFILE_STAGER_TOKEN. De opdracht toont de basis-URL en het token.',
} as const satisfies SettingsApiCatalogue;
