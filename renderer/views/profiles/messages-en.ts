// English messages of the profiles view; spread into the app catalogue `i18n/en.ts`.
import type { Message } from '../../i18n/types';

export const profilesViewEn = {} as const satisfies Record<string, Message>;
