// Electron main: lifecycle, windows and wiring only. The engine runs in a hidden window it owns.
import { join } from 'node:path';
import { app, BrowserWindow, MessageChannelMain, session, type MessagePortMain } from 'electron';
import { createEngineClient, type EngineClient } from '../../shared/contract';
import { EngineSupervisor } from './engine-supervisor';
import { mainPortEndpoint } from './main-port-endpoint';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { lockNavigation } from './security';
import { ENGINE_URL, engineWindowOptions, UI_URL, uiWindowOptions } from './windows';

registerAppScheme();

const rendererRoot = join(import.meta.dirname, '..', 'renderer');
const preloadUi = join(import.meta.dirname, '..', 'preload', 'ui.cjs');
const preloadEngine = join(import.meta.dirname, '..', 'preload', 'engine.cjs');

let mainClient: EngineClient | undefined;

const supervisor = new EngineSupervisor<MessagePortMain>({
  now: () => Date.now(),
  createChannel: () => new MessageChannelMain(),
  createEngineWindow() {
    const window = new BrowserWindow(engineWindowOptions(preloadEngine));
    lockNavigation(window.webContents);
    return {
      load: () => window.loadURL(ENGINE_URL),
      sendPort: (port) => window.webContents.postMessage('engine-port', null, [port]),
      onGone: (listener) => window.webContents.on('render-process-gone', (_event, details) => listener(details.reason)),
      destroy: () => {
        if (!window.isDestroyed()) window.destroy();
      },
    };
  },
  onMainPort(port) {
    mainClient?.close('engine restarted');
    mainClient = createEngineClient(mainPortEndpoint(port));
  },
  log: (message) => console.warn(`[main] ${message}`),
});

function createUiWindow(): BrowserWindow {
  const window = new BrowserWindow(uiWindowOptions(preloadUi));
  lockNavigation(window.webContents);
  const detach = supervisor.attachUi({
    sendPort: (port) => window.webContents.postMessage('engine-port', null, [port]),
    sendHealth: (state, reason) => window.webContents.send('engine-health', { state, reason }),
  });
  window.on('closed', detach);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(UI_URL);
  return window;
}

void app.whenReady().then(async () => {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  handleAppProtocol(rendererRoot);
  await supervisor.start();
  createUiWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().filter((w) => w.isVisible()).length === 0) createUiWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('before-quit', () => {
  mainClient?.close('app quitting');
  supervisor.stop();
});

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});
