// Dutch messages of the datasets view; spread into the app catalogue `i18n/nl.ts`.
import type { Translation } from '../../i18n/types';
import type { datasetsViewEn } from './messages-en';

type DatasetsViewCatalogue = {
  readonly [K in keyof typeof datasetsViewEn]: Translation<(typeof datasetsViewEn)[K]>;
};

export const datasetsViewNl = {} as const satisfies DatasetsViewCatalogue;
