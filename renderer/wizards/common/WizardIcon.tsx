// Stroke icons the wizards need beyond the shell's set (same 24×24 grid); decorative, hidden from assistive tech.
import type { CSSProperties } from 'react';

const PATHS = {
  check: 'M5 12l5 5l10 -10',
  cross: 'M18 6l-12 12 M6 6l12 12',
  search: 'M3 10a7 7 0 1 0 14 0a7 7 0 1 0 -14 0 M21 21l-6 -6',
  key: 'M16.555 3.843l3.602 3.602a2.877 2.877 0 0 1 0 4.069l-2.643 2.643a2.877 2.877 0 0 1 -4.069 0l-.301 -.301l-6.558 6.558a2 2 0 0 1 -1.239 .578l-.175 .008h-1.172a1 1 0 0 1 -.993 -.883l-.007 -.117v-1.172a2 2 0 0 1 .467 -1.284l.119 -.13l.414 -.414h2v-2h2v-2l2.144 -2.144l-.301 -.301a2.877 2.877 0 0 1 0 -4.069l2.643 -2.643a2.877 2.877 0 0 1 4.069 0z M15 9h.01',
  lock: 'M5 13a2 2 0 0 1 2 -2h10a2 2 0 0 1 2 2v6a2 2 0 0 1 -2 2h-10a2 2 0 0 1 -2 -2v-6z M11 16a1 1 0 1 0 2 0a1 1 0 0 0 -2 0 M8 11v-4a4 4 0 1 1 8 0v4',
  arrowLeft: 'M19 12h-14 M11 18l-6 -6 M11 6l-6 6',
  arrowRight: 'M5 12h14 M13 18l6 -6 M13 6l6 6',
  info: 'M12 3a9 9 0 1 0 0 18a9 9 0 0 0 0 -18z M12 8h.01 M11 12h1v4h1',
  plus: 'M12 5v14 M5 12h14',
  trash:
    'M4 7h16 M10 11v6 M14 11v6 M5 7l1 12a2 2 0 0 0 2 2h8a2 2 0 0 0 2 -2l1 -12 M9 7v-3a1 1 0 0 1 1 -1h4a1 1 0 0 1 1 1v3',
  star: 'M12 17.75l-6.172 3.245l1.179 -6.873l-5 -4.867l6.9 -1l3.086 -6.253l3.086 6.253l6.9 1l-5 4.867l1.179 6.873z',
  chevronDown: 'M6 9l6 6l6 -6',
  chevronRight: 'M9 6l6 6l-6 6',
  user: 'M8 7a4 4 0 1 0 8 0a4 4 0 0 0 -8 0 M6 21v-2a4 4 0 0 1 4 -4h4a4 4 0 0 1 4 4v2',
  pulse: 'M3 12h4l3 8l4 -16l3 8h4',
  field: 'M4 6h16 M4 12h10 M4 18h6',
  alert:
    'M12 9v4 M12 16v.01 M10.24 3.957l-8.422 14.06a1.989 1.989 0 0 0 1.7 2.983h16.845a1.989 1.989 0 0 0 1.7 -2.983l-8.423 -14.06a1.989 1.989 0 0 0 -3.4 0z',
  upload: 'M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2 -2v-2 M7 9l5 -5l5 5 M12 4v12',
  dataset: 'M4 6a8 3 0 1 0 16 0a8 3 0 1 0 -16 0 M4 6v6a8 3 0 0 0 16 0V6 M4 12v6a8 3 0 0 0 16 0v-6',
  schema: 'M3 15h6v6H3z M15 15h6v6h-6z M9 3h6v6H9z M6 15v-3h12v3 M12 9v3',
} as const;

export type WizardIconName = keyof typeof PATHS;

export function WizardIcon({
  name,
  size = 18,
  stroke = 1.75,
  style,
}: {
  name: WizardIconName;
  size?: number;
  stroke?: number;
  style?: CSSProperties;
}) {
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
