/**
 * The main window. Its security options are written inline in the constructor call (so the
 * static scan sees them) and the BrowserWindow class is passed in (so tests see them too).
 */
import type { BrowserWindow as ElectronBrowserWindow, BrowserWindowConstructorOptions } from 'electron';

export type BrowserWindowClass<W = ElectronBrowserWindow> = new (options: BrowserWindowConstructorOptions) => W;

export interface MainWindowOptions {
  /** Absolute path of dist/electron/preload.cjs. */
  preloadPath: string;
  /** DevTools only in development builds. */
  devTools: boolean;
  title?: string;
}

export function createMainWindow<W>(BrowserWindow: BrowserWindowClass<W>, opts: MainWindowOptions): W {
  return new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: opts.title ?? 'Groundwork',
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: opts.preloadPath, // eng-disable PRELOAD_JS_CHECK (reviewed: exposes only rpc/onEvent; test/main/preload.test.ts)
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would otherwise bypass the click handlers on links.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: true,
      devTools: opts.devTools,
    },
  });
}
