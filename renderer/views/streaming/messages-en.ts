// English messages of the streaming view; spread into the app catalogue `i18n/en.ts`.
import type { Message } from '../../i18n/types';

export const streamingViewEn = {
  'views.streaming.copy': 'Copy',
  'views.streaming.copied': 'Copied',
  'views.streaming.api.title': 'The local HTTP API',
  'views.streaming.api.web':
    'In this browser there is no HTTP endpoint: the HTTP API runs in the desktop app and in “profile-stager serve”. Start it with the command below (export this sandbox as a snapshot in Settings and pass it with --snapshot), or send test messages from this page.',
  'views.streaming.api.local':
    'Messages posted to an inlet’s URL on {base} are validated and written as they are on the platform. From a terminal, “profile-stager serve” offers the same API:',
  'views.streaming.api.stopped':
    'The local API is not running, so these URLs do not answer yet. Turn it on, or choose a free port, in',
  'views.streaming.api.toSettings': 'Settings → Local API',
  'views.streaming.api.copy': 'Copy the serve command',
  'views.streaming.list.title': 'Inlets',
  'views.streaming.list.none': 'No inlets yet. Create one to get a URL that accepts streamed messages.',
  'views.streaming.list.choose': 'Inlet to show',
  'views.streaming.list.chooseHint': 'Arrow keys move between inlets.',
  'views.streaming.list.name': 'Name and inlet id',
  'views.streaming.list.createdAt': 'Created {time}',
  'views.streaming.list.radio': 'Show inlet {name}',
  'views.streaming.list.authenticated': 'Authenticated',
  'views.streaming.create.title': 'Create an inlet',
  'views.streaming.create.name': 'Name',
  'views.streaming.create.namePlaceholder': 'e.g. Web sign-ups',
  'views.streaming.create.nameMissing': 'Give the inlet a name.',
  'views.streaming.create.auth': 'Require a token',
  'views.streaming.create.authHint':
    'Authenticated inlets refuse messages without the API token (401), as the platform does for trusted sources.',
  'views.streaming.create.submit': 'Create inlet',
  'views.streaming.detail.none': 'Create an inlet to see its URL, an example message and its log.',
  'views.streaming.detail.url': 'Local URL',
  'views.streaming.detail.copyUrl': 'Copy the inlet URL',
  'views.streaming.detail.batchUrl':
    'Several messages at once: POST an object with a “messages” list to {url}.',
  'views.streaming.curl.title': 'Example request',
  'views.streaming.curl.intro':
    'A valid message for the chosen dataset, in the platform’s envelope (header with schema and dataset, body with the record).',
  'views.streaming.curl.introToken':
    'A valid message for the chosen dataset. This inlet is authenticated: set TOKEN to the API token first.',
  'views.streaming.curl.code': 'The curl command',
  'views.streaming.curl.copy': 'Copy curl command',
  'views.streaming.test.dataset': 'Dataset',
  'views.streaming.test.datasetHint': 'The message names this dataset and its schema in its header.',
  'views.streaming.test.noDatasets':
    'This sandbox has no datasets yet. Create one (wizard 2) to stream records into it.',
  'views.streaming.test.title': 'Send a test message',
  'views.streaming.test.intro':
    'Edit the record and send it to the inlet with synchronous validation: an invalid message is refused with the reasons and nothing is written.',
  'views.streaming.test.entity': 'Record (xdmEntity)',
  'views.streaming.test.entityHint': 'JSON; the envelope around it is added for you.',
  'views.streaming.test.notJson': 'This is not valid JSON: {detail}. Fix the record and send it again.',
  'views.streaming.test.send': 'Send test message',
  'views.streaming.test.passed': 'Passed: the message was accepted',
  'views.streaming.test.receipt': 'Receipt {id}. The record is in Profile now; look it up under Profiles.',
  'views.streaming.test.failed': 'Failed: refused with status {status}',
  'views.streaming.test.causes': 'Validation causes',
  'views.streaming.log.title': 'Recent messages',
  'views.streaming.log.loading': 'Loading the log…',
  'views.streaming.log.summary': {
    one: '{count} message: {passed} passed, {failed} failed. New messages appear as they arrive.',
    other: '{count} messages: {passed} passed, {failed} failed. New messages appear as they arrive.',
  },
  'views.streaming.log.empty': 'No messages yet. Send a test message or post to the URL.',
  'views.streaming.log.table': 'Recent messages, newest first',
  'views.streaming.log.time': 'Received',
  'views.streaming.log.result': 'Result',
  'views.streaming.log.status': 'Status',
  'views.streaming.log.dataset': 'Dataset',
  'views.streaming.log.detail': 'Detail',
  'views.streaming.log.pass': 'Pass',
  'views.streaming.log.fail': 'Fail',
  'views.streaming.log.passedSync': 'Validated and written',
  'views.streaming.log.passedAsync': 'Accepted; validated after receipt',
  'views.streaming.log.causes': {
    one: '{message}',
    other: '{message} ({count} causes)',
  },
} as const satisfies Record<string, Message>;
