// Dutch messages of the streaming view; spread into the app catalogue `i18n/nl.ts`.
import type { Translation } from '../../i18n/types';
import type { streamingViewEn } from './messages-en';

type StreamingViewCatalogue = {
  readonly [K in keyof typeof streamingViewEn]: Translation<(typeof streamingViewEn)[K]>;
};

export const streamingViewNl = {} as const satisfies StreamingViewCatalogue;
