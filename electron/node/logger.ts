// A logger for the node host that writes to stderr, quiet unless PROFILE_STAGER_LOG asks for more.
import type { Logger } from '../../shared/util/logger';

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;
type Level = (typeof LEVELS)[number];

export function stderrLogger(level: Level | 'silent' = 'warn'): Logger {
  const min = level === 'silent' ? LEVELS.length : LEVELS.indexOf(level);
  const at = (l: Level) => (message: string, fields?: Record<string, unknown>) => {
    if (LEVELS.indexOf(l) < min) return;
    process.stderr.write(`[${l}] ${message}${fields ? ` ${JSON.stringify(fields)}` : ''}\n`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export function levelFromEnv(value: string | undefined): Level | 'silent' {
  return value === 'debug' || value === 'info' || value === 'warn' || value === 'error' || value === 'silent'
    ? value
    : 'warn';
}
