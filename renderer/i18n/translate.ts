// Looks messages up in the catalogue of a language and fills in their placeholders.
import type { Language } from '../state/prefs-store';
import { en, type EnglishCatalogue, type MessageKey } from './en';
import { nl } from './nl';
import type { Message, MessagePlaceholders } from './types';

export type { MessageKey } from './en';

export type MessageParams<K extends MessageKey> = MessagePlaceholders<EnglishCatalogue[K]>;

/** Keys of messages without placeholders: what tables of pages, labels and options hold. */
export type PlainMessageKey = {
  [K in MessageKey]: [MessageParams<K>] extends [never] ? K : never;
}[MessageKey];

/** No second argument for a message without placeholders; exactly its placeholders otherwise. */
export type TranslateArgs<K extends MessageKey> = [MessageParams<K>] extends [never]
  ? []
  : [params: Record<MessageParams<K>, string | number>];

export type Translate = <K extends MessageKey>(key: K, ...args: TranslateArgs<K>) => string;

/** BCP 47 locale used for numbers, dates and plural rules. */
export const LOCALES: Record<Language, string> = { en: 'en-US', nl: 'nl-NL' };

/** Each language named in itself, as language pickers do. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', nl: 'Nederlands' };

const CATALOGUES: Record<Language, Readonly<Record<MessageKey, Message>>> = { en, nl };
const translators = new Map<Language, Translate>();

/** A translate function for one language; cached, so it is stable across renders. */
export function translator(language: Language): Translate {
  const cached = translators.get(language);
  if (cached) return cached;
  const catalogue = CATALOGUES[language];
  const locale = LOCALES[language];
  const plurals = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  const translate = (key: MessageKey, params?: Record<string, string | number>): string => {
    const message = catalogue[key];
    const count = params?.count;
    const text =
      typeof message === 'string'
        ? message
        : typeof count === 'number' && plurals.select(count) === 'one'
          ? message.one
          : message.other;
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
  const typed = translate as Translate;
  translators.set(language, typed);
  return typed;
}
