// Dutch messages of the import wizard (wizard 3); spread into the app catalogue `i18n/nl.ts`.
import type { Translation } from '../../i18n/types';
import type { importWizardEn } from './messages-en';

type ImportWizardCatalogue = {
  readonly [K in keyof typeof importWizardEn]: Translation<(typeof importWizardEn)[K]>;
};

export const importWizardNl = {
  'wizards.import.steps.label': 'Stappen van het importeren',
  'wizards.import.step.dataset': 'Dataset',
  'wizards.import.step.files': 'Bestanden',
  'wizards.import.step.preview': 'Voorbeeld',
  'wizards.import.step.validate': 'Proefrun',
  'wizards.import.step.ingest': 'Inlezen',
  'wizards.import.step.result': 'Resultaat',
  'wizards.import.back': 'Terug',
  'wizards.import.next.dataset': 'Bestanden kiezen',
  'wizards.import.next.files': 'Rijen bekijken',
  'wizards.import.next.preview': 'Verder naar de proefrun',
  'wizards.import.next.validate': 'Inlezen starten',

  'wizards.import.block.pickDataset': 'Kies de dataset waar de rijen in komen.',
  'wizards.import.block.datasetGone': 'Die dataset bestaat niet meer in deze sandbox. Kies een andere.',
  'wizards.import.block.addFiles': 'Voeg minstens één bestand toe.',
  'wizards.import.block.emptyFile':
    '“{name}” is leeg; het platform weigert bestanden van 0 bytes (code 106). Verwijder het.',
  'wizards.import.block.detecting': 'De bestanden worden nog gelezen. Wacht op het herkende formaat.',
  'wizards.import.block.mixedFormats':
    'Een batch heeft één invoerformaat, maar deze bestanden zijn {formats}. Importeer ze als aparte batches.',
  'wizards.import.block.mapColumns': 'Koppel minstens één kolom aan een veld van het schema.',
  'wizards.import.block.duplicatePath':
    'De kolommen {columns} zijn allemaal aan {path} gekoppeld. Vul elk veld vanuit één kolom.',
  'wizards.import.block.sampleRange': 'De steekproef moet tussen 1 en 5.000 rijen liggen.',
  'wizards.import.block.percentRange':
    'De drempel voor gedeeltelijk inlezen moet tussen 0 en 100 procent liggen.',
  'wizards.import.block.runDryRun': 'Voer de proefrun met deze instellingen uit voordat je inleest.',
  'wizards.import.block.ingesting': 'De batch wordt ingelezen.',

  'wizards.import.dataset.title': 'Kies een dataset',
  'wizards.import.dataset.intro':
    'De batch gaat naar één dataset, en het schema van die dataset bepaalt hoe elke rij gevalideerd wordt.',
  'wizards.import.dataset.label': 'Dataset',
  'wizards.import.dataset.rows': { one: '{count} rij', other: '{count} rijen' },
  'wizards.import.dataset.schema': '{schema} · {behavior}',
  'wizards.import.dataset.behavior.record': 'profielrecords',
  'wizards.import.dataset.behavior.event': 'experience events',
  'wizards.import.dataset.profileOn': 'Profile',
  'wizards.import.dataset.profileOff': 'Niet in Profile',
  'wizards.import.dataset.profileOffMeaning':
    'Niet ingeschakeld voor Profile: rijen worden gevalideerd en in de dataset opgeslagen, maar Real-Time Customer Profile ziet ze nooit.',
  'wizards.import.dataset.identityOn': 'Identity',
  'wizards.import.dataset.upsert': 'Upsert',
  'wizards.import.dataset.notInProfile': {
    one: '{count} van {total} rijen kwam niet in Profile.',
    other: '{count} van {total} rijen kwamen niet in Profile.',
  },
  'wizards.import.dataset.none': 'Nog geen datasets in deze sandbox',
  'wizards.import.dataset.noneHint':
    'Bestanden worden altijd in een dataset geladen. Maak er eerst een op een schema dat voor Profile is ingeschakeld.',

  'wizards.import.recent.title': 'Recente batches in deze dataset',
  'wizards.import.recent.batch': 'Batch',
  'wizards.import.recent.status': 'Status',
  'wizards.import.recent.rows': 'Gelezen rijen',
  'wizards.import.recent.created': 'Aangemaakt',
  'wizards.import.recent.actions': 'Acties',
  'wizards.import.recent.open': 'Openen',
  'wizards.import.recent.openLabel': 'Batch {id} openen',

  'wizards.import.status.loading': 'Laden',
  'wizards.import.status.staging': 'Verwerken',
  'wizards.import.status.success': 'Gelukt',
  'wizards.import.status.failed': 'Mislukt',
  'wizards.import.status.aborted': 'Afgebroken',
  'wizards.import.status.inactive': 'Teruggedraaid',
  'wizards.import.status.deleted': 'Verwijderd',

  'wizards.import.files.title': 'Kies de bestanden',
  'wizards.import.files.intro':
    'Bestanden worden op deze computer gelezen en niets wordt geüpload. Formaat, tekenset en scheidingsteken worden uit de eerste bytes afgeleid; pas ze hieronder aan als de gok niet klopt.',
  'wizards.import.files.input': 'Bestanden kiezen om te importeren',
  'wizards.import.files.drop': 'Zet bestanden hier neer of klik om te kiezen',
  'wizards.import.files.dropNow': 'Loslaten om de bestanden toe te voegen',
  'wizards.import.files.dropHint':
    'CSV, JSON Lines, JSON over meerdere regels of Parquet. Alle bestanden van een batch hebben hetzelfde formaat.',
  'wizards.import.files.listLabel': 'Gekozen bestanden',
  'wizards.import.files.file': 'Bestand',
  'wizards.import.files.size': 'Grootte',
  'wizards.import.files.detected': 'Herkend',
  'wizards.import.files.detectedLabel': 'Herkend in {name}',
  'wizards.import.files.detecting': 'De eerste rijen worden gelezen…',
  'wizards.import.files.empty': 'Leeg bestand',
  'wizards.import.files.delimiterFact': 'Scheidingsteken: {delimiter}',
  'wizards.import.files.actions': 'Acties',
  'wizards.import.files.remove': '{name} verwijderen',

  'wizards.import.read.title': 'Hoe de bestanden gelezen worden',
  'wizards.import.read.intro':
    'De herkenning werkt voor de meeste bestanden. Pas haar aan voor exports met een ongebruikelijk scheidingsteken of een oude tekenset.',
  'wizards.import.read.format': 'Formaat',
  'wizards.import.read.layout': 'JSON-indeling',
  'wizards.import.read.charset': 'Tekenset',
  'wizards.import.read.delimiter': 'Scheidingsteken',
  'wizards.import.read.auto': 'Automatisch herkennen',
  'wizards.import.read.autoDetected': 'Herkend: {value}',
  'wizards.import.read.onlyJson': 'Alleen voor JSON-bestanden',
  'wizards.import.read.onlyCsv': 'Alleen voor CSV-bestanden',
  'wizards.import.read.notParquet': 'Parquet bewaart zijn eigen codering',

  'wizards.import.format.csv': 'CSV',
  'wizards.import.format.json': 'JSON',
  'wizards.import.format.parquet': 'Parquet',
  'wizards.import.format.jsonLines': 'JSON Lines',
  'wizards.import.format.jsonMultiLine': 'JSON over meerdere regels',
  'wizards.import.charset.utf-8': 'UTF-8',
  'wizards.import.charset.utf-16le': 'UTF-16 LE',
  'wizards.import.charset.utf-16be': 'UTF-16 BE',
  'wizards.import.charset.windows-1252': 'Windows-1252',
  'wizards.import.charset.iso-8859-1': 'ISO-8859-1',
  'wizards.import.charsetReason.option': 'Door jou gekozen',
  'wizards.import.charsetReason.bom': 'Het bestand begint met een byte-order mark',
  'wizards.import.charsetReason.utf16-zero-bytes': 'Nulbytes tussen de tekens wijzen op UTF-16',
  'wizards.import.charsetReason.invalid-utf8':
    'Geen geldige UTF-8, dus gelezen als Windows-1252 (typisch voor Excel-exports)',
  'wizards.import.charsetReason.default': 'Geldige UTF-8',
  'wizards.import.delimiter.comma': 'Komma',
  'wizards.import.delimiter.semicolon': 'Puntkomma',
  'wizards.import.delimiter.tab': 'Tab',
  'wizards.import.delimiter.pipe': 'Verticale streep',

  'wizards.import.preview.title': 'Bekijk de rijen',
  'wizards.import.preview.titleCsv': 'Koppel de kolommen en bekijk de rijen',
  'wizards.import.preview.intro':
    'De eerste rijen zoals de engine ze leest en valideert, met de ruwe tekst naast elk gelezen record.',
  'wizards.import.preview.introCsv':
    'CSV is plat, dus elke kolom heeft een veld van het schema nodig. Voorstellen komen uit de kolomnamen; je keuzes worden onthouden voor bestanden met dezelfde naam.',
  'wizards.import.preview.rowsTitle': 'Eerste rijen',
  'wizards.import.preview.rowsIntro': {
    one: '{count} rij gelezen (hoogstens {limit}). Omgezette waarden zijn gemarkeerd; wijs ze aan om de ruwe waarde te zien.',
    other:
      '{count} rijen gelezen (hoogstens {limit}). Omgezette waarden zijn gemarkeerd; wijs ze aan om de ruwe waarde te zien.',
  },
  'wizards.import.preview.fileLabel': 'Bestand om te bekijken',
  'wizards.import.preview.tableLabel': 'Eerste rijen van {name}',
  'wizards.import.preview.scroll': 'Voorbeeldrijen',
  'wizards.import.preview.refreshing': 'De rijen worden opnieuw gelezen',
  'wizards.import.preview.row': 'Rij',
  'wizards.import.preview.line': 'Regel',
  'wizards.import.preview.raw': 'Ruwe tekst',
  'wizards.import.preview.parsed': 'Gelezen record',
  'wizards.import.preview.outcome': 'Uitkomst',
  'wizards.import.preview.noRaw': 'Binair formaat: geen ruwe tekst',
  'wizards.import.preview.unparsed': 'De rij kon niet gelezen worden.',
  'wizards.import.preview.coercedFrom': 'omgezet uit “{raw}”',
  'wizards.import.preview.coerced': { one: '{count} waarde omgezet', other: '{count} waarden omgezet' },
  'wizards.import.outcome.accepted': 'Geaccepteerd',
  'wizards.import.outcome.skipped': 'Bewaard, niet in Profile',
  'wizards.import.outcome.failed': 'Faalt',

  'wizards.import.mapping.title': 'Kolomkoppeling',
  'wizards.import.mapping.intro':
    'Kies het XDM-veld dat elke kolom vult. Een kolom zonder veld wordt uit elke rij weggelaten.',
  'wizards.import.mapping.summary': {
    one: '{mapped} van {count} kolom gekoppeld',
    other: '{mapped} van {count} kolommen gekoppeld',
  },
  'wizards.import.mapping.column': 'Bronkolom',
  'wizards.import.mapping.destination': 'Schemaveld',
  'wizards.import.mapping.origin': 'Status',
  'wizards.import.mapping.origin.suggested': 'Voorgesteld',
  'wizards.import.mapping.origin.remembered': 'Onthouden',
  'wizards.import.mapping.origin.chosen': 'Gekozen',
  'wizards.import.mapping.notMapped': 'Niet gekoppeld',
  'wizards.import.mapping.selectLabel': 'Schemaveld voor kolom {column}',
  'wizards.import.mapping.clear': 'Kolom {column} weglaten',
  'wizards.import.mapping.placeholder': 'Weglaten, of zoek een veld…',
  'wizards.import.mapping.nothingFound': 'Geen veld van het schema komt overeen',
  'wizards.import.mapping.unmappedTitle': {
    one: '{count} kolom is niet gekoppeld',
    other: '{count} kolommen zijn niet gekoppeld',
  },
  'wizards.import.mapping.unmapped': 'Deze kolommen worden uit elke rij weggelaten: {columns}.',
  'wizards.import.mapping.primaryMissingTitle': 'Geen kolom vult de primaire identiteit',
  'wizards.import.mapping.primaryMissing':
    'Koppel een kolom aan {path}, anders faalt elke rij op een ontbrekende primaire identiteit.',
  'wizards.import.mapping.primaryIdentity': 'primaire identiteit ({namespace})',
  'wizards.import.mapping.identity': 'identiteit ({namespace})',
  'wizards.import.mapping.required': 'verplicht',

  'wizards.import.dryRun.title': 'Proefrun',
  'wizards.import.dryRun.intro':
    'Valideer een steekproef van elk bestand tegen het schema met je koppeling. Er wordt niets geschreven; los problemen nu op in plaats van na een mislukte batch.',
  'wizards.import.dryRun.run': 'Proefrun uitvoeren',
  'wizards.import.dryRun.runAgain': 'Opnieuw uitvoeren',
  'wizards.import.dryRun.running': 'De steekproef wordt gevalideerd…',
  'wizards.import.dryRun.notRun': 'De proefrun is nog niet uitgevoerd.',
  'wizards.import.dryRun.stale':
    'De instellingen zijn sinds deze proefrun gewijzigd. Voer hem opnieuw uit om ze te controleren.',
  'wizards.import.dryRun.result': 'Resultaat van de steekproef',
  'wizards.import.dryRun.summary': {
    one: '{failed} van {count} steekproefrij faalt ({percent})',
    other: '{failed} van {count} steekproefrijen falen ({percent})',
  },
  'wizards.import.dryRun.verdict.clean': 'Elke rij van de steekproef is geldig.',
  'wizards.import.dryRun.verdict.wouldPass':
    'Binnen de drempel voor gedeeltelijk inlezen van {threshold}: de batch zou slagen en deze rijen weglaten.',
  'wizards.import.dryRun.verdict.wouldFailThreshold':
    'Boven de drempel voor gedeeltelijk inlezen van {threshold}: als het hele bestand zo is, mislukt de batch en blijft er niets over.',
  'wizards.import.dryRun.verdict.wouldFailStrict':
    'Gedeeltelijk inlezen staat uit, dus één foute rij laat de hele batch mislukken. Herstel de rijen of zet gedeeltelijk inlezen aan (drempel {threshold}).',
  'wizards.import.dryRun.byCode': 'Fouten per code',
  'wizards.import.dryRun.byRow': 'Fouten per rij',
  'wizards.import.dryRun.moreRows': {
    one: 'Nog {count} falende rij staat niet in de lijst.',
    other: 'Nog {count} falende rijen staan niet in de lijst.',
  },

  'wizards.import.options.title': 'Batchopties',
  'wizards.import.options.partial': 'Gedeeltelijk inlezen',
  'wizards.import.options.partialHint': 'Bewaar de goede rijen als sommige rijen falen, tot een drempel.',
  'wizards.import.options.percent': 'Toegestane foute rijen',
  'wizards.import.options.percentHint': 'Boven dit aandeel falende rijen mislukt de hele batch.',
  'wizards.import.options.diagnostics': 'Foutdiagnose',
  'wizards.import.options.diagnosticsHint': 'Bewaar diagnose per rij: welke rij faalde, waar en waarom.',
  'wizards.import.options.diagnosticsForced': 'Altijd aan bij gedeeltelijk inlezen, zoals op het platform.',
  'wizards.import.options.sample': 'Steekproef van de proefrun',
  'wizards.import.options.sampleHint': 'Gevalideerde rijen per bestand, tot {max}.',
  'wizards.import.options.platformNote':
    'Dit zijn de batchinstellingen van het platform (enableErrorDiagnostics, partialIngestionPercent); de eigen interface van het platform stelt 5% voor.',

  'wizards.import.errors.code': 'Code',
  'wizards.import.errors.meaning': 'Betekenis',
  'wizards.import.errors.rows': 'Rijen',
  'wizards.import.errors.file': 'Bestand',
  'wizards.import.errors.path': 'Veld',
  'wizards.import.errors.problem': 'Probleem',
  'wizards.import.code.INGEST-1401-400': 'De rij is beschadigd en kan niet gelezen of ontleed worden.',
  'wizards.import.code.INGEST-1555-400': 'Een verplicht veld ontbreekt of is null.',
  'wizards.import.code.INGEST-1211-400':
    'Rijen konden niet gelezen, omgezet of gevalideerd worden; zet foutdiagnose aan om te zien welke.',
  'wizards.import.code.INGEST-1212-400': 'Samenvatting van de fouten in de gegevens.',
  'wizards.import.code.106': 'Het bestand is leeg.',
  'wizards.import.code.118': 'Het CSV-bestand heeft een lege kopregel.',
  'wizards.import.code.XDM-TYPE-MISMATCH-400':
    'Een waarde heeft een type dat niet naar het type van het veld kan worden omgezet.',
  'wizards.import.code.XDM-ENUM-MISMATCH-400': 'Een waarde is niet een van de waarden die het veld toestaat.',
  'wizards.import.code.XDM-OUT-OF-RANGE-400': 'Een getal ligt buiten het minimum of maximum van het veld.',
  'wizards.import.code.XDM-LENGTH-OUT-OF-RANGE-400': 'Een tekst is korter of langer dan het veld toestaat.',
  'wizards.import.code.XDM-EXTRANEOUS-KEY-400': 'De rij heeft een veld dat het schema niet kent.',
  'wizards.import.code.XDM-FORMAT-INVALID-400':
    'Een waarde heeft niet het formaat van het veld (datum, e-mail, URI, …).',
  'wizards.import.code.XDM-TOO-MANY-FIELDS-400':
    'De rij heeft meer dan 10.000 velden, de grens van het platform.',
  'wizards.import.code.other': 'Rijen voldoen niet aan het schema.',

  'wizards.import.ingest.title': 'Bezig met inlezen',
  'wizards.import.ingest.intro':
    'De engine leest, valideert en bewaart de rijen op de achtergrond; je kunt de app gewoon blijven gebruiken. Niets is in de dataset zichtbaar tot de batch gelukt is.',
  'wizards.import.ingest.reading': '{name} wordt gelezen (bestand {index} van {count})',
  'wizards.import.ingest.finishing': 'De batch wordt afgerond…',
  'wizards.import.ingest.cancelling': 'Bezig met annuleren…',
  'wizards.import.ingest.batch': 'Batch {id}',
  'wizards.import.ingest.progressLabel': 'Voortgang van het inlezen',
  'wizards.import.ingest.done': 'Klaar',
  'wizards.import.ingest.rows': 'Gelezen rijen',
  'wizards.import.ingest.failed': 'Falende rijen',
  'wizards.import.ingest.bytes': 'Gelezen',
  'wizards.import.ingest.bytesOf': '{read} van {total}',
  'wizards.import.ingest.rate': 'Snelheid',
  'wizards.import.ingest.rateValue': '{rows} rijen/s · {bytes}/s',
  'wizards.import.ingest.elapsed': 'Verstreken',
  'wizards.import.ingest.left': 'Resterende tijd',
  'wizards.import.ingest.leftValue': 'ongeveer {time}',
  'wizards.import.ingest.cancel': 'Inlezen annuleren',
  'wizards.import.ingest.cancelHint': 'Annuleren breekt de batch af; geen van zijn rijen blijft bewaard.',

  'wizards.import.result.title': 'Resultaat van de batch',
  'wizards.import.result.intro': 'Naar de dataset “{dataset}”.',
  'wizards.import.result.loading': 'De batch wordt geladen…',
  'wizards.import.result.notFound': 'Batch niet gevonden',
  'wizards.import.result.statusLabel': 'Status van de batch: {status}',
  'wizards.import.result.batchId': 'Batch-id',
  'wizards.import.result.failedTitle': 'De batch is mislukt en heeft geen rijen bewaard',
  'wizards.import.result.abortedTitle': 'De batch is afgebroken en heeft geen rijen bewaard',
  'wizards.import.result.aborted': 'Het inlezen is geannuleerd voordat de batch klaar was.',
  'wizards.import.result.partialTitle': 'Gelukt met fouten',
  'wizards.import.result.partial': {
    one: '{count} rij faalde en is weggelaten; {ingested} rijen zijn ingelezen.',
    other: '{count} rijen faalden en zijn weggelaten; {ingested} rijen zijn ingelezen.',
  },
  'wizards.import.result.successTitle': 'Elke rij is ingelezen',
  'wizards.import.result.success':
    'De rijen staan in de dataset en zijn onderweg naar Real-Time Customer Profile.',
  'wizards.import.result.successNoProfile':
    'De rijen staan in de dataset. Die is niet ingeschakeld voor Profile, dus er verandert geen profiel.',
  'wizards.import.result.revertedTitle': 'De batch is teruggedraaid',
  'wizards.import.result.reverted':
    'Zijn rijen zijn uit de dataset verdwenen; de batch blijft vermeld als teruggedraaid.',
  'wizards.import.result.inputRows': 'Gelezen rijen',
  'wizards.import.result.outputRows': 'Ingelezen rijen',
  'wizards.import.result.failedRows': 'Falende rijen',
  'wizards.import.result.notInProfile': 'Overgeslagen door Profile',
  'wizards.import.result.files': { one: '{count} bestand', other: '{count} bestanden' },
  'wizards.import.result.input': 'Invoer',
  'wizards.import.result.verify': 'Deze upload controleren',
  'wizards.import.result.download': 'Falende rijen downloaden',
  'wizards.import.result.revert': 'Batch terugdraaien',
  'wizards.import.result.again': 'Meer bestanden importeren',
  'wizards.import.result.errorsTitle': 'Fouten per code',
  'wizards.import.result.codeLabel': { one: '{code}: {count} rij', other: '{code}: {count} rijen' },
  'wizards.import.result.rowsCount': { one: '{count} rij', other: '{count} rijen' },
  'wizards.import.result.rowsLabel': 'Rijen die falen met {code}',
  'wizards.import.result.noRowsShown': 'Geen van de getoonde rijen heeft deze code.',
  'wizards.import.result.noDiagnostics':
    'Foutdiagnose stond uit voor deze batch, dus de rijen zijn niet bekend.',
  'wizards.import.result.firstRowsOnly':
    'Alleen de eerste {count} falende rijen worden getoond; de download bevat ze allemaal.',

  'wizards.import.revert.title': 'Deze batch terugdraaien?',
  'wizards.import.revert.body': {
    one: 'Zijn {count} ingelezen rij verdwijnt uit de dataset, en de profielen die hij opbouwde worden zonder hem herberekend.',
    other:
      'Zijn {count} ingelezen rijen verdwijnen uit de dataset, en de profielen die ze opbouwden worden zonder hen herberekend.',
  },
  'wizards.import.revert.kept':
    'De batch blijft vermeld met de status “Teruggedraaid”. Dit kan niet ongedaan worden gemaakt; lees de bestanden zo nodig opnieuw in.',
  'wizards.import.revert.confirm': 'Batch terugdraaien',
} as const satisfies ImportWizardCatalogue;
