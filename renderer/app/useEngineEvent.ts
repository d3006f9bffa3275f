// Subscribes a component to one engine event for as long as it is mounted (never poll the engine).
import { useEffect, useRef } from 'react';
import type { EngineEvents, EventName } from '../../shared/contract';
import { useEngineSession } from './EngineProvider';

export function useEngineEvent<E extends EventName>(
  event: E,
  listener: (payload: EngineEvents[E]) => void,
): void {
  const session = useEngineSession();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => session.on(event, (payload) => latest.current(payload)), [session, event]);
}
