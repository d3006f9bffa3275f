// The web host's engine: runs in a dedicated Worker over the browser's IndexedDB.
import { messagePortEndpoint, type PortLike } from '../../shared/contract';
import { serveWhenReady, startBrowserEngine } from './browser-engine';

serveWhenReady(startBrowserEngine(self, 'web'), messagePortEndpoint(self as unknown as PortLike));
