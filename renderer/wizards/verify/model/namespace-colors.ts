// Colours of identity namespaces in the graph and its legend: the familiar ones fixed, the rest in a stable order.
import type { MantineColor } from '@mantine/core';

const FIXED: Record<string, MantineColor> = { Email: 'blue', Phone: 'teal', ECID: 'orange', CRMID: 'grape' };
const PALETTE: readonly MantineColor[] = [
  'pink',
  'lime',
  'cyan',
  'indigo',
  'yellow',
  'red',
  'violet',
  'green',
];

/** A Mantine colour per namespace code; codes are coloured in sorted order so the same graph looks the same. */
export function namespaceColors(codes: Iterable<string>): Map<string, MantineColor> {
  const out = new Map<string, MantineColor>();
  let next = 0;
  for (const code of [...new Set(codes)].sort((a, b) => a.localeCompare(b))) {
    const fixed = FIXED[code];
    if (fixed) out.set(code, fixed);
    else out.set(code, PALETTE[next++ % PALETTE.length] ?? 'gray');
  }
  return out;
}
