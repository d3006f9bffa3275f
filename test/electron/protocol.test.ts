import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { contentTypeOf, resolveAppFile } from '../../electron/main/protocol-path';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (request: Request) => Promise<Response>>(),
  privileged: [] as unknown[],
}));

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown[]) => electron.privileged.push(...schemes),
    handle: (scheme: string, handler: (request: Request) => Promise<Response>) =>
      electron.handlers.set(scheme, handler),
  },
}));

describe('app:// protocol', () => {
  const root = mkdtempSync(join(tmpdir(), 'renderer-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ok</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'export {}');

  it.each([
    ['app://bundle/', 'index.html'],
    ['app://bundle/index.html', 'index.html'],
    ['app://bundle/assets/app.js', join('assets', 'app.js')],
  ])('maps %s inside the bundle', (url, file) => {
    expect(resolveAppFile(url, root)).toBe(join(root, file));
  });

  it.each([
    'app://bundle/../../etc/passwd',
    'app://bundle/%2e%2e/%2e%2e/etc/passwd',
    'app://bundle/assets/..%2f..%2f..%2fetc/passwd',
  ])('never resolves %s outside the bundle', (url) => {
    const file = resolveAppFile(url, root);
    expect(file === undefined || file.startsWith(`${root}/`)).toBe(true);
    expect(file).not.toBe('/etc/passwd');
  });

  it.each([
    'app://bundle/a%00b',
    'app://bundle/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
    'garbage',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeUndefined();
  });

  it('knows content types of what the bundle serves', () => {
    expect(contentTypeOf('a/index.html')).toContain('text/html');
    expect(contentTypeOf('x.JS')).toContain('javascript');
    expect(contentTypeOf('x.bin')).toBe('application/octet-stream');
  });

  describe('handler', () => {
    beforeEach(() => electron.handlers.clear());

    it('registers app as a privileged standard, secure scheme and serves files with the CSP', async () => {
      const { registerAppScheme, handleAppProtocol } = await import('../../electron/main/protocol');
      registerAppScheme();
      expect(electron.privileged).toContainEqual(
        expect.objectContaining({
          scheme: 'app',
          privileges: expect.objectContaining({ standard: true, secure: true }),
        }),
      );
      handleAppProtocol(root);
      const handler = electron.handlers.get('app');
      const ok = await handler?.(new Request('app://bundle/index.html'));
      expect(ok?.status).toBe(200);
      expect(ok?.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await ok?.text()).toContain('<title>ok</title>');
      expect((await handler?.(new Request('app://bundle/missing.js')))?.status).toBe(404);
      expect((await handler?.(new Request('app://bundle/%2e%2e/%2e%2e/etc/passwd')))?.status).toBe(404);
    });

    it('routes app://bundle/user-files/<token> to the chosen files only, never to the bundle', async () => {
      const { handleAppProtocol } = await import('../../electron/main/protocol');
      const { UserFileRegistry } = await import('../../electron/main/user-files');
      mkdirSync(join(root, 'user-files'), { recursive: true });
      writeFileSync(join(root, 'user-files', 'index.html'), 'bundle file');
      handleAppProtocol(root);
      expect(
        (await electron.handlers.get('app')?.(new Request('app://bundle/user-files/index.html')))?.status,
      ).toBe(404);
      const registry = new UserFileRegistry();
      handleAppProtocol(root, registry);
      const handler = electron.handlers.get('app');
      const ref = await registry.register(join(root, 'assets', 'app.js'), 1);
      const response = await handler?.(new Request(ref.url, { headers: { range: 'bytes=7-8' } }));
      expect(response?.status).toBe(206);
      expect(await response?.text()).toBe('{}');
      expect((await handler?.(new Request('app://bundle/user-files/index.html')))?.status).toBe(404);
      expect((await handler?.(new Request('app://bundle/index.html')))?.status).toBe(200);
    });
  });
});
