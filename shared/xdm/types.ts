// Shared types of the XDM library, composition and validation modules.

/** A parsed JSON object; schema documents are walked as these and narrowed with guards. */
export type JsonObject = { [key: string]: unknown };

/** A JSON Schema node (AEP form). */
export type JsonSchema = JsonObject;

/** Narrows an unknown value to a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What a library entry is. `schema` = a ready-made composition (class + field groups). */
export type LibraryKind = 'class' | 'behavior' | 'fieldgroup' | 'datatype' | 'schema';

/** The data behaviour a class fixes. */
export type LibraryBehavior = 'record' | 'time-series' | 'adhoc';

/** One line of the library index (`shared/xdm/library/index.json`). */
export interface LibraryEntry {
  $id: string;
  'meta:altId': string;
  title: string;
  kind: LibraryKind;
  /** `stable`, `experimental` or `deprecated` (deprecated entries are kept but flagged). */
  'meta:status': string;
  /** Field groups: the classes they are for (empty = any class). */
  'meta:intendedToExtend'?: string[];
  'meta:extends'?: string[];
  /** Classes (and ready-made schemas): record or time-series data. */
  behavior?: LibraryBehavior;
  /** Ready-made schemas: their class. */
  'meta:class'?: string;
  /** The body file (without `.json`) under `library/` that holds the converted schema. */
  chunk: string;
}

/** The XDM field types a composition reports for its fields. */
export type XdmType =
  | 'string'
  | 'number'
  | 'long'
  | 'int'
  | 'short'
  | 'byte'
  | 'date'
  | 'date-time'
  | 'boolean'
  | 'array'
  | 'object'
  | 'map'
  | 'enum';
