// Dutch messages of the batches view; spread into the app catalogue `i18n/nl.ts`.
import type { Translation } from '../../i18n/types';
import type { batchesViewEn } from './messages-en';

type BatchesViewCatalogue = {
  readonly [K in keyof typeof batchesViewEn]: Translation<(typeof batchesViewEn)[K]>;
};

export const batchesViewNl = {
  'views.batches.loading': 'Batches laden…',
  'views.batches.tableLabel': 'Batches',
  'views.batches.scroll': 'Batches, nieuwste eerst',
  'views.batches.open': 'Batch {id} openen',
  'views.batches.col.batch': 'Batch',
  'views.batches.col.status': 'Status',
  'views.batches.col.dataset': 'Dataset',
  'views.batches.col.format': 'Formaat',
  'views.batches.col.input': 'Gelezen',
  'views.batches.col.output': 'Opgenomen',
  'views.batches.col.failed': 'Mislukt',
  'views.batches.col.bytes': 'Grootte',
  'views.batches.col.created': 'Gemaakt',
  'views.batches.format.csv': 'CSV',
  'views.batches.format.json': 'JSON',
  'views.batches.format.parquet': 'Parquet',

  'views.batches.filter.status': 'Status',
  'views.batches.filter.allStatuses': 'Alle statussen',
  'views.batches.filter.dataset': 'Dataset',
  'views.batches.filter.allDatasets': 'Alle datasets',
  'views.batches.filter.clear': 'Filters wissen',
  'views.batches.count.all': { one: '{count} batch', other: '{count} batches' },
  'views.batches.count.filtered': {
    one: '{count} van {total} batches',
    other: '{count} van {total} batches',
  },
  'views.batches.empty.none':
    'Nog geen batches in deze sandbox. Importeer bestanden in een dataset om er een te maken.',
  'views.batches.empty.filtered': 'Geen batch past bij deze filters.',
  'views.batches.empty.import': 'Bestanden importeren',

  'views.batches.chart.allTitle': 'Resultaat van alle batches',
  'views.batches.chart.shownTitle': 'Resultaat van de getoonde batches',
  'views.batches.chart.batchTitle': 'Resultaat van deze batch',
  'views.batches.chart.summary': '{accepted} rijen geaccepteerd, {failed} mislukt.',
  'views.batches.chart.accepted': 'Geaccepteerd',
  'views.batches.chart.other': 'Mislukt, zonder code',
  'views.batches.chart.outcome': 'Resultaat',
  'views.batches.chart.rows': 'Rijen',
  'views.batches.chart.tableLabel': '{title} als tabel',

  'views.batches.detail.title': 'Batch',
  'views.batches.detail.statusLabel': 'Status van de batch: {status}',
  'views.batches.detail.close': 'Batch sluiten',
  'views.batches.detail.notFound': 'Batch niet gevonden',
  'views.batches.detail.completed': 'Voltooid',
  'views.batches.detail.files': 'Bestanden',
  'views.batches.detail.verify': 'Deze upload controleren',
  'views.batches.detail.download': 'Mislukte rijen downloaden',
  'views.batches.detail.noDiagnostics':
    'Deze batch is zonder foutdiagnose opgenomen, dus de mislukte rijen zijn niet bewaard.',
  'views.batches.detail.revert': 'Batch terugdraaien',
  'views.batches.detail.importMore': 'Meer bestanden in deze dataset importeren',
  'views.batches.detail.errorsTab': { one: 'Fouten ({count} rij)', other: 'Fouten ({count} rijen)' },
  'views.batches.detail.errorsLabel': 'Fouten per code',
  'views.batches.detail.rowsTab': 'Geaccepteerde rijen',
  'views.batches.detail.noErrors': 'Geen enkele rij van deze batch is mislukt.',

  'views.batches.metric.input': 'Rijen gelezen',
  'views.batches.metric.output': 'Rijen opgenomen',
  'views.batches.metric.failed': 'Rijen mislukt',
  'views.batches.metric.notInProfile': 'Overgeslagen door Profile',
  'views.batches.metric.bytes': 'Invoergrootte',

  'views.batches.alert.revertedTitle': 'De batch is teruggedraaid',
  'views.batches.alert.reverted':
    'De status is inactief: de rijen zijn uit de dataset en Profile verdwenen. De batch blijft zichtbaar met zijn cijfers en fouten.',
  'views.batches.alert.failedTitle': 'De batch is mislukt en heeft geen rijen bewaard',
  'views.batches.alert.abortedTitle': 'De batch is afgebroken en heeft geen rijen bewaard',
  'views.batches.alert.noRows': 'Niets van deze batch heeft de dataset bereikt.',
  'views.batches.alert.partialTitle': 'Gelukt met fouten',
  'views.batches.alert.partial': {
    one: '{ingested} rijen zijn opgenomen; {count} rij is mislukt en weggelaten.',
    other: '{ingested} rijen zijn opgenomen; {count} rijen zijn mislukt en weggelaten.',
  },
  'views.batches.alert.loadingTitle': 'Nog bezig',
  'views.batches.alert.loading': 'Er worden bestanden in deze batch gelezen; de cijfers lopen mee.',

  'views.batches.rows.none': 'Deze batch bewaart geen rijen.',
  'views.batches.rows.label': 'Geaccepteerde rijen van de batch',
  'views.batches.rows.pages': 'Pagina’s met geaccepteerde rijen',
  'views.batches.rows.row': 'Rij',
  'views.batches.rows.line': 'Regel',
  'views.batches.rows.profile': 'Profile',
  'views.batches.rows.record': 'Record',
  'views.batches.rows.inProfile': 'In Profile',
  'views.batches.rows.skippedIdentity': 'Overgeslagen: identiteitswaarde',
  'views.batches.rows.skippedSize': 'Overgeslagen: te groot',

  'views.batches.revert.title': 'Deze batch terugdraaien?',
  'views.batches.revert.intro': 'Batch {id} terugdraaien doet het volgende:',
  'views.batches.revert.status': 'De status wordt inactief (getoond als “Teruggedraaid”).',
  'views.batches.revert.rows': {
    one: 'De {count} opgenomen rij verdwijnt uit de dataset en Profile.',
    other: 'De {count} opgenomen rijen verdwijnen uit de dataset en Profile.',
  },
  'views.batches.revert.profiles':
    'Profielen die uit deze rijen zijn opgebouwd, worden zonder die rijen herberekend; een profiel dat alleen deze batch maakte, verdwijnt.',
  'views.batches.revert.kept': 'De batch blijft zichtbaar, met zijn cijfers en fouten.',
  'views.batches.revert.final':
    'Dit kan niet ongedaan worden gemaakt. Importeer de bestanden opnieuw om de rijen terug te krijgen.',
  'views.batches.revert.confirm': 'Batch terugdraaien',
} as const satisfies BatchesViewCatalogue;
