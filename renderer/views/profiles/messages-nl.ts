// Dutch messages of the profiles view; spread into the app catalogue `i18n/nl.ts`.
import type { Translation } from '../../i18n/types';
import type { profilesViewEn } from './messages-en';

type ProfilesViewCatalogue = {
  readonly [K in keyof typeof profilesViewEn]: Translation<(typeof profilesViewEn)[K]>;
};

export const profilesViewNl = {} as const satisfies ProfilesViewCatalogue;
