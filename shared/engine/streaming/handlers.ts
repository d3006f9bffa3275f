// Thin handlers of the streaming domain.
import { EngineError } from '../../contract/errors';
import type { HandlerMap } from '../../contract/server';
import { requireObject, requireString } from '../args';
import { messagesOf } from './body';
import type { StreamingService } from './service';

export function streamingHandlers(streaming: StreamingService): HandlerMap {
  return {
    'streaming-inlet-create': async (raw) => {
      const args = requireObject(raw, 'streaming-inlet-create');
      return streaming.createInlet(requireString(args, 'sandbox', 'streaming-inlet-create'), {
        name: requireString(args, 'name', 'streaming-inlet-create'),
        ...(typeof args.sourceId === 'string' ? { sourceId: args.sourceId } : {}),
        authenticationRequired: args.authenticationRequired === true,
      });
    },
    'streaming-inlet-list': async (raw) =>
      streaming.listInlets(
        requireString(requireObject(raw, 'streaming-inlet-list'), 'sandbox', 'streaming-inlet-list'),
      ),
    'streaming-inlet-show': async (raw) =>
      streaming.findInlet(
        requireString(requireObject(raw, 'streaming-inlet-show'), 'inletId', 'streaming-inlet-show'),
      ),
    'streaming-ingest': async (raw) => {
      const args = requireObject(raw, 'streaming-ingest');
      const messages =
        typeof args.body === 'string'
          ? messagesOf(args.body, args.kind === 'batch' ? 'batch' : 'message')
          : args.messages;
      if (!Array.isArray(messages))
        throw new EngineError(
          'invalid-argument',
          'streaming-ingest needs "messages": a list of {header, body} envelopes.',
        );
      return streaming.ingest(requireString(args, 'inletId', 'streaming-ingest'), messages, {
        syncValidation: args.syncValidation === true,
      });
    },
    'streaming-inlet-log': async (raw) => {
      const args = requireObject(raw, 'streaming-inlet-log');
      if (args.limit !== undefined && typeof args.limit !== 'number')
        throw new EngineError(
          'invalid-argument',
          'streaming-inlet-log: "limit" must be a number from 1 to 200.',
        );
      return streaming.inletLog(
        requireString(args, 'sandbox', 'streaming-inlet-log'),
        requireString(args, 'inletId', 'streaming-inlet-log'),
        args.limit as number | undefined,
      );
    },
  };
}
