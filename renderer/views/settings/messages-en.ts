// English messages of the Settings page's Local API card; spread into the app catalogue `i18n/en.ts`.
import type { Message } from '../../i18n/types';

export const settingsApiEn = {
  'settings.api.title': 'Local API',
  'settings.api.intro':
    'Scripts, Postman collections and streaming producers written for the platform can call this app instead: change only the base URL and the token.',
  'settings.api.enabled': 'Serve the local API',
  'settings.api.enabled.hint': 'Listens on 127.0.0.1 only, so only programs on this computer can reach it.',
  'settings.api.state.running': 'Running',
  'settings.api.state.off': 'Off',
  'settings.api.state.stopped': 'Not running',
  'settings.api.state.loading': 'Checking…',
  'settings.api.url': 'Base URL',
  'settings.api.url.none': 'Not running',
  'settings.api.port': 'Port',
  'settings.api.port.hint': 'A whole number from 1 to 65535 (default {port}).',
  'settings.api.port.apply': 'Use this port',
  'settings.api.port.invalid': 'Enter a whole number from 1 to 65535.',
  'settings.api.token': 'Token',
  'settings.api.token.hint':
    'Send it as “Authorization: Bearer <token>”. It was made for this installation and is stored readable by you only.',
  'settings.api.token.show': 'Show token',
  'settings.api.token.hide': 'Hide token',
  'settings.api.copy': 'Copy',
  'settings.api.copied': 'Copied',
  'settings.api.copyUrl': 'Copy base URL',
  'settings.api.copyToken': 'Copy token',
  'settings.api.copyCommand': 'Copy command',
  'settings.api.regenerate': 'Regenerate token',
  'settings.api.regenerate.confirm':
    'Scripts that use the current token stop working until you give them the new one.',
  'settings.api.regenerate.yes': 'Make a new token',
  'settings.api.regenerate.no': 'Keep the current token',
  'settings.api.regenerated': 'New token made; the old one no longer works.',
  'settings.api.try': 'Try it',
  'settings.api.error.portInUse':
    'Port {port} is already in use by another program. Choose another port, or stop the program that uses it.',
  'settings.api.error.noPermission':
    'This computer does not allow listening on port {port}. Choose a port above 1024.',
  'settings.api.error.invalidPort': 'That is not a port: enter a whole number from 1 to 65535.',
  'settings.api.error.failed': 'The local API could not start: {reason}',
  'settings.api.error.title': 'The local API is not running',
  'settings.api.web.intro':
    'In the browser the app cannot open a port. The HTTP API runs inside the desktop app (on this card, there) and headless from the command line, for CI pipelines too:',
  'settings.api.web.flags':
    'Leave out --token to get a random one, or set it with the PROFILE_STAGER_TOKEN environment variable. The command prints the base URL and the token.',
} as const satisfies Record<string, Message>;
