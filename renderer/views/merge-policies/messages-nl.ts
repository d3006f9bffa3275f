// Dutch messages of the merge policies view; spread into the app catalogue `i18n/nl.ts`.
import type { Translation } from '../../i18n/types';
import type { mergePoliciesViewEn } from './messages-en';

type MergePoliciesViewCatalogue = {
  readonly [K in keyof typeof mergePoliciesViewEn]: Translation<(typeof mergePoliciesViewEn)[K]>;
};

export const mergePoliciesViewNl = {} as const satisfies MergePoliciesViewCatalogue;
