// Types of the message catalogue: keys come from the English catalogue, placeholders from its text.

/** A message that depends on a count: Intl.PluralRules picks `one` or `other`. */
export interface PluralMessage {
  readonly one: string;
  readonly other: string;
}

export type Message = string | PluralMessage;

/** `"Delete {name} of {count}"` → `"name" | "count"`. */
export type PlaceholdersOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersOf<Rest>
  : never;

/** Placeholders of a message; plural messages always take `count`. */
export type MessagePlaceholders<M> = M extends PluralMessage
  ? PlaceholdersOf<M['one']> | PlaceholdersOf<M['other']> | 'count'
  : M extends string
    ? PlaceholdersOf<M>
    : never;

type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void
  ? I
  : never;

/** A translated string must keep every placeholder of the English original. */
type KeepsPlaceholders<M extends string> = [PlaceholdersOf<M>] extends [never]
  ? string
  : UnionToIntersection<
      PlaceholdersOf<M> extends infer P extends string ? `${string}{${P}}${string}` : never
    >;

/** The shape a translation of a message must have. */
export type Translation<M> = M extends PluralMessage
  ? { readonly one: string; readonly other: KeepsPlaceholders<M['other']> }
  : M extends string
    ? KeepsPlaceholders<M>
    : never;
