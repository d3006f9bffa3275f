// English messages of the profiles view; spread into the app catalogue `i18n/en.ts`.
import type { Message } from '../../i18n/types';

export const profilesViewEn = {
  'views.profiles.counts.title': 'Profile counts',
  'views.profiles.counts.profiles': 'Profiles',
  'views.profiles.counts.fragments': 'Fragments',
  'views.profiles.counts.identities': 'Identities',
  'views.profiles.chart.title': 'Identities per namespace',
  'views.profiles.chart.summary': {
    one: '{count} identity in {namespaces} namespaces.',
    other: '{count} identities in {namespaces} namespaces.',
  },
  'views.profiles.chart.empty': 'No identities yet: import a file into a dataset enabled for Profile.',
  'views.profiles.chart.namespace': 'Namespace',
  'views.profiles.chart.identities': 'Identities',
  'views.profiles.chart.tableLabel': 'Identities per namespace, as a table',
  'views.profiles.datasets.title': 'Fragments per dataset',
  'views.profiles.datasets.intro':
    'A fragment is what one dataset holds for one primary identity (records) or one event. Profiles merge them.',
  'views.profiles.datasets.none': 'No dataset has sent anything to Profile yet.',
  'views.profiles.datasets.dataset': 'Dataset',
  'views.profiles.datasets.fragments': 'Fragments',
  'views.profiles.lookup.title': 'Look a profile up',
  'views.profiles.lookup.intro':
    'Enter an identity (namespace and value) to see the merged profile under a merge policy: each attribute with its source, the fragments, the identity graph and the events.',
  'views.profiles.lookup.submit': 'Look up',
  'views.profiles.browse.title': 'Browse profiles',
  'views.profiles.browse.intro':
    'A sample of profiles: those a batch touched, a page at a time. Pick one to look it up.',
  'views.profiles.browse.none':
    'No batch has succeeded in this sandbox yet, so there are no profiles to browse.',
  'views.profiles.browse.batch': 'Batch',
  'views.profiles.browse.batchOption': '{dataset} · {time} · {id}',
} as const satisfies Record<string, Message>;
