// Why a wizard step refuses to go on: catalogue keys with their placeholders, translated when shown.
import type { MessageKey, MessageParams, Translate, TranslateArgs } from '../../i18n/translate';

/** One reason, typed so a message with placeholders always carries them. */
export type Reason = {
  [K in MessageKey]: [MessageParams<K>] extends [never]
    ? { key: K }
    : { key: K; params: Record<MessageParams<K>, string | number> };
}[MessageKey];

/** `reason('wizards.schema.title.taken', { title })`: checked like `t(...)`. */
export function reason<K extends MessageKey>(key: K, ...args: TranslateArgs<K>): Reason {
  return (args.length > 0 ? { key, params: args[0] } : { key }) as Reason;
}

export function translateReason(t: Translate, item: Reason): string {
  // The Reason type already ties params to the key; the loose call only spares a switch over every key.
  const loose = t as (key: MessageKey, params?: Record<string, string | number>) => string;
  return loose(item.key, 'params' in item ? item.params : undefined);
}
