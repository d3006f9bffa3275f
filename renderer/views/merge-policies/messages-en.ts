// English messages of the merge policies view; spread into the app catalogue `i18n/en.ts`.
import type { Message } from '../../i18n/types';

export const mergePoliciesViewEn = {} as const satisfies Record<string, Message>;
