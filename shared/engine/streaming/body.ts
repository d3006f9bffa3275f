// The body of a collection request as the engine receives it from a host: JSON text, parsed once here
// with the shared prototype-key guard, into the list of message envelopes.
import { EngineError } from '../../contract/errors';
import { parseJsonWithoutPrototypeKeys, PrototypeKeyError } from '../../util/prototype-keys';

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The messages of a request body's JSON text: one envelope (`message`) or `{"messages": […]}`
 * (`batch`). The host has already bounded the text's size and depth.
 */
export function messagesOf(text: string, kind: 'message' | 'batch'): unknown[] {
  let parsed: unknown;
  try {
    parsed = parseJsonWithoutPrototypeKeys(text);
  } catch (error) {
    if (error instanceof PrototypeKeyError)
      throw new EngineError(
        'invalid-argument',
        `The request body contains a "${error.key}" key, which is refused.`,
      );
    throw new EngineError(
      'invalid-argument',
      `The request body is not valid JSON: ${(error as Error).message}`,
    );
  }
  if (kind === 'message') return [parsed];
  const messages = isObject(parsed) ? parsed.messages : undefined;
  if (!Array.isArray(messages))
    throw new EngineError('invalid-argument', 'The body must be {"messages": [ {header, body}, … ]}.');
  return messages;
}
