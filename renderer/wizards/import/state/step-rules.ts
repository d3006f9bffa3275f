// The rule each wizard step checks before the user may go on, and the reason it gives when not.
import type { InputFormatName } from '../../../../shared/contract';
import type { ImportDataState } from './import-data-store';
import { mappingEntries, type ImportWizardState, type StepId } from './import-wizard-store';

/** Why a step cannot go on yet. Every reason has a message in the catalogues. */
export type StepBlock =
  | { reason: 'pickDataset' }
  | { reason: 'datasetGone' }
  | { reason: 'addFiles' }
  | { reason: 'emptyFile'; name: string }
  | { reason: 'detecting' }
  | { reason: 'mixedFormats'; formats: InputFormatName[] }
  | { reason: 'mapColumns' }
  | { reason: 'duplicatePath'; path: string; columns: string }
  | { reason: 'sampleRange' }
  | { reason: 'percentRange' }
  | { reason: 'runDryRun' }
  | { reason: 'ingesting' };

type Wizard = Pick<ImportWizardState, 'datasetId' | 'files' | 'overrides' | 'mapping' | 'options' | 'step'>;
type Data = Pick<ImportDataState, 'datasets' | 'previews' | 'validation'>;

export const MIN_SAMPLE = 1;
export const MAX_SAMPLE = 5000;

/** The format a file is read as: the user's choice, else what the engine detected (undefined until it answered). */
export function formatOf(
  wizard: Pick<Wizard, 'overrides'>,
  data: Pick<Data, 'previews'>,
  fileId: string,
): InputFormatName | undefined {
  if (wizard.overrides.format !== 'auto') return wizard.overrides.format;
  return data.previews[fileId]?.result.detected.format ?? undefined;
}

/** The one format of the batch when every file agrees on it. */
export function batchFormat(wizard: Wizard, data: Data): InputFormatName | undefined {
  const formats = new Set(wizard.files.map((entry) => formatOf(wizard, data, entry.id)));
  const [only] = formats;
  return formats.size === 1 ? only : undefined;
}

/** Whether the batch is flat (CSV) and so needs a column mapping. */
export function isFlat(wizard: Wizard, data: Data): boolean {
  return batchFormat(wizard, data) === 'csv';
}

/** The multi-line JSON flag the batch is created with. */
export function isMultiLineJson(wizard: Wizard, data: Data): boolean {
  if (wizard.overrides.jsonLayout !== 'auto') return wizard.overrides.jsonLayout === 'multiLine';
  return wizard.files.some((entry) => data.previews[entry.id]?.result.detected.isMultiLineJson === true);
}

/** Identifies the settings a dry run answered, so a change asks for a new one. */
export function validationKey(wizard: Wizard): string {
  return JSON.stringify({
    datasetId: wizard.datasetId,
    files: wizard.files.map((entry) => entry.id),
    overrides: wizard.overrides,
    mapping: mappingEntries(wizard.mapping),
    sample: wizard.options.sampleSize,
  });
}

function checkDataset(wizard: Wizard, data: Data): StepBlock | null {
  if (!wizard.datasetId) return { reason: 'pickDataset' };
  if (data.datasets && !data.datasets.some((dataset) => dataset.id === wizard.datasetId))
    return { reason: 'datasetGone' };
  return null;
}

function checkFiles(wizard: Wizard, data: Data): StepBlock | null {
  if (wizard.files.length === 0) return { reason: 'addFiles' };
  const empty = wizard.files.find((entry) => entry.file.size === 0);
  if (empty) return { reason: 'emptyFile', name: empty.file.name };
  if (wizard.files.some((entry) => formatOf(wizard, data, entry.id) === undefined))
    return { reason: 'detecting' };
  const formats = [...new Set(wizard.files.flatMap((entry) => formatOf(wizard, data, entry.id) ?? []))];
  if (formats.length > 1) return { reason: 'mixedFormats', formats };
  return null;
}

function checkMapping(wizard: Wizard, data: Data): StepBlock | null {
  if (!isFlat(wizard, data)) return null;
  const entries = mappingEntries(wizard.mapping);
  if (entries.length === 0) return { reason: 'mapColumns' };
  const byPath = new Map<string, string[]>();
  for (const { sourceAttribute, destinationXdmPath } of entries) {
    byPath.set(destinationXdmPath, [...(byPath.get(destinationXdmPath) ?? []), sourceAttribute]);
  }
  for (const [path, columns] of byPath)
    if (columns.length > 1) return { reason: 'duplicatePath', path, columns: columns.join(', ') };
  return null;
}

function checkValidation(wizard: Wizard, data: Data): StepBlock | null {
  const { sampleSize, isPartial, partialPercent } = wizard.options;
  if (!Number.isInteger(sampleSize) || sampleSize < MIN_SAMPLE || sampleSize > MAX_SAMPLE)
    return { reason: 'sampleRange' };
  if (isPartial && !(Number.isFinite(partialPercent) && partialPercent >= 0 && partialPercent <= 100))
    return { reason: 'percentRange' };
  if (data.validation?.key !== validationKey(wizard)) return { reason: 'runDryRun' };
  return null;
}

/** Checks everything up to and including `step`: a later step never goes on when an earlier one broke. */
export function checkStep(step: StepId, wizard: Wizard, data: Data): StepBlock | null {
  const order: [StepId, () => StepBlock | null][] = [
    ['dataset', () => checkDataset(wizard, data)],
    ['files', () => checkFiles(wizard, data)],
    ['preview', () => checkMapping(wizard, data)],
    ['validate', () => checkValidation(wizard, data)],
    ['ingest', () => ({ reason: 'ingesting' })],
  ];
  for (const [id, check] of order) {
    const block = check();
    if (block) return block;
    if (id === step) return null;
  }
  return null;
}

/** Failed share of the dry-run sample, in percent (0 when nothing was read). */
export function sampleFailurePercent(validation: ImportDataState['validation']): {
  rows: number;
  failed: number;
  percent: number;
} {
  const rows = validation?.files.reduce((sum, file) => sum + file.result.rows.length, 0) ?? 0;
  const failed =
    validation?.files.reduce(
      (sum, file) => sum + file.result.rows.filter((row) => row.outcome === 'failed').length,
      0,
    ) ?? 0;
  return { rows, failed, percent: rows === 0 ? 0 : (failed / rows) * 100 };
}
