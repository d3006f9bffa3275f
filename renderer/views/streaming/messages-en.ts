// English messages of the streaming view; spread into the app catalogue `i18n/en.ts`.
import type { Message } from '../../i18n/types';

export const streamingViewEn = {} as const satisfies Record<string, Message>;
