import { describe, expect, it, vi } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  lockNavigation,
  secureWebPreferences,
} from '../../electron/main/security';
import { engineWindowOptions, uiWindowOptions } from '../../electron/main/windows';

describe('window security', () => {
  it.each([
    ['UI window', uiWindowOptions('/p/ui.cjs')],
    ['engine window', engineWindowOptions('/p/engine.cjs')],
  ])('%s runs isolated, sandboxed, without Node', (_name, options) => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it('keeps the engine window hidden and unthrottled', () => {
    expect(engineWindowOptions('/p').show).toBe(false);
    expect(engineWindowOptions('/p').webPreferences?.backgroundThrottling).toBe(false);
    expect(secureWebPreferences('/x').preload).toBe('/x');
  });

  it('has a strict CSP: nothing remote, no eval, no plugins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
  });

  it.each([
    ['app://bundle/index.html', true],
    ['app://bundle/engine-host/engine.html#x', true],
    ['app://evil/index.html', false],
    ['https://example.com/', false],
    ['file:///etc/passwd', false],
    ['not a url', false],
  ])('isAppUrl(%s) = %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });

  it('blocks navigation away from the app and every new window', () => {
    const handlers: Record<string, (event: { preventDefault(): void }, url: string) => void> = {};
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    lockNavigation({
      on: (event, listener) => (handlers[event] = listener),
      setWindowOpenHandler: (handler) => (openHandler = handler),
    });
    const external = { preventDefault: vi.fn() };
    handlers['will-navigate']?.(external, 'https://example.com');
    expect(external.preventDefault).toHaveBeenCalled();
    const internal = { preventDefault: vi.fn() };
    handlers['will-navigate']?.(internal, 'app://bundle/index.html#/datasets');
    expect(internal.preventDefault).not.toHaveBeenCalled();
    const redirect = { preventDefault: vi.fn() };
    handlers['will-redirect']?.(redirect, 'http://127.0.0.1:9/');
    expect(redirect.preventDefault).toHaveBeenCalled();
    expect(openHandler?.({ url: 'app://bundle/index.html' })).toEqual({ action: 'deny' });
  });
});
