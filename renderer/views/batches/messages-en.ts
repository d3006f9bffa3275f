// English messages of the batches view; spread into the app catalogue `i18n/en.ts`.
import type { Message } from '../../i18n/types';

export const batchesViewEn = {} as const satisfies Record<string, Message>;
