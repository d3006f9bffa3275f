// Electron main: lifecycle, windows and wiring only. The engine runs in a hidden window it owns.
import { join } from 'node:path';
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  MessageChannelMain,
  session,
  type MessagePortMain,
} from 'electron';
import { createEngineClient } from '../../shared/contract';
import { levelFromEnv, stderrLogger } from '../node/logger';
import { EngineSupervisor } from './engine-supervisor';
import { IPC, registerFileIpc, registerLocalApiIpc, type IpcMainLike } from './ipc';
import { LocalApiController, LocalApiSettingsStore } from './local-api';
import { mainPortEndpoint } from './main-port-endpoint';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { lockNavigation } from './security';
import { switchableClient } from './switchable-client';
import { UserFileRegistry } from './user-files';
import { ENGINE_URL, engineWindowOptions, UI_URL, uiWindowOptions } from './windows';

registerAppScheme();

const rendererRoot = join(import.meta.dirname, '..', 'renderer');
const preloadUi = join(import.meta.dirname, '..', 'preload', 'ui.cjs');
const preloadEngine = join(import.meta.dirname, '..', 'preload', 'engine.cjs');

const log = stderrLogger(levelFromEnv(process.env.PROFILE_STAGER_LOG));
/** Main's own connection to the engine (for the local HTTP API); it follows engine restarts. */
const main = switchableClient();
const userFiles = new UserFileRegistry();
let localApi: LocalApiController | undefined;

/** File types the open dialog offers first; any file can still be chosen (the engine sniffs content). */
const FILE_FILTERS = [
  { name: 'Data files', extensions: ['csv', 'tsv', 'txt', 'json', 'jsonl', 'ndjson', 'parquet'] },
  { name: 'All files', extensions: ['*'] },
];

const supervisor = new EngineSupervisor<MessagePortMain>({
  now: () => Date.now(),
  createChannel: () => new MessageChannelMain(),
  createEngineWindow() {
    const window = new BrowserWindow(engineWindowOptions(preloadEngine));
    lockNavigation(window.webContents);
    return {
      load: () => window.loadURL(ENGINE_URL),
      sendPort: (port) => window.webContents.postMessage('engine-port', null, [port]),
      onGone: (listener) =>
        window.webContents.on('render-process-gone', (_event, details) => listener(details.reason)),
      destroy: () => {
        if (!window.isDestroyed()) window.destroy();
      },
    };
  },
  onMainPort(port) {
    main.replace(createEngineClient(mainPortEndpoint(port)));
  },
  log: (message) => console.warn(`[main] ${message}`),
});

function createUiWindow(): BrowserWindow {
  const window = new BrowserWindow(uiWindowOptions(preloadUi));
  lockNavigation(window.webContents);
  const contentsId = window.webContents.id;
  const detach = supervisor.attachUi({
    sendPort: (port) => window.webContents.postMessage('engine-port', null, [port]),
    sendHealth: (state, reason) => window.webContents.send('engine-health', { state, reason }),
  });
  const offStatus = localApi?.onStatus((status) => {
    if (!window.isDestroyed()) window.webContents.send(IPC.apiStatusChanged, status);
  });
  // Files a window chose are readable only while that page lives: a reload or a crash forgets them.
  window.webContents.on(
    'did-start-navigation',
    (details: { isSameDocument?: boolean; isMainFrame?: boolean }) => {
      if (details?.isMainFrame !== false && details?.isSameDocument !== true)
        userFiles.revokeOwner(contentsId);
    },
  );
  window.webContents.on('render-process-gone', () => userFiles.revokeOwner(contentsId));
  window.on('closed', () => {
    detach();
    offStatus?.();
    userFiles.revokeOwner(contentsId);
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(UI_URL);
  return window;
}

void app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  handleAppProtocol(rendererRoot, userFiles);
  const ipc = ipcMain as unknown as IpcMainLike;
  registerFileIpc(ipc, {
    registry: userFiles,
    async showOpenDialog(senderId) {
      const owner = BrowserWindow.getAllWindows().find((w) => w.webContents.id === senderId);
      const options = {
        properties: ['openFile', 'multiSelections'] as ('openFile' | 'multiSelections')[],
        filters: FILE_FILTERS,
      };
      const result = owner
        ? await dialog.showOpenDialog(owner, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
  });
  localApi = new LocalApiController({
    store: new LocalApiSettingsStore(app.getPath('userData'), undefined, log),
    client: main.client,
    log,
  });
  registerLocalApiIpc(ipc, localApi);
  await supervisor.start();
  createUiWindow();
  // The API answers once the engine is up; a busy port is reported in Settings, not fatal.
  void localApi.start();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().filter((w) => w.isVisible()).length === 0) createUiWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

let isQuitting = false;
app.on('before-quit', (event) => {
  if (isQuitting || !localApi) {
    main.close('app quitting');
    supervisor.stop();
    return;
  }
  // Drain the API's requests in flight before the engine goes away.
  event.preventDefault();
  isQuitting = true;
  userFiles.revokeAll();
  void localApi.stop().finally(() => app.quit());
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
