// Logger for browser-side hosts: the engine itself never touches the console, its host does.
import type { Logger } from '../../shared/util/logger';

export function consoleLogger(scope: string): Logger {
  const prefix = `[${scope}]`;
  return {
    debug: (message, fields) => console.debug(prefix, message, fields ?? ''),
    info: (message, fields) => console.info(prefix, message, fields ?? ''),
    warn: (message, fields) => console.warn(prefix, message, fields ?? ''),
    error: (message, fields) => console.error(prefix, message, fields ?? ''),
  };
}
