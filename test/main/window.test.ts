import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createMainWindow } from '../../electron/main/window';

class FakeBrowserWindow {
  static created: BrowserWindowConstructorOptions[] = [];
  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeBrowserWindow.created.push(options);
  }
}

describe('main window options', () => {
  const win = createMainWindow(FakeBrowserWindow, { preloadPath: '/app/dist/electron/preload.cjs', devTools: false });
  const prefs = win.options.webPreferences!;

  it('isolates the page from Node and Electron', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and risky features off', () => {
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.navigateOnDragDrop).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs).not.toHaveProperty('enableBlinkFeatures');
    expect(prefs).not.toHaveProperty('additionalArguments');
  });

  it('loads our preload and nothing else, and hides DevTools in packaged builds', () => {
    expect(prefs.preload).toBe('/app/dist/electron/preload.cjs');
    expect(prefs.devTools).toBe(false);
    const dev = createMainWindow(FakeBrowserWindow, { preloadPath: '/p.cjs', devTools: true });
    expect(dev.options.webPreferences!.devTools).toBe(true);
    expect(dev.options.webPreferences!.sandbox).toBe(true);
  });

  it('shows the window only when painted', () => {
    expect(win.options.show).toBe(false);
  });
});
