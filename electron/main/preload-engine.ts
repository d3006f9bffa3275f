// Preload of the hidden engine window: forwards every engine port from main into the page.
import { ipcRenderer } from 'electron';

ipcRenderer.on('engine-port', (event) => {
  window.postMessage({ type: 'profile-stager-engine-port' }, '*', event.ports);
});
