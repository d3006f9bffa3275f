// Dutch messages of the merge policies view; spread into the app catalogue `i18n/nl.ts`.
import type { Translation } from '../../i18n/types';
import type { mergePoliciesViewEn } from './messages-en';

type MergePoliciesViewCatalogue = {
  readonly [K in keyof typeof mergePoliciesViewEn]: Translation<(typeof mergePoliciesViewEn)[K]>;
};

export const mergePoliciesViewNl = {
  'views.mergePolicies.new': 'Nieuwe merge policy',
  'views.mergePolicies.full':
    'Deze sandbox heeft {max} merge policy’s, het maximum van het platform. Verwijder er een om een andere te maken.',
  'views.mergePolicies.list.label': 'Merge policy’s',
  'views.mergePolicies.list.none':
    'Geen merge policy’s: opzoeken voegt geen fragmenten samen en koppelt geen identiteiten. Maak er een om profielen samen te voegen.',
  'views.mergePolicies.list.name': 'Naam',
  'views.mergePolicies.list.class': 'Klasse',
  'views.mergePolicies.list.merge': 'Attributen samenvoegen',
  'views.mergePolicies.list.stitching': 'Identiteiten koppelen',
  'views.mergePolicies.list.default': 'Standaard',
  'views.mergePolicies.list.version': 'Versie',
  'views.mergePolicies.list.actions': 'Acties',
  'views.mergePolicies.list.isDefault': 'Standaard',
  'views.mergePolicies.list.notDefault': 'Nee',
  'views.mergePolicies.list.edit': 'Bewerken',
  'views.mergePolicies.list.editOne': '{name} bewerken',
  'views.mergePolicies.list.makeDefault': 'Standaard maken',
  'views.mergePolicies.list.makeDefaultOne': '{name} de standaard maken',
  'views.mergePolicies.list.delete': 'Verwijderen',
  'views.mergePolicies.list.deleteOne': '{name} verwijderen',
  'views.mergePolicies.class.profile': 'XDM Individual Profile',
  'views.mergePolicies.merge.timestampOrdered': 'Op tijdstempel',
  'views.mergePolicies.merge.timestampOrdered.why':
    'Per attribuut wint de meest recent opgenomen waarde. Elke dataset die voor Profile is ingeschakeld doet mee.',
  'views.mergePolicies.merge.dataSetPrecedence': 'Datasetvoorrang',
  'views.mergePolicies.merge.dataSetPrecedence.why':
    'Een waarde uit een dataset hoger in de lijst wint, ongeacht het tijdstip. Datasets die niet in de lijst staan blijven buiten het profiel.',
  'views.mergePolicies.merge.precedenceOrder': 'Datasetvoorrang: {datasets}',
  'views.mergePolicies.stitching.pdg': 'Privégrafiek',
  'views.mergePolicies.stitching.pdg.why':
    'Fragmenten van elke identiteit die in de identiteitsgrafiek gekoppeld is, vormen samen één profiel.',
  'views.mergePolicies.stitching.none': 'Geen',
  'views.mergePolicies.stitching.none.why':
    'Alleen fragmenten van de opgezochte identiteit zelf worden samengevoegd; koppelingen tellen niet.',
  'views.mergePolicies.order.label': 'Volgorde van datasets, hoogste voorrang eerst',
  'views.mergePolicies.order.hint':
    'Verplaats een dataset met de pijlknoppen; alleen datasets in de lijst doen mee.',
  'views.mergePolicies.order.list': 'Datasets in volgorde van voorrang',
  'views.mergePolicies.order.empty': 'Nog geen dataset in de lijst: voeg er hieronder een toe.',
  'views.mergePolicies.order.up': '{name} omhoog',
  'views.mergePolicies.order.down': '{name} omlaag',
  'views.mergePolicies.order.remove': '{name} uit de volgorde halen',
  'views.mergePolicies.order.add': '{name} aan de volgorde toevoegen',
  'views.mergePolicies.editor.newTitle': 'Nieuwe merge policy',
  'views.mergePolicies.editor.editTitle': '‘{name}’ bewerken',
  'views.mergePolicies.editor.name': 'Naam',
  'views.mergePolicies.editor.merge': 'Attributen samenvoegen',
  'views.mergePolicies.editor.stitching': 'Identiteiten koppelen',
  'views.mergePolicies.editor.default': 'Standaard-policy voor XDM Individual Profile',
  'views.mergePolicies.editor.defaultHint':
    'Opzoekingen die geen policy noemen gebruiken de standaard. Elke klasse heeft één standaard.',
  'views.mergePolicies.editor.defaultTakes':
    'Opslaan maakt deze de standaard in plaats van ‘{name}’ (één standaard per klasse).',
  'views.mergePolicies.editor.refused': 'De engine weigerde deze policy',
  'views.mergePolicies.editor.create': 'Policy maken',
  'views.mergePolicies.editor.saveChanges': 'Wijzigingen opslaan',
  'views.mergePolicies.editor.cancel': 'Annuleren',
  'views.mergePolicies.rule.nameMissing': 'Geef de policy een naam.',
  'views.mergePolicies.rule.nameTaken': 'Er is al een policy met de naam ‘{name}’; kies een andere naam.',
  'views.mergePolicies.rule.orderEmpty':
    'Datasetvoorrang heeft minstens één dataset nodig: voeg de datasets toe die samengevoegd moeten worden.',
  'views.mergePolicies.rule.tooMany':
    'Een sandbox heeft hoogstens {max} merge policy’s. Verwijder er een voordat u een nieuwe maakt.',
  'views.mergePolicies.preview.title': 'Effect op een profiel',
  'views.mergePolicies.preview.intro':
    'Kies een identiteit om het samengevoegde profiel onder de opgeslagen policy naast dit concept te zien. Er wordt niets opgeslagen totdat u de policy opslaat.',
  'views.mergePolicies.preview.form': 'Identiteit voor de voorvertoning',
  'views.mergePolicies.preview.namespace': 'Naamruimte van de identiteit',
  'views.mergePolicies.preview.value': 'Waarde van de identiteit',
  'views.mergePolicies.preview.valueMissing': 'Voer de waarde van de identiteit in.',
  'views.mergePolicies.preview.show': 'Effect tonen',
  'views.mergePolicies.preview.pick': 'Nog geen identiteit gekozen.',
  'views.mergePolicies.preview.fixDraft': 'Herstel de policy hierboven om het effect te zien.',
  'views.mergePolicies.preview.nothing':
    'Geen profiel voor {identity} onder een van beide policy’s. Controleer de waarde, of zoek het op bij Profielen.',
  'views.mergePolicies.preview.changed': {
    one: '{count} attribuut verschilt',
    other: '{count} attributen verschillen',
  },
  'views.mergePolicies.preview.fragments': 'Samengevoegde fragmenten: {saved} opgeslagen, {draft} concept.',
  'views.mergePolicies.preview.table': 'Attributen van {identity}: opgeslagen policy en concept',
  'views.mergePolicies.preview.attribute': 'Attribuut',
  'views.mergePolicies.preview.savedNamed': 'Opgeslagen: {name}',
  'views.mergePolicies.preview.noPolicy': 'Opgeslagen: geen policy',
  'views.mergePolicies.preview.draft': 'Concept',
  'views.mergePolicies.preview.differs': 'Gewijzigd',
  'views.mergePolicies.notice.saved': '‘{name}’ opgeslagen (versie {version}).',
  'views.mergePolicies.notice.default': '‘{name}’ is nu de standaard merge policy.',
  'views.mergePolicies.notice.deleted': '‘{name}’ verwijderd.',
  'views.mergePolicies.notice.close': 'Sluiten',
  'views.mergePolicies.delete.title': '‘{name}’ verwijderen?',
  'views.mergePolicies.delete.body':
    'Opzoekingen die deze policy noemen mislukken dan. Opgeslagen fragmenten blijven bewaard.',
  'views.mergePolicies.delete.bodyDefault':
    'Dit is de standaard-policy: na verwijderen voegt opzoeken geen fragmenten samen en koppelt het geen identiteiten, totdat een andere policy de standaard wordt. Opgeslagen fragmenten blijven bewaard.',
  'views.mergePolicies.delete.cancel': 'Behouden',
  'views.mergePolicies.delete.confirm': 'Policy verwijderen',
} as const satisfies MergePoliciesViewCatalogue;
