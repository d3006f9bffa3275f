// Why a wizard step refuses to go on: catalogue keys with their placeholders, translated when shown.
import type { MessageKey, Translate, TranslateArgs } from '../../i18n/translate';

declare const madeByReason: unique symbol;

/**
 * One reason: a catalogue key with its placeholders. Opaque rather than a union with one member per key: such a
 * union of every catalogue key made tsc give up ("too complex to represent", TS2590) in `?:` and `||` past about a
 * thousand keys. The brand keeps the type safety: only `reason(...)` makes one, and it checks the key and its
 * placeholders exactly like `t(...)`.
 */
export interface Reason {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly [madeByReason]: true;
}

/** `reason('wizards.schema.title.taken', { title })`: checked like `t(...)`. */
export function reason<K extends MessageKey>(key: K, ...args: TranslateArgs<K>): Reason {
  // The one place a Reason is made; the signature above has already tied the params to the key.
  return (args.length > 0 ? { key, params: args[0] } : { key }) as unknown as Reason;
}

export function translateReason(t: Translate, item: Reason): string {
  // `reason()` tied params to the key; the loose call only spares a switch over every key.
  const loose = t as (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;
  return loose(item.key, item.params);
}
