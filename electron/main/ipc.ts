// The UI window's requests to main: choosing files for the engine and running the local HTTP API.
// Only the UI page (app://bundle/index.html) may ask; arguments are checked here, not trusted.
import type { DesktopFileRef, LocalApiStatus } from '../../shared/contract/desktop-api';
import type { LocalApiController } from './local-api';
import type { UserFileRegistry } from './user-files';
import { UI_URL } from './windows';

export const IPC = {
  filesOpen: 'files:open',
  filesRegister: 'files:register',
  apiStatus: 'local-api:status',
  apiConfigure: 'local-api:configure',
  apiRegenerate: 'local-api:regenerate-token',
  /** main → UI: the API's status changed. */
  apiStatusChanged: 'local-api-status',
} as const;

/** The guard and registry need only this much of an IpcMainInvokeEvent. */
export interface InvokeEventLike {
  sender: { id: number };
  senderFrame?: { url: string } | null;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

/** Most files one batch may hold (SPEC §3.10); more paths than that in one call is refused. */
export const MAX_FILES_PER_CALL = 1500;

export function isUiSender(event: InvokeEventLike): boolean {
  const url = event.senderFrame?.url ?? '';
  return url === UI_URL || url.startsWith(`${UI_URL}#`) || url.startsWith(`${UI_URL}?`);
}

function guard(event: InvokeEventLike, channel: string): void {
  if (!isUiSender(event)) throw new Error(`${channel} is only available to the app's own window.`);
}

export interface FileIpcOptions {
  registry: UserFileRegistry;
  /** Shows the open dialog for the window behind `senderId`; resolves to absolute paths (none when cancelled). */
  showOpenDialog(senderId: number): Promise<string[]>;
}

async function registerAll(
  registry: UserFileRegistry,
  paths: readonly string[],
  owner: number,
): Promise<DesktopFileRef[]> {
  const refs: DesktopFileRef[] = [];
  for (const path of paths) refs.push(await registry.register(path, owner));
  return refs;
}

export function registerFileIpc(ipc: IpcMainLike, { registry, showOpenDialog }: FileIpcOptions): void {
  ipc.handle(IPC.filesOpen, async (event) => {
    guard(event, IPC.filesOpen);
    return registerAll(registry, await showOpenDialog(event.sender.id), event.sender.id);
  });
  ipc.handle(IPC.filesRegister, async (event, paths) => {
    guard(event, IPC.filesRegister);
    if (!Array.isArray(paths) || paths.some((path) => typeof path !== 'string'))
      throw new Error('Expected a list of file paths.');
    if (paths.length > MAX_FILES_PER_CALL)
      throw new Error(
        `At most ${MAX_FILES_PER_CALL} files can be added at once (a batch holds at most that many); got ${paths.length}.`,
      );
    if (paths.some((path) => path === ''))
      throw new Error(
        'Some of the dropped items are not files on this computer (e.g. text or a link); drop files from a folder instead.',
      );
    return registerAll(registry, paths as string[], event.sender.id);
  });
}

export function registerLocalApiIpc(ipc: IpcMainLike, api: LocalApiController): void {
  ipc.handle(IPC.apiStatus, (event): LocalApiStatus => {
    guard(event, IPC.apiStatus);
    return api.status();
  });
  ipc.handle(IPC.apiConfigure, (event, change) => {
    guard(event, IPC.apiConfigure);
    const { enabled, port } = (typeof change === 'object' && change !== null ? change : {}) as Record<
      string,
      unknown
    >;
    return api.configure({ enabled, port });
  });
  ipc.handle(IPC.apiRegenerate, (event) => {
    guard(event, IPC.apiRegenerate);
    return api.regenerateToken();
  });
}
