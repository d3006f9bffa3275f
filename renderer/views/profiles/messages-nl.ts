// Dutch messages of the profiles view; spread into the app catalogue `i18n/nl.ts`.
import type { Translation } from '../../i18n/types';
import type { profilesViewEn } from './messages-en';

type ProfilesViewCatalogue = {
  readonly [K in keyof typeof profilesViewEn]: Translation<(typeof profilesViewEn)[K]>;
};

export const profilesViewNl = {
  'views.profiles.counts.title': 'Aantallen profielen',
  'views.profiles.counts.profiles': 'Profielen',
  'views.profiles.counts.fragments': 'Fragmenten',
  'views.profiles.counts.identities': 'Identiteiten',
  'views.profiles.chart.title': 'Identiteiten per naamruimte',
  'views.profiles.chart.summary': {
    one: '{count} identiteit in {namespaces} naamruimten.',
    other: '{count} identiteiten in {namespaces} naamruimten.',
  },
  'views.profiles.chart.empty':
    'Nog geen identiteiten: importeer een bestand in een dataset die voor Profile is ingeschakeld.',
  'views.profiles.chart.namespace': 'Naamruimte',
  'views.profiles.chart.identities': 'Identiteiten',
  'views.profiles.chart.tableLabel': 'Identiteiten per naamruimte, als tabel',
  'views.profiles.datasets.title': 'Fragmenten per dataset',
  'views.profiles.datasets.intro':
    'Een fragment is wat één dataset bewaart voor één primaire identiteit (records) of één gebeurtenis. Profielen voegen ze samen.',
  'views.profiles.datasets.none': 'Nog geen enkele dataset heeft iets naar Profile gestuurd.',
  'views.profiles.datasets.dataset': 'Dataset',
  'views.profiles.datasets.fragments': 'Fragmenten',
  'views.profiles.lookup.title': 'Een profiel opzoeken',
  'views.profiles.lookup.intro':
    'Voer een identiteit in (naamruimte en waarde) om het samengevoegde profiel onder een merge policy te zien: elk attribuut met zijn bron, de fragmenten, de identiteitsgrafiek en de gebeurtenissen.',
  'views.profiles.lookup.submit': 'Opzoeken',
  'views.profiles.browse.title': 'Profielen bekijken',
  'views.profiles.browse.intro':
    'Een steekproef van profielen: die een batch heeft geraakt, een pagina tegelijk. Kies er een om het op te zoeken.',
  'views.profiles.browse.none':
    'In deze sandbox is nog geen batch geslaagd, dus er zijn geen profielen om te bekijken.',
  'views.profiles.browse.batch': 'Batch',
  'views.profiles.browse.batchOption': '{dataset} · {time} · {id}',
} as const satisfies ProfilesViewCatalogue;
