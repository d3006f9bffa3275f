// Every page of the app: path, navigation group, icon and message keys. Pages bind in AppRoutes.tsx.
import type { PlainMessageKey } from '../i18n/translate';
import type { IconName } from './icons';

export type RouteId =
  | 'overview'
  | 'enableSchema'
  | 'configureDataset'
  | 'importFiles'
  | 'verifyUpload'
  | 'schemas'
  | 'datasets'
  | 'batches'
  | 'profiles'
  | 'mergePolicies'
  | 'streaming'
  | 'settings';

export type RouteGroup = 'home' | 'wizard' | 'view' | 'settings';

export interface AppRoute {
  id: RouteId;
  /** Hash path, e.g. `/wizards/import-files` (shown as `#/wizards/import-files`). */
  path: string;
  group: RouteGroup;
  icon: IconName;
  title: PlainMessageKey;
  /** One sentence of what the page does; also the placeholder text until the page exists. */
  summary: PlainMessageKey;
}

export const ROUTES: readonly AppRoute[] = [
  {
    id: 'overview',
    path: '/',
    group: 'home',
    icon: 'overview',
    title: 'nav.overview',
    summary: 'overview.intro',
  },
  {
    id: 'enableSchema',
    path: '/wizards/enable-schema',
    group: 'wizard',
    icon: 'schema',
    title: 'route.enableSchema.title',
    summary: 'route.enableSchema.summary',
  },
  {
    id: 'configureDataset',
    path: '/wizards/configure-dataset',
    group: 'wizard',
    icon: 'dataset',
    title: 'route.configureDataset.title',
    summary: 'route.configureDataset.summary',
  },
  {
    id: 'importFiles',
    path: '/wizards/import-files',
    group: 'wizard',
    icon: 'import',
    title: 'route.importFiles.title',
    summary: 'route.importFiles.summary',
  },
  {
    id: 'verifyUpload',
    path: '/wizards/verify-upload',
    group: 'wizard',
    icon: 'verify',
    title: 'route.verifyUpload.title',
    summary: 'route.verifyUpload.summary',
  },
  {
    id: 'schemas',
    path: '/schemas',
    group: 'view',
    icon: 'schema',
    title: 'route.schemas.title',
    summary: 'route.schemas.summary',
  },
  {
    id: 'datasets',
    path: '/datasets',
    group: 'view',
    icon: 'dataset',
    title: 'route.datasets.title',
    summary: 'route.datasets.summary',
  },
  {
    id: 'batches',
    path: '/batches',
    group: 'view',
    icon: 'batches',
    title: 'route.batches.title',
    summary: 'route.batches.summary',
  },
  {
    id: 'profiles',
    path: '/profiles',
    group: 'view',
    icon: 'profiles',
    title: 'route.profiles.title',
    summary: 'route.profiles.summary',
  },
  {
    id: 'mergePolicies',
    path: '/merge-policies',
    group: 'view',
    icon: 'merge',
    title: 'route.mergePolicies.title',
    summary: 'route.mergePolicies.summary',
  },
  {
    id: 'streaming',
    path: '/streaming',
    group: 'view',
    icon: 'streaming',
    title: 'route.streaming.title',
    summary: 'route.streaming.summary',
  },
  {
    id: 'settings',
    path: '/settings',
    group: 'settings',
    icon: 'settings',
    title: 'route.settings.title',
    summary: 'route.settings.summary',
  },
];

export function routesIn(group: RouteGroup): readonly AppRoute[] {
  return ROUTES.filter((route) => route.group === group);
}
