// English messages of the schemas view; spread into the app catalogue `i18n/en.ts`.
import type { Message } from '../../i18n/types';

export const schemasViewEn = {} as const satisfies Record<string, Message>;
