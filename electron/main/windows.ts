// Window options for the UI and the hidden engine window; pure so they are unit-tested.
import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './security';

export function uiWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    width: 1360,
    height: 880,
    minWidth: 960,
    minHeight: 640,
    show: false,
    title: 'Profile Stager',
    backgroundColor: '#1f2328',
    webPreferences: secureWebPreferences(preload),
  };
}

export function engineWindowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 400,
    height: 300,
    title: 'Profile Stager engine',
    webPreferences: { ...secureWebPreferences(preload), backgroundThrottling: false },
  };
}

export const UI_URL = 'app://bundle/index.html';
export const ENGINE_URL = 'app://bundle/engine-host/engine.html';
