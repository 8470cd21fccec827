/**
 * Composition root of the Electron shell: the only main-process file that imports 'electron' at
 * run time. Everything it wires is a plain function tested with fakes in test/main.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import fs from 'node:fs';
import path from 'node:path';
import { createCore, type Core } from '../core/createCore';
import { registerRpc, forwardEvents } from './ipc';
import { buildMenuTemplate, type RecentEntry } from './menu';
import { nativeBindingPath, preloadPath, rendererRoot, type AppLocation } from './paths';
import { createHostDialogs } from './hostDialogs';
import { createProjectActions } from './projectActions';
import { createMediaHandler, isMediaRequest } from './protocol/media';
import { createAppProtocolHandler } from './protocol/serve';
import { hardenSession, hardenWebContents } from './security/harden';
import { APP_ENTRY_URL, APP_SCHEME } from './security/origin';
import { claimSingleInstance, focusWindow } from './singleInstance';
import { openStartupProject } from './startup';
import { createMainWindow } from './window';

// Must happen before 'ready', in one call (a second call replaces the first): app:// behaves like
// https (standard, secure origin, fetch allowed). No corsEnabled and no bypassCSP: other origins
// cannot read app:// and our CSP applies.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);
// Every renderer is sandboxed, whatever a future window's options say.
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let core: Core | null = null;

const log = {
  info: (message: string, data?: Record<string, unknown>) => console.info(message, data ?? ''),
  warn: (message: string, data?: Record<string, unknown>) => console.warn(message, data ?? ''),
  error: (message: string, data?: Record<string, unknown>) => console.error(message, data ?? ''),
};

if (!claimSingleInstance(app, () => focusWindow(mainWindow))) {
  app.quit();
} else {
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(
      contents,
      (url) => shell.openExternal(url), // eng-disable OPEN_EXTERNAL_JS_CHECK (reviewed: only https:/mailto: reach this; test/main/navigation.test.ts)
      (err) => log.warn('Could not open an external link.', { error: String(err) }),
    );
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    core?.close();
    core = null;
  });
  app.whenReady().then(start, (err: unknown) => fatal(err));
}

async function start(): Promise<void> {
  const location: AppLocation = {
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    isPackaged: app.isPackaged,
    platform: process.platform,
    arch: process.arch,
  };

  hardenSession(session.defaultSession);
  const serveApp = createAppProtocolHandler(rendererRoot(location));
  const serveMedia = createMediaHandler((id) => core?.openMedia(id) ?? null);
  protocol.handle(APP_SCHEME, (request) => (isMediaRequest(request.url) ? serveMedia(request) : serveApp(request)));

  const nativeBinding = nativeBindingPath(location);
  if (!fs.existsSync(nativeBinding)) {
    return fatal(
      new Error(
        `The SQLite engine built for Electron is missing (${nativeBinding}). ` +
          'Run `node scripts/electron-native.mjs` once while online (`npm start` does it for you).',
      ),
    );
  }

  const userDataDir = app.getPath('userData');
  fs.mkdirSync(userDataDir, { recursive: true });
  // Imports are parsed, held and stored in a worker bundled beside main.cjs, so they never stall the window.
  const importWorker = { file: path.join(__dirname, 'importWorker.cjs') };
  const exportWorker = { file: path.join(__dirname, 'exportWorker.cjs') };
  // Paths reach the core only from main: these dialogs, the File menu and the startup project.
  const dialogs = createHostDialogs(dialog, () => mainWindow, app.getPath('documents'));
  const started = await createCore({
    userDataDir,
    nativeBinding,
    logger: log,
    importWorker,
    exportWorker,
    dialogs,
    owner: { what: 'the Groundwork app' },
  });
  core = started;
  registerRpc(ipcMain, started, {
    onRefused: (url) => log.warn('Refused an IPC message from an untrusted frame.', { url }),
  });

  const actions = createProjectActions({
    dialog,
    dispatch: (method, input) => started.host.dispatch(method, input),
    window: () => mainWindow,
    documentsDir: app.getPath('documents'),
    onError: (err) => log.error('A File menu action failed.', { error: String(err) }),
  });
  const refreshMenu = async (): Promise<void> => {
    const recent = await started.dispatch('project.recent', {});
    const entries = recent.ok ? (recent.value as RecentEntry[]) : [];
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate(
          { recent: entries, isMac: process.platform === 'darwin', isPackaged: app.isPackaged },
          actions,
        ),
      ),
    );
  };
  started.onEvent((event) => {
    if (event.name === 'project.opened') void refreshMenu();
  });

  const opened = await openStartupProject(
    (method, input) => started.host.dispatch(method, input),
    userDataDir,
    // An empty file is opened (and refused in words), never silently replaced by a new project.
    (file) => fs.existsSync(file),
  );
  await refreshMenu();
  openWindow(started, location);
  if (!opened.ok) {
    dialog.showErrorBox('Groundwork could not open your project', opened.error.message);
  }

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openWindow(started, location);
  });
}

function openWindow(running: Core, location: AppLocation): void {
  const win = createMainWindow(BrowserWindow, { preloadPath: preloadPath(location), devTools: !app.isPackaged });
  mainWindow = win;
  const stopForwarding = forwardEvents(running, win.webContents);
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    stopForwarding();
    if (mainWindow === win) mainWindow = null;
  });
  win
    .loadURL(APP_ENTRY_URL)
    .catch((err: unknown) => log.error('The window could not load the app.', { error: String(err) }));
}

function fatal(err: unknown): void {
  const message = err instanceof Error ? err.message : String(err);
  log.error('Groundwork could not start.', { error: message });
  dialog.showErrorBox('Groundwork could not start', message);
  app.exit(1);
}
