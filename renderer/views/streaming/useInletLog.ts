// An inlet's recent messages (newest first): loaded with `streaming-inlet-log`, then kept live by `streaming-received`.
import { useEffect, useState } from 'react';
import type { StreamedMessage } from '../../../shared/contract';
import { useEngineCall } from '../../app/useEngineCall';
import { useEngineEvent } from '../../app/useEngineEvent';

/** Messages the live log shows (the engine keeps up to 200 per inlet). */
export const LOG_SIZE = 50;

/** A message's identity: its request's batch and its place in the request. */
export const messageKey = (message: StreamedMessage) => `${message.batchId}#${message.index}`;

export function useInletLog(sandbox: string, inletId: string) {
  const [messages, setMessages] = useState<StreamedMessage[] | undefined>(undefined);
  const { run } = useEngineCall('streaming-inlet-log');
  useEffect(() => {
    let isCurrent = true;
    void run({ sandbox, inletId, limit: LOG_SIZE }).then((answer) => {
      if (isCurrent && answer) setMessages(answer);
    });
    return () => {
      isCurrent = false;
    };
  }, [run, sandbox, inletId]);
  useEngineEvent('streaming-received', (event) => {
    if (event.sandbox !== sandbox || event.inletId !== inletId) return;
    // A request's messages arrive in request order; the log reads newest first.
    const newest = [...event.messages].reverse();
    setMessages((current) => {
      const known = new Set((current ?? []).map(messageKey));
      return [...newest.filter((m) => !known.has(messageKey(m))), ...(current ?? [])].slice(0, LOG_SIZE);
    });
  });
  return messages;
}
