// The desktop host's engine page (a hidden window owned by main): the engine over Chromium's
// persistent IndexedDB, serving every port main hands it (the UI's and main's own).
import { messagePortEndpoint, type PortLike } from '../../shared/contract';
import { serveWhenReady, startBrowserEngine } from '../engine-client/browser-engine';

const ready = startBrowserEngine(window, 'desktop');

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window || (event.data as { type?: string })?.type !== 'profile-stager-engine-port') return;
  for (const port of event.ports) serveWhenReady(ready, messagePortEndpoint(port as unknown as PortLike));
});
