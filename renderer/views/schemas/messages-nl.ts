// Dutch messages of the schemas view; spread into the app catalogue `i18n/nl.ts`.
import type { Translation } from '../../i18n/types';
import type { schemasViewEn } from './messages-en';

type SchemasViewCatalogue = {
  readonly [K in keyof typeof schemasViewEn]: Translation<(typeof schemasViewEn)[K]>;
};

export const schemasViewNl = {} as const satisfies SchemasViewCatalogue;
