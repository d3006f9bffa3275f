// UI state of the import wizard: the step, the user's choices (dataset, files, overrides, mapping, options).
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { InputFormatName, MappingEntry } from '../../../../shared/contract';
import type { PickedFile } from '../../../engine-client/desktop-files';
import type { StepBlock } from './step-rules';

export const STEPS = ['dataset', 'files', 'preview', 'validate', 'ingest', 'result'] as const;
export type StepId = (typeof STEPS)[number];

export const CHARSETS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'iso-8859-1'] as const;
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export const FORMATS = ['csv', 'json', 'parquet'] as const satisfies readonly InputFormatName[];

export type FormatChoice = 'auto' | InputFormatName;
/** JSON layout: one object per line, or one array spanning many lines (the platform's `isMultiLineJson`). */
export type JsonLayoutChoice = 'auto' | 'lines' | 'multiLine';
export type CharsetChoice = 'auto' | (typeof CHARSETS)[number];
export type DelimiterChoice = 'auto' | (typeof DELIMITERS)[number];

export interface Overrides {
  format: FormatChoice;
  jsonLayout: JsonLayoutChoice;
  charset: CharsetChoice;
  delimiter: DelimiterChoice;
}

export interface ChosenFile {
  /** Stable key for this selection (two picks of the same file name are refused). */
  id: string;
  /** A web `File`, or in the desktop app a file main registered (read by the engine through main). */
  file: PickedFile;
}

/** Where a column's destination came from. */
export type MappingOrigin = 'suggested' | 'remembered' | 'chosen';

export interface ColumnMapping {
  column: string;
  /** XDM path, or null when the column is left out. */
  path: string | null;
  origin: MappingOrigin;
}

export interface IngestOptions {
  /** Rows the dry run validates per file (the engine caps it at 5,000). */
  sampleSize: number;
  isPartial: boolean;
  /** Percent of bad rows tolerated before the whole batch fails (the platform UI's default is 5). */
  partialPercent: number;
  isDiagnostics: boolean;
}

export const DEFAULT_OPTIONS: IngestOptions = {
  sampleSize: 1000,
  isPartial: true,
  partialPercent: 5,
  isDiagnostics: true,
};
export const DEFAULT_OVERRIDES: Overrides = {
  format: 'auto',
  jsonLayout: 'auto',
  charset: 'auto',
  delimiter: 'auto',
};

export interface ImportWizardState {
  step: StepId;
  datasetId: string | null;
  files: ChosenFile[];
  overrides: Overrides;
  /** Columns of the CSV files in header order (the union over files), with their destinations. */
  mapping: ColumnMapping[];
  /** Which file the preview shows. */
  previewFileId: string | null;
  options: IngestOptions;
  /** Why the last attempt to go on was refused; cleared by any change. */
  block: StepBlock | null;
  /** The batch this run created, or the one opened with `?batch=`. */
  batchId: string | null;

  goTo(step: StepId): void;
  setBlock(block: StepBlock | null): void;
  selectDataset(datasetId: string): void;
  addFiles(files: ChosenFile[]): void;
  removeFile(id: string): void;
  setOverride<K extends keyof Overrides>(key: K, value: Overrides[K]): void;
  setPreviewFile(id: string): void;
  /** Adds columns a file brought, with remembered or suggested destinations; known columns keep theirs. */
  addColumns(columns: readonly ColumnMapping[]): void;
  mapColumn(column: string, path: string | null): void;
  setOption<K extends keyof IngestOptions>(key: K, value: IngestOptions[K]): void;
  startBatch(batchId: string): void;
  /** Shows the result of an earlier batch. */
  openBatch(batchId: string): void;
  /** Back to the first step for another import into the same dataset. */
  restart(): void;
}

export type ImportWizardStore = StoreApi<ImportWizardState>;

export interface ImportWizardInit {
  datasetId?: string | null;
  /** Opens the result of an existing batch. */
  batchId?: string | null;
}

/** The mapping entries a batch or dry run sends: mapped columns only. */
export function mappingEntries(mapping: readonly ColumnMapping[]): MappingEntry[] {
  return mapping.flatMap(({ column, path }) =>
    path ? [{ sourceAttribute: column, destinationXdmPath: path }] : [],
  );
}

export function createImportWizardStore(init: ImportWizardInit = {}): ImportWizardStore {
  const fresh = {
    files: [],
    overrides: DEFAULT_OVERRIDES,
    mapping: [],
    previewFileId: null,
    options: DEFAULT_OPTIONS,
    block: null,
  } satisfies Partial<ImportWizardState>;
  return createStore<ImportWizardState>()((set) => ({
    ...fresh,
    step: init.batchId ? 'result' : 'dataset',
    datasetId: init.datasetId ?? null,
    batchId: init.batchId ?? null,
    goTo: (step) => set({ step, block: null }),
    setBlock: (block) => set({ block }),
    selectDataset: (datasetId) =>
      set((state) =>
        state.datasetId === datasetId ? { block: null } : { datasetId, mapping: [], block: null },
      ),
    addFiles: (files) =>
      set((state) => ({
        files: [...state.files, ...files],
        previewFileId: state.previewFileId ?? files[0]?.id ?? null,
        block: null,
      })),
    removeFile: (id) =>
      set((state) => {
        const files = state.files.filter((entry) => entry.id !== id);
        const previewFileId = state.previewFileId === id ? (files[0]?.id ?? null) : state.previewFileId;
        return { files, previewFileId, block: null, ...(files.length === 0 ? { mapping: [] } : {}) };
      }),
    setOverride: (key, value) =>
      // Another format, layout, charset or delimiter can change the columns: the mapping starts again.
      set((state) => ({ overrides: { ...state.overrides, [key]: value }, block: null, mapping: [] })),
    setPreviewFile: (previewFileId) => set({ previewFileId }),
    addColumns: (columns) =>
      set((state) => {
        const known = new Set(state.mapping.map((entry) => entry.column));
        const added = columns.filter((entry) => !known.has(entry.column));
        return added.length === 0 ? {} : { mapping: [...state.mapping, ...added] };
      }),
    mapColumn: (column, path) =>
      set((state) => ({
        mapping: state.mapping.map((entry) =>
          entry.column === column ? { column, path, origin: 'chosen' } : entry,
        ),
        block: null,
      })),
    setOption: (key, value) => set((state) => ({ options: { ...state.options, [key]: value }, block: null })),
    startBatch: (batchId) => set({ batchId, step: 'ingest', block: null }),
    openBatch: (batchId) => set({ batchId, step: 'result', block: null }),
    restart: () => set({ ...fresh, step: 'dataset', batchId: null }),
  }));
}

/** Narrows a select's string value to one of the allowed choices (undefined for anything else). */
export function oneOf<T extends string>(value: string | null, allowed: readonly T[]): T | undefined {
  return allowed.find((choice) => choice === value);
}

export const FORMAT_CHOICES: readonly FormatChoice[] = ['auto', ...FORMATS];
export const JSON_LAYOUT_CHOICES: readonly JsonLayoutChoice[] = ['auto', 'lines', 'multiLine'];
export const CHARSET_CHOICES: readonly CharsetChoice[] = ['auto', ...CHARSETS];
export const DELIMITER_CHOICES: readonly DelimiterChoice[] = ['auto', ...DELIMITERS];
