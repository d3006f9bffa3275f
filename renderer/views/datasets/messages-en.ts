// English messages of the datasets view; spread into the app catalogue `i18n/en.ts`.
import type { Message } from '../../i18n/types';

export const datasetsViewEn = {} as const satisfies Record<string, Message>;
