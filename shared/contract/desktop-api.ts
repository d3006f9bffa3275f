// The one object the desktop preload exposes to the UI (window.profileStager), typed by the contract.
import type { EngineEvents, EventName } from './events';
import type { MethodName, MethodRequest, MethodResponse } from './methods';

/**
 * A file the user chose in the desktop app, registered in main: the engine window reads its bytes
 * from `url` (app://bundle/user-files/<token>) with Range requests. Plain data, so it crosses the
 * context bridge and the engine's MessagePort unchanged.
 */
export interface DesktopFileRef {
  kind: 'desktop-file';
  url: string;
  name: string;
  size: number;
}

/** Why the local HTTP API is not running as configured. */
export interface LocalApiError {
  code: 'port-in-use' | 'invalid-port' | 'no-permission' | 'failed';
  message: string;
}

/** The local HTTP API in the desktop app's main process, as the Settings page shows it. */
export interface LocalApiStatus {
  /** The user wants it on (remembered). */
  enabled: boolean;
  running: boolean;
  port: number;
  defaultPort: number;
  /** `http://127.0.0.1:<port>` while running. */
  url?: string;
  /** The bearer token clients send; generated once per install, regenerable. */
  token: string;
  error?: LocalApiError;
}

export interface DesktopApi {
  host: 'desktop';
  call<M extends MethodName>(method: M, args: MethodRequest<M>): Promise<MethodResponse<M>>;
  on<E extends EventName>(event: E, listener: (payload: EngineEvents[E]) => void): () => void;
  /** Files reach the engine through main: the open dialog, or the paths of files dropped on the UI. */
  files: {
    /** Shows the open dialog; resolves to the chosen files (none when cancelled). */
    open(): Promise<DesktopFileRef[]>;
    /** Registers files dropped on (or chosen in) the page; only real files from the OS have a path. */
    fromDrop(files: File[]): Promise<DesktopFileRef[]>;
  };
  /** The local HTTP API served by main. */
  api: {
    status(): Promise<LocalApiStatus>;
    /** Turns it on or off and/or moves it to another port; resolves to the new status (with any error). */
    configure(change: { enabled?: boolean; port?: number }): Promise<LocalApiStatus>;
    regenerateToken(): Promise<LocalApiStatus>;
    onStatus(listener: (status: LocalApiStatus) => void): () => void;
  };
}

/** The local HTTP API's default port (the same as `profile-stager serve`; a test keeps them equal). */
export const LOCAL_API_DEFAULT_PORT = 8181;
