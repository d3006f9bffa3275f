// Dutch messages of the datasets view; spread into the app catalogue `i18n/nl.ts`.
import type { Translation } from '../../i18n/types';
import type { datasetsViewEn } from './messages-en';

type DatasetsViewCatalogue = {
  readonly [K in keyof typeof datasetsViewEn]: Translation<(typeof datasetsViewEn)[K]>;
};

export const datasetsViewNl = {
  'views.datasets.tableLabel': 'Datasets',
  'views.datasets.open': 'Dataset {name} openen',
  'views.datasets.col.name': 'Naam',
  'views.datasets.col.schema': 'Schema',
  'views.datasets.col.switches': 'Schakelaars',
  'views.datasets.col.batches': 'Batches',
  'views.datasets.col.rows': 'Rijen',
  'views.datasets.col.created': 'Gemaakt',
  'views.datasets.behavior.record': 'Profielrecords',
  'views.datasets.behavior.timeSeries': 'Gebeurtenissen (tijdreeks)',
  'views.datasets.tag.profileOn': 'Profile aan',
  'views.datasets.tag.profileOff': 'Profile uit',
  'views.datasets.tag.identityOn': 'Identity aan',
  'views.datasets.tag.identityOff': 'Identity uit',
  'views.datasets.tag.upsert': 'Upsert',
  'views.datasets.empty': 'Nog geen datasets in deze sandbox.',
  'views.datasets.emptyAction': 'Een dataset instellen',
  'views.datasets.notFound': 'Er is geen dataset {id} in deze sandbox.',
  'views.datasets.detail.close': 'Dataset sluiten',
  'views.datasets.detail.id': 'Dataset-id',
  'views.datasets.detail.notInProfile': { one: '{count} niet in Profile', other: '{count} niet in Profile' },
  'views.datasets.detail.profileOn': 'Rijen van geslaagde batches gaan naar Real-Time Customer Profile.',
  'views.datasets.detail.profileOff':
    'Rijen blijven alleen in de dataset; zet Profile aan in “Een dataset instellen” voordat je de gegevens importeert die je in profielen wilt.',
  'views.datasets.detail.notes': 'Opmerkingen',
  'views.datasets.detail.import': 'Bestanden in deze dataset importeren',
  'views.datasets.detail.configure': 'Schakelaars wijzigen',
  'views.datasets.detail.monitor': 'De batches in de monitor tonen',
  'views.datasets.detail.batches': { one: '{count} batch', other: '{count} batches' },
  'views.datasets.detail.batchesLabel': 'Batches van deze dataset, nieuwste eerst',
  'views.datasets.detail.noBatches': 'Er is nog niets in deze dataset geïmporteerd.',
} as const satisfies DatasetsViewCatalogue;
