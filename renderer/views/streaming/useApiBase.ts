// Where the inlets' URLs point: the desktop app's own local API as main runs it (its real port, kept live), or in
// the web host the address `profile-stager serve` listens on by default.
import { LOCAL_API_DEFAULT_PORT } from '../../../shared/contract/desktop-api';
import { useLocalApi } from '../settings/useLocalApi';
import { DEFAULT_API_BASE } from './message-example';

export type ApiBase =
  /** The web host: no API here; the URLs are those of `serve` on its default port. */
  | { kind: 'serve'; base: string }
  /** The desktop host, status not read yet. */
  | { kind: 'loading' }
  /** The desktop host: the API's base URL, and whether it is running there now. */
  | { kind: 'desktop'; base: string; isRunning: boolean };

export function useApiBase(): ApiBase {
  const api = useLocalApi();
  if (!api) return { kind: 'serve', base: DEFAULT_API_BASE };
  const { status } = api;
  if (!status) return { kind: 'loading' };
  // While it is off or failed, the URLs show the port it will use once it runs.
  const base = status.url ?? `http://127.0.0.1:${status.port || LOCAL_API_DEFAULT_PORT}`;
  return { kind: 'desktop', base, isRunning: status.running };
}
