// The desktop host's engine page (a hidden window owned by main): the engine over Chromium's
// persistent IndexedDB, serving every port main hands it (the UI's and main's own). Files the user
// chose arrive as references and are read from main's user-file handler with Range requests.
import { messagePortEndpoint, type PortLike } from '../../shared/contract';
import type { FetchLike } from '../../shared/formats/fetch-byte-source';
import { serveWhenReady, startBrowserEngine } from '../engine-client/browser-engine';
import { withDesktopFiles } from '../engine-client/desktop-files';

const ready = startBrowserEngine(window, 'desktop');

window.addEventListener('message', (event: MessageEvent) => {
  if (event.source !== window || (event.data as { type?: string })?.type !== 'profile-stager-engine-port')
    return;
  for (const port of event.ports)
    serveWhenReady(ready, messagePortEndpoint(port as unknown as PortLike), (handlers) =>
      withDesktopFiles(handlers, ((url, init) => fetch(url, init)) as FetchLike),
    );
});
