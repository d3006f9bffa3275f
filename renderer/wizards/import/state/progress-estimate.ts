// The engine reports the bytes it has *read*, a whole chunk (1 MiB) ahead of the rows it has processed, so a
// bar driven by bytes alone moves in big jumps a few times a second. The rows move in small steps: with the
// average size of a row (from the sample the wizard already has), rows processed become bytes done — never
// more than the bytes read, so the bar stays honest if the sample's rows were shorter than the rest.
import type { DryRunRow } from '../../../../shared/contract';

const encoder = new TextEncoder();

/** Average bytes per row (with its line break) of the sampled raw rows; undefined without raw text. */
export function bytesPerRow(rows: readonly DryRunRow[] | undefined): number | undefined {
  let bytes = 0;
  let count = 0;
  for (const row of rows ?? []) {
    if (row.raw === undefined) continue;
    bytes += encoder.encode(row.raw).length + 1;
    count++;
  }
  return count > 0 ? bytes / count : undefined;
}

/** Bytes of the file processed so far: from rows where a row size is known, capped by the bytes read. */
export function bytesDone(
  progress: { bytesRead: number; rowsRead: number; phase: string },
  perRow: number | undefined,
): number {
  if (perRow === undefined || progress.phase !== 'reading') return progress.bytesRead;
  return Math.min(progress.bytesRead, Math.round(progress.rowsRead * perRow));
}
