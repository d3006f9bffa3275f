// Serves the built renderer from app://bundle so the IndexedDB origin is stable across releases.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeOf, resolveAppFile } from './protocol-path';
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';
import { isUserFileUrl, serveUserFile, type UserFileRegistry } from './user-files';

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: false },
    },
  ]);
}

/**
 * Installs the handler that reads files under `root`; with a registry, `app://bundle/user-files/<token>`
 * serves the files the user chose (same origin as the pages, so the CSP's `connect-src 'self'` covers it).
 */
export function handleAppProtocol(root: string, userFiles?: UserFileRegistry): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (isUserFileUrl(request.url)) {
      if (!userFiles) return new Response('Not found', { status: 404 });
      return serveUserFile(request, userFiles);
    }
    const file = resolveAppFile(request.url, root);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: { 'content-type': contentTypeOf(file), 'content-security-policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
