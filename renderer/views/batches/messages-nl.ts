// Dutch messages of the batches view; spread into the app catalogue `i18n/nl.ts`.
import type { Translation } from '../../i18n/types';
import type { batchesViewEn } from './messages-en';

type BatchesViewCatalogue = {
  readonly [K in keyof typeof batchesViewEn]: Translation<(typeof batchesViewEn)[K]>;
};

export const batchesViewNl = {} as const satisfies BatchesViewCatalogue;
