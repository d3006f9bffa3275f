// A small set of stroke icons (24×24 grid) drawn for the shell; decorative, so hidden from assistive tech.
import type { CSSProperties } from 'react';

const PATHS = {
  overview: 'M4 4h6v8H4z M14 4h6v5h-6z M14 13h6v7h-6z M4 16h6v4H4z',
  schema: 'M3 15h6v6H3z M15 15h6v6h-6z M9 3h6v6H9z M6 15v-3h12v3 M12 9v3',
  dataset: 'M4 6a8 3 0 1 0 16 0a8 3 0 1 0 -16 0 M4 6v6a8 3 0 0 0 16 0V6 M4 12v6a8 3 0 0 0 16 0v-6',
  import: 'M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2 -2v-2 M7 9l5 -5l5 5 M12 4v12',
  verify: 'M12 3a9 9 0 1 0 0 18a9 9 0 0 0 0 -18z M9 12l2 2l4 -4',
  batches: 'M12 4l8 4l-8 4l-8 -4z M4 12l8 4l8 -4 M4 16l8 4l8 -4',
  profiles:
    'M5 7a4 4 0 1 0 8 0a4 4 0 1 0 -8 0 M3 21v-2a4 4 0 0 1 4 -4h4a4 4 0 0 1 4 4v2 M16 3.13a4 4 0 0 1 0 7.75 M21 21v-2a4 4 0 0 0 -3 -3.85',
  merge:
    'M5 18a2 2 0 1 0 4 0a2 2 0 1 0 -4 0 M5 6a2 2 0 1 0 4 0a2 2 0 1 0 -4 0 M15 12a2 2 0 1 0 4 0a2 2 0 1 0 -4 0 M7 8v8 M7 8a4 4 0 0 0 4 4h4',
  streaming: 'M3 12h4l3 8l4 -16l3 8h4',
  settings: 'M4 6h8 M16 6h4 M14 4v4 M4 12h2 M10 12h10 M8 10v4 M4 18h11 M19 18h1 M17 16v4',
  sandbox: 'M12 3l8 4.5v9l-8 4.5l-8 -4.5v-9z M12 12l8 -4.5 M12 12v9 M12 12l-8 -4.5',
  chevronDown: 'M6 9l6 6l6 -6',
  check: 'M5 12l5 5l10 -10',
  plus: 'M12 5v14 M5 12h14',
  pencil: 'M4 20h4l10.5 -10.5a2.828 2.828 0 1 0 -4 -4l-10.5 10.5v4 M13.5 6.5l4 4',
  reset: 'M20 11a8.1 8.1 0 0 0 -15.5 -2 M4 5v4h4 M4 13a8.1 8.1 0 0 0 15.5 2 M20 19v-4h-4',
  trash:
    'M4 7h16 M10 11v6 M14 11v6 M5 7l1 12a2 2 0 0 0 2 2h8a2 2 0 0 0 2 -2l1 -12 M9 7v-3a1 1 0 0 1 1 -1h4a1 1 0 0 1 1 1v3',
  alert:
    'M12 9v4 M12 16v.01 M10.24 3.957l-8.422 14.06a1.989 1.989 0 0 0 1.7 2.983h16.845a1.989 1.989 0 0 0 1.7 -2.983l-8.423 -14.06a1.989 1.989 0 0 0 -3.4 0z',
  arrowRight: 'M5 12h14 M13 18l6 -6 M13 6l6 6',
  clock: 'M12 3a9 9 0 1 0 0 18a9 9 0 0 0 0 -18z M12 7v5l3 3',
} as const;

export type IconName = keyof typeof PATHS;

export interface IconProps {
  name: IconName;
  size?: number;
  stroke?: number;
  style?: CSSProperties;
}

export function Icon({ name, size = 18, stroke = 1.75, style }: IconProps) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={stroke}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      style={{ flexShrink: 0, ...style }}
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
