// The few stroke icons the import wizard needs beyond the shell's set (same 24×24 grid); decorative.
const PATHS = {
  stop: 'M12 3a9 9 0 1 0 0 18a9 9 0 0 0 0 -18z M9 9l6 6 M15 9l-6 6',
  download: 'M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2 -2v-2 M7 11l5 5l5 -5 M12 4v12',
  undo: 'M9 14l-4 -4l4 -4 M5 10h11a4 4 0 1 1 0 8h-1',
  file: 'M14 3v4a1 1 0 0 0 1 1h4 M17 21h-10a2 2 0 0 1 -2 -2v-14a2 2 0 0 1 2 -2h7l5 5v11a2 2 0 0 1 -2 2z',
  plus: 'M12 5v14 M5 12h14',
} as const;

export type ImportIconName = keyof typeof PATHS;

export function ImportIcon({ name, size = 16 }: { name: ImportIconName; size?: number }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
