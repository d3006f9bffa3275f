// The one object the desktop preload exposes to the UI (window.profileStager), typed by the contract.
import type { EngineEvents, EventName } from './events';
import type { MethodName, MethodRequest, MethodResponse } from './methods';

export interface DesktopApi {
  host: 'desktop';
  call<M extends MethodName>(method: M, args: MethodRequest<M>): Promise<MethodResponse<M>>;
  on<E extends EventName>(event: E, listener: (payload: EngineEvents[E]) => void): () => void;
}
